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
}

/** Aliases are written as one attribute, joined with this separator. */
export const ALIAS_SEPARATOR = ' | ';

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
    value: (n) => (n.aliases.length ? n.aliases.join(ALIAS_SEPARATOR) : undefined),
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
