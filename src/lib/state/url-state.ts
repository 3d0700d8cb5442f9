/**
 * The view as a URL: one table of fields, each with its query parameter, its default and how
 * it is read and written. `parseViewState` and `formatViewState` are inverses on canonical
 * states; a field that equals its default is left out of the URL. To add a field, add one
 * entry to `FIELDS` (as the lineage queries' `path`, `via`, `k`, `compare` were): the
 * `ViewState` type, parsing and formatting follow from it.
 */
import { nodeKinds, type NodeKind } from '../domain/kinds';
import { DEFAULT_LINEAGE_VIA } from '../domain/lineage-model';
import { relationIds, type RelationId } from '../domain/relations';
import { LANGS, type Lang } from '../domain/lang';
import { ID_PATTERN } from '../domain/schema';
import { layoutNames, type LayoutName } from '../cytoscape/layouts/types';

interface Field<T> {
  /** The query parameter name. */
  readonly param: string;
  readonly defaultValue: T;
  /** Reads the parameter; an unreadable value gives the default rather than an error. */
  parse(raw: string | null): T;
  /** The parameter's text, or null to leave it out (the default). */
  format(value: T): string | null;
}

function idField(param: string): Field<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => (raw !== null && ID_PATTERN.test(raw) ? raw : null),
    format: (value) => value,
  };
}

function enumField<T extends string>(param: string, values: readonly T[], fallback: T): Field<T> {
  return {
    param,
    defaultValue: fallback,
    parse: (raw) => (values.includes(raw as T) ? (raw as T) : fallback),
    format: (value) => (value === fallback ? null : value),
  };
}

/** A subset of a closed vocabulary, kept in table order; all of it is the default. */
function subsetField<T extends string>(param: string, all: readonly T[]): Field<readonly T[]> {
  return {
    param,
    defaultValue: all,
    parse: (raw) => {
      if (raw === null) return all;
      const chosen = new Set(raw.split(',').map((s) => s.trim()));
      return all.filter((value) => chosen.has(value));
    },
    format: (value) => (value.length === all.length ? null : value.join(',')),
  };
}

function yearField(param: string): Field<number | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => {
      if (raw === null || !/^-?\d{1,4}$/.test(raw)) return null;
      return Number(raw);
    },
    format: (value) => (value === null ? null : String(value)),
  };
}

function flagField(param: string): Field<boolean> {
  return {
    param,
    defaultValue: false,
    parse: (raw) => raw === '1' || raw === 'true',
    format: (value) => (value ? '1' : null),
  };
}

function intField(param: string, min: number, max: number, fallback: number): Field<number> {
  return {
    param,
    defaultValue: fallback,
    parse: (raw) => {
      const n = raw === null ? NaN : Number(raw);
      return Number.isInteger(n) && n >= min && n <= max ? n : fallback;
    },
    format: (value) => (value === fallback ? null : String(value)),
  };
}

/** Longest name a lineage query accepts from the URL; longer text is not a name anyone typed. */
const MAX_NAME = 120;

function readName(raw: string): string | null {
  const name = raw.trim();
  return name !== '' && name.length <= MAX_NAME ? name : null;
}

/**
 * A node named as a person would (id, label or alias), resolved by the query that reads it so
 * that an unknown name can be answered with suggestions. Commas separate names in lists.
 */
function nameField(param: string): Field<string | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => (raw === null || raw.includes(',') ? null : readName(raw)),
    format: (value) => value,
  };
}

/** Exactly two names, `a,b` (a path's ends, the two sides of a comparison). */
function namePairField(param: string): Field<readonly [string, string] | null> {
  return {
    param,
    defaultValue: null,
    parse: (raw) => {
      const parts = raw?.split(',').map(readName);
      const [a, b] = parts ?? [];
      if (parts?.length !== 2 || a === null || a === undefined || b === null || b === undefined) {
        return null;
      }
      return [a, b];
    },
    format: (value) => (value === null ? null : value.join(',')),
  };
}

/** A non-empty set of relations in table order; nothing readable gives the default. */
function relationListField(
  param: string,
  fallback: readonly RelationId[],
): Field<readonly RelationId[]> {
  return {
    param,
    defaultValue: fallback,
    parse: (raw) => {
      if (raw === null) return fallback;
      const chosen = new Set(raw.split(',').map((s) => s.trim()));
      const known = relationIds.filter((r) => chosen.has(r));
      return known.length ? known : fallback;
    },
    format: (value) => (value.join(',') === fallback.join(',') ? null : value.join(',')),
  };
}

export { LANGS, type Lang };

/** Every piece of view state the URL carries. */
export const FIELDS = {
  /** The selected node. */
  focus: idField('focus'),
  lang: enumField<Lang>('lang', LANGS, 'en'),
  layout: enumField<LayoutName>('layout', layoutNames, 'lineage'),
  kinds: subsetField<NodeKind>('kinds', nodeKinds),
  relations: subsetField<RelationId>('relations', relationIds),
  /** Earliest and latest start year shown; null leaves that end open. */
  from: yearField('from'),
  to: yearField('to'),
  /** Hide nodes without a visible edge. */
  connected: flagField('connected'),
  /** How many steps out from the selection count as its neighbourhood. */
  depth: intField('depth', 1, 3, 1),
  /** Show only the selection's neighbourhood ("Focus"). */
  isolate: flagField('isolate'),
  /** The accessible list view instead of (beside) the canvas. */
  list: flagField('list'),
  /** The Path panel's query: from, to (`path=maoism,marxism`). */
  path: namePairField('path'),
  /**
   * The relations the lineage query on show follows (a path, "Lineage of …" or "Compare"):
   * descent by default (the lineage model), plus influences or classification when ticked.
   */
  via: relationListField('via', DEFAULT_LINEAGE_VIA),
  /** A path may walk edges backwards too. */
  any: flagField('any'),
  /** How many paths to find, shortest first. */
  k: intField('k', 1, 5, 1),
  /** Which of them is shown (1 = the shortest). */
  alt: intField('alt', 1, 5, 1),
  /** "Lineage of …": the canvas shows only this node's ancestors and descendants. */
  lineage: nameField('lineage'),
  /** "Compare": the common ancestors of two nodes and where they split. */
  compare: namePairField('compare'),
};

export type ViewState = { [K in keyof typeof FIELDS]: (typeof FIELDS)[K]['defaultValue'] };
export type ViewKey = keyof ViewState;

const keys = Object.keys(FIELDS) as ViewKey[];

export function defaultViewState(): ViewState {
  const state = {} as Record<ViewKey, unknown>;
  for (const key of keys) state[key] = FIELDS[key].defaultValue;
  return state as ViewState;
}

/** Reads a view from a query string (`?focus=maoism&lang=th`); unknown parameters are ignored. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const state = {} as Record<ViewKey, unknown>;
  for (const key of keys) {
    const field = FIELDS[key] as Field<unknown>;
    state[key] = field.parse(params.get(field.param));
  }
  return state as ViewState;
}

/** Which parameters the URL sets explicitly (so, e.g., a stored language does not override `lang`). */
export function paramsPresent(search: string): Set<ViewKey> {
  const params = new URLSearchParams(search);
  return new Set(keys.filter((key) => params.has(FIELDS[key].param)));
}

/** The query string for a view (with a leading `?`, or empty when everything is default). */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of keys) {
    const field = FIELDS[key] as Field<unknown>;
    const text = field.format(state[key]);
    if (text !== null) params.set(field.param, text);
  }
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
