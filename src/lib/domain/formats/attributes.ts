/**
 * The flat attributes our GraphML, GEXF and CSV exports write for each node and edge: one table
 * so that the three formats name and spell every field the same way, and the importer reads
 * back exactly what the exporters wrote.
 */
import type { Edge, Node } from '../schema';

/** The language of the plain `label` attribute (both languages are always written as well). */
export type ExportLanguage = 'en' | 'th';

export interface ExportOptions {
  /** Which label goes in the `label` attribute that graph tools display; default English. */
  readonly lang?: ExportLanguage;
  /**
   * Node centres as isms drew them (px, y down), e.g. the lineage drawing: written as GEXF
   * `viz:position` and GraphML `x`/`y` data, so the file opens in Gephi or yEd as drawn.
   * Nodes without one are written without a position.
   */
  readonly positions?: Readonly<Record<string, { readonly x: number; readonly y: number }>>;
}

/** Aliases are written as one attribute, joined with this separator (see `aliasesText`). */
export const ALIAS_SEPARATOR = ' | ';

/**
 * The aliases attribute: joined with " | ", as graph tools show it, unless that would not read
 * back as the same list (an alias with " | " of its own, or a list that reads as JSON); then a
 * JSON array of strings.
 */
export function aliasesText(aliases: readonly string[]): string | undefined {
  if (aliases.length === 0) return undefined;
  const joined = aliases.join(ALIAS_SEPARATOR);
  const back = aliasesFromText(joined, true);
  const same = back.length === aliases.length && back.every((a, i) => a === aliases[i]);
  return same ? joined : JSON.stringify(aliases);
}

/**
 * Reads an aliases attribute: a JSON array of strings as is; other text split at " | " in our
 * own files, and at any bar in files from other tools ("a|b", "a | b").
 */
export function aliasesFromText(text: string, own: boolean): string[] {
  if (text.trimStart().startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(text);
      if (Array.isArray(parsed) && parsed.every((a) => typeof a === 'string')) return parsed;
    } catch {
      // Not JSON after all: an alias that starts with a bracket.
    }
  }
  return text.split(own ? ALIAS_SEPARATOR : /\s*\|\s*/);
}

export type AttributeType = 'string' | 'int' | 'boolean';

export interface AttributeColumn<T> {
  readonly name: string;
  readonly type: AttributeType;
  /** The value as text, or undefined to leave it out. */
  value(item: T, lang: ExportLanguage): string | undefined;
}

const year = (value: number | undefined) => (value === undefined ? undefined : String(value));

export const NODE_COLUMNS: readonly AttributeColumn<Node>[] = [
  { name: 'label', type: 'string', value: (n, lang) => n.label[lang] },
  { name: 'label_en', type: 'string', value: (n) => n.label.en },
  { name: 'label_th', type: 'string', value: (n) => n.label.th },
  { name: 'kind', type: 'string', value: (n) => n.kind },
  {
    name: 'aliases',
    type: 'string',
    value: (n) => aliasesText(n.aliases),
  },
  { name: 'summary_en', type: 'string', value: (n) => n.summary.en },
  { name: 'summary_th', type: 'string', value: (n) => n.summary.th },
  { name: 'start', type: 'int', value: (n) => year(n.time?.start) },
  { name: 'end', type: 'int', value: (n) => year(n.time?.end) },
  {
    name: 'circa',
    type: 'boolean',
    value: (n) => (n.time?.circa === undefined ? undefined : String(n.time.circa)),
  },
  { name: 'root', type: 'boolean', value: (n) => (n.root ? 'true' : undefined) },
  { name: 'sources', type: 'string', value: (n) => JSON.stringify(n.sources) },
];

export const EDGE_COLUMNS: readonly AttributeColumn<Edge>[] = [
  { name: 'relation', type: 'string', value: (e) => e.relation },
  { name: 'certainty', type: 'string', value: (e) => e.certainty },
  { name: 'note_en', type: 'string', value: (e) => e.note?.en },
  { name: 'note_th', type: 'string', value: (e) => e.note?.th },
  { name: 'start', type: 'int', value: (e) => year(e.time?.start) },
  { name: 'end', type: 'int', value: (e) => year(e.time?.end) },
  {
    name: 'circa',
    type: 'boolean',
    value: (e) => (e.time?.circa === undefined ? undefined : String(e.time.circa)),
  },
  { name: 'sources', type: 'string', value: (e) => JSON.stringify(e.sources) },
];

/**
 * The node columns a file needs: `root` only when some node is a root, so that a graph without
 * roots exports with the same keys as before the field existed.
 */
export function nodeColumnsFor(nodes: readonly Node[]): readonly AttributeColumn<Node>[] {
  return nodes.some((n) => n.root) ? NODE_COLUMNS : NODE_COLUMNS.filter((c) => c.name !== 'root');
}
