/**
 * CSV, for spreadsheets and tools that want two tables: one row per node and one per edge,
 * RFC 4180 (CRLF line ends, fields with a comma, quote or line break in double quotes, quotes
 * doubled), UTF-8 without a byte-order mark. Aliases are joined with " | " (a JSON array when an
 * alias has " | " of its own) and sources are JSON, the same as in GraphML and GEXF.
 */
import type { GraphFile } from '../schema';
import { EDGE_COLUMNS, NODE_COLUMNS, type AttributeColumn } from './attributes';

/** The node table's columns, in order. */
export const NODE_CSV_COLUMNS = [
  'id',
  'kind',
  'label_en',
  'label_th',
  'aliases',
  'summary_en',
  'summary_th',
  'start',
  'end',
  'circa',
  'sources',
] as const;

/** The edge table's columns, in order. */
export const EDGE_CSV_COLUMNS = [
  'source',
  'target',
  'relation',
  'certainty',
  'note_en',
  'note_th',
  'start',
  'end',
  'sources',
] as const;

/** One field, quoted when RFC 4180 requires it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function table<T>(
  header: readonly string[],
  columns: readonly AttributeColumn<T>[],
  items: readonly T[],
  own: (item: T, name: string) => string | undefined,
): string {
  const byName = new Map(columns.map((c) => [c.name, c]));
  const rows = [header.join(',')];
  for (const item of items) {
    const fields = header.map((name) => {
      const value = own(item, name) ?? byName.get(name)?.value(item, 'en');
      return csvField(value ?? '');
    });
    rows.push(fields.join(','));
  }
  return `${rows.join('\r\n')}\r\n`;
}

/** The graph as two CSV tables, nodes and edges, each with a header row. */
export function toCSV(file: GraphFile): { nodes: string; edges: string } {
  return {
    nodes: table(NODE_CSV_COLUMNS, NODE_COLUMNS, file.nodes, (node, name) =>
      name === 'id' ? node.id : undefined,
    ),
    edges: table(EDGE_CSV_COLUMNS, EDGE_COLUMNS, file.edges, (edge, name) =>
      name === 'source' ? edge.source : name === 'target' ? edge.target : undefined,
    ),
  };
}
