/**
 * CSV, for spreadsheets and tools that want two tables: one row per node and one per edge,
 * RFC 4180 (CRLF line ends, fields with a comma, quote or line break in double quotes, quotes
 * doubled), UTF-8 without a byte-order mark. Aliases are joined with " | " (a JSON array when an
 * alias has " | " of its own) and sources are JSON, the same as in GraphML and GEXF.
 *
 * Every cell is also made safe to open in a spreadsheet (OWASP's advice on CSV injection): text
 * that Excel, LibreOffice or Google Sheets would run as a formula — starting with `=`, `+`, `-`,
 * `@`, a tab or a carriage return — gets a leading `'` and is always quoted; control characters
 * are removed, except line breaks (CR, LF) and tabs, which are kept inside the quoted cell
 * because summaries and notes have paragraphs. A plain number (`-375`, a year BCE) is left as it is: it
 * is not a formula, and a spreadsheet should read it as a number.
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

/** C0 controls but tab, LF and CR; DEL and C1 controls: nothing a reader sees. */
// eslint-disable-next-line no-control-regex
export const CSV_CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
/** What a spreadsheet reads as the start of a formula (or a DDE call, `+1+cmd|…`). */
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * The text a spreadsheet may safely be given for `value`: control characters other than line
 * breaks and tabs are dropped, and text a spreadsheet would run as a formula starts with `'`.
 */
export function spreadsheetSafe(value: string): string {
  const text = value.replace(CSV_CONTROL, '');
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

/**
 * One field: made spreadsheet-safe, then quoted when RFC 4180 requires it or when it was
 * neutralised (OWASP: keep the `'` inside quotes so no reader strips it as a delimiter).
 */
export function csvField(value: string): string {
  const text = spreadsheetSafe(value);
  return /[",\r\n]/.test(text) || text.startsWith("'") ? `"${text.replace(/"/g, '""')}"` : text;
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
