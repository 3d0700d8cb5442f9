/**
 * What the GraphML and GEXF readers hand to the mapping: nodes and edges with their attribute
 * values by declared name (`RawGraph`), and the bounds on how many a file may declare and give.
 *
 * A declared default (GraphML `<key><default>`, GEXF `<attribute><default>`) is looked up when a
 * value is asked for, never copied into every element: a 1.5 MB file declaring 20,000 defaults
 * over 5,000 nodes made 100 million copies and ran the CLI out of memory.
 */
import type { GraphFile } from '../schema';
import type { Problem } from '../problems';

/** What an import gives: the graph and what could not be mapped as it was, or the problems. */
export type ImportResult =
  { ok: true; graph: GraphFile; report: string[] } | { ok: false; problems: Problem[] };

/**
 * The steps of reading a file, in order, reported as each begins so that a long read can show
 * where it is (the explorer reads in a worker and shows these).
 */
export type ImportPhase = 'decoding' | 'parsing' | 'checking';

export interface ImportOptions {
  /** The file's name, for the synthetic source and meta of a foreign file. */
  readonly fileName?: string;
  /** Called as each phase begins. */
  readonly onPhase?: (phase: ImportPhase) => void;
}

/** A node or edge as read from the file: its id and its attributes by declared name. */
export interface RawItem {
  readonly id: string;
  /** Attribute name → value; names are matched case-insensitively. */
  readonly attributes: AttributeValues;
}

export interface RawEdge {
  readonly source: string;
  readonly target: string;
  readonly attributes: AttributeValues;
}

export interface RawGraph {
  /** 'GraphML' or 'GEXF', for messages. */
  readonly format: string;
  /** The meta of our own export, as JSON text, when the file carries it. */
  readonly metaJson?: string;
  /** A title for the graph found in the file (graph label, description), if any. */
  readonly title?: string;
  readonly nodes: readonly RawItem[];
  readonly edges: readonly RawEdge[];
  /** What the reader itself had to leave out or flatten, already phrased for the report. */
  readonly notes: readonly string[];
}

/** The id of the source that imported facts cite when the file names none. */
export const IMPORTED_SOURCE_ID = 'imported';

/** Bounds on what an imported file declares and gives, so that a small file cannot blow up. */
export const IMPORT_LIMITS = {
  /** Declared keys (GraphML) or attributes (GEXF); real tools declare a few dozen. */
  keys: 5_000,
  /** Values on one node or edge. */
  valuesPerElement: 1_000,
  /** Values in the whole file: our own export of the largest graph allowed gives about 11 million. */
  values: 20_000_000,
} as const;

/**
 * Defaults by lower-cased attribute name, the first non-blank one of each name, for the
 * elements of one kind (nodes or edges): built once per file.
 */
export function defaultsByName(declared: Iterable<readonly [string, string]>): Map<string, string> {
  const defaults = new Map<string, string>();
  for (const [name, value] of declared) {
    const key = name.toLowerCase();
    if (value.trim() !== '' && !defaults.has(key)) defaults.set(key, value);
  }
  return defaults;
}

/** One element's own values, and the shared defaults of its kind behind them. */
export class AttributeValues extends Map<string, string> {
  constructor(readonly defaults: ReadonlyMap<string, string> = new Map()) {
    super();
  }
}

/**
 * The first non-blank value of the first of `names` that the element has (names compared
 * case-insensitively), its own value before a declared default.
 */
export function lookup(attributes: AttributeValues, ...names: string[]): string | undefined {
  for (const name of names) {
    for (const [key, value] of attributes) {
      if (key.toLowerCase() === name && value.trim() !== '') return value;
    }
    const fallback = attributes.defaults.get(name);
    if (fallback !== undefined) return fallback;
  }
  return undefined;
}

/** Counts the values a file gives, and says when it passes a bound. */
export class ValueBudget {
  private total = 0;
  problem: Problem | undefined;

  constructor(private readonly format: string) {}

  /** Whether `count` more values on one element still fit; records the problem once when not. */
  take(count: number): boolean {
    if (this.problem) return false;
    this.total += count;
    if (count > IMPORT_LIMITS.valuesPerElement)
      this.problem = tooMany(
        this.format,
        `${count.toLocaleString('en')} values on one element`,
        IMPORT_LIMITS.valuesPerElement,
      );
    else if (this.total > IMPORT_LIMITS.values)
      this.problem = tooMany(this.format, 'more values in all', IMPORT_LIMITS.values);
    return this.problem === undefined;
  }
}

/** The problem for a file that declares more keys or attributes than the bound. */
export function tooManyKeys(format: string, count: number, what: string): Problem {
  return tooMany(format, `${count.toLocaleString('en')} declared ${what}`, IMPORT_LIMITS.keys);
}

function tooMany(format: string, found: string, limit: number): Problem {
  return {
    code: 'too_large',
    path: '',
    message: `the ${format} file has ${found}, over the limit of ${limit.toLocaleString('en')}`,
    hint: 'this is not a graph a tool would write; export it again, or split it',
  };
}
