/**
 * What the lineage commands (path, ancestors, descendants, common) share: their options, checking
 * them, loading the graph, resolving names with "did you mean" on failure, and printing JSON.
 */
import { createGraphModel, type GraphModel } from '../../src/lib/domain/graph-model';
import type { Lang } from '../../src/lib/domain/queries';
import { relationIds, type RelationId } from '../../src/lib/domain/relations';
import { resolveNode, UnknownNameError } from '../../src/lib/domain/resolve-name';
import type { Node } from '../../src/lib/domain/schema';
import { EXIT, loadGraphOrReport, UsageError, type CliOutput } from '../cli-kit';

/** Options every lineage command takes. */
export const QUERY_OPTIONS = {
  via: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  graph: { type: 'string' },
} as const;

/** `--via derived_from,influenced_by` as relation ids; default derived_from. */
export function parseVia(value: string | undefined): RelationId[] {
  if (value === undefined) return ['derived_from'];
  const via = value
    .split(',')
    .map((r) => r.trim())
    .filter((r) => r !== '');
  if (via.length === 0) throw new UsageError('--via needs at least one relation');
  for (const relation of via) {
    if (!(relationIds as readonly string[]).includes(relation)) {
      throw new UsageError(
        `unknown relation '${relation}' in --via; relations: ${relationIds.join(', ')}`,
      );
    }
  }
  return [...new Set(via)] as RelationId[];
}

export function parseLang(value: string | undefined): Lang {
  if (value === undefined || value === 'en' || value === 'th') return value ?? 'en';
  throw new UsageError(`--lang must be en or th, not '${value}'`);
}

/**
 * A whole number from `min` (to `max`, when given) from `--NAME`, or undefined when the option is
 * absent. Numbers past what a double holds exactly are refused too, not rounded to Infinity.
 */
export function parseCount(
  name: string,
  value: string | undefined,
  min: number,
  max?: number,
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  const shown = value.length > 24 ? `${value.slice(0, 20)}…` : value;
  if (!/^\d+$/.test(value.trim()) || n < min || (max !== undefined && n > max)) {
    const range = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`--${name} must be a whole number ${range}, not '${shown}'`);
  }
  if (!Number.isSafeInteger(n)) throw new UsageError(`--${name} is too large: '${shown}'`);
  return n;
}

/** Loads `--graph FILE` (or the bundled graph) as a model; prints problems and returns undefined. */
export function loadModel(file: string | undefined, io: CliOutput): GraphModel | undefined {
  const loaded = loadGraphOrReport(file, io);
  return loaded && createGraphModel(loaded.graph);
}

/** "unknown name 'lenninism' — did you mean: leninism (Leninism), …" */
export function unknownNameMessage(error: UnknownNameError): string {
  const head = `unknown name '${error.query}'`;
  if (error.suggestions.length === 0) return `${head} — no node has a similar id, label or alias`;
  const list = error.suggestions.map((s) => `${s.id} (${s.label})`).join(', ');
  return `${head} — did you mean: ${list}`;
}

/**
 * Resolves every name, or prints each unknown one with suggestions and returns the exit code.
 */
export function resolveNames(
  model: GraphModel,
  names: readonly string[],
  io: CliOutput,
): Node[] | number {
  const nodes: Node[] = [];
  let failed = false;
  for (const name of names) {
    try {
      nodes.push(resolveNode(model, name));
    } catch (error) {
      if (!(error instanceof UnknownNameError)) throw error;
      io.err(unknownNameMessage(error));
      failed = true;
    }
  }
  return failed ? EXIT.usage : nodes;
}

export function printJson(io: CliOutput, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A node's label in `lang`, or the id when the node is unknown. */
export function labelOf(model: GraphModel, id: string, lang: Lang): string {
  return model.node(id)?.label[lang] ?? id;
}
