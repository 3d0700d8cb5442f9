/**
 * What the lineage commands (path, ancestors, descendants, common) share: their options, checking
 * them, loading the graph, resolving names with "did you mean" on failure, and printing JSON.
 */
import { createGraphModel, type GraphModel } from '../../src/lib/domain/graph-model';
import {
  DEFAULT_LINEAGE_VIA,
  wideningsThatAnswer,
  type WalkSettings,
  type Widening,
} from '../../src/lib/domain/lineage-model';
import type { Lang } from '../../src/lib/domain/queries';
import { relationIds, type RelationId } from '../../src/lib/domain/relations';
import { resolveNames as resolveAll, UnknownNameError } from '../../src/lib/domain/resolve-name';
import type { Node } from '../../src/lib/domain/schema';
import { EXIT, loadGraphOrReport, UsageError, type CliOutput } from '../cli-kit';

/** Options every lineage command takes. */
export const QUERY_OPTIONS = {
  via: { type: 'string' },
  json: { type: 'boolean' },
  lang: { type: 'string' },
  graph: { type: 'string' },
} as const;

/** `--via derived_from,influenced_by` as relation ids; default the descent relations. */
export function parseVia(value: string | undefined): RelationId[] {
  if (value === undefined) return [...DEFAULT_LINEAGE_VIA];
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
  const resolved = resolveAll(model, names);
  if (resolved.ok) return resolved.nodes;
  for (const error of resolved.unknown) io.err(unknownNameMessage(error));
  return EXIT.usage;
}

export function printJson(io: CliOutput, value: unknown): void {
  io.out(JSON.stringify(value, null, 2));
}

/** A node's label in `lang`, or the id when the node is unknown. */
export function labelOf(model: GraphModel, id: string, lang: Lang): string {
  return model.node(id)?.label[lang] ?? id;
}

const ADDS = {
  influence: 'influences',
  classification: 'classification',
  'any-direction': 'any direction',
} as const;

/** One widening as options to type: "--via derived_from,split_from,influenced_by (influences)". */
function wideningOptions(widening: Widening, current: WalkSettings): string {
  const options: string[] = [];
  if (widening.settings.via.length !== current.via.length) {
    options.push(`--via ${widening.settings.via.join(',')}`);
  }
  if (widening.settings.any && !current.any) options.push('--any-direction');
  const what = widening.adds.map((a) => ADDS[a]).join(' + ');
  return widening.adds.length === 1 && widening.adds[0] === 'any-direction'
    ? options.join(' ')
    : `${options.join(' ')} (${what})`;
}

/**
 * The hint after "no path" or "no ancestors": "; try --any-direction or --via … (influences)",
 * naming only what would find something (each tried on the model by `answers`), or saying that
 * nothing would.
 */
export function wideningHint(
  current: WalkSettings,
  canTurn: boolean,
  answers: (settings: WalkSettings) => boolean,
): string {
  const found = wideningsThatAnswer(current, canTurn, answers);
  if (found.length) return `; try ${found.map((w) => wideningOptions(w, current)).join(' or ')}`;
  const tried = [
    ...(current.via.includes('influenced_by') ? [] : ['influences']),
    ...(current.via.includes('part_of') ? [] : ['classification']),
    ...(canTurn && !current.any ? ['any direction'] : []),
  ];
  if (tried.length === 0) return '';
  const list =
    tried.length === 1 ? tried[0]! : `${tried.slice(0, -1).join(', ')} or ${tried.at(-1)!}`;
  return `, nor with ${list}`;
}
