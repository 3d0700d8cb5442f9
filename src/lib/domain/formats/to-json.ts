/**
 * A graph file as the JSON text we store and the explorer and `validate` read: `$schema` first
 * (so editors can check and complete it), then version, meta, nodes and edges, two-space indent
 * (compact when indenting would take the file past the size the loader accepts).
 */
import { LIMITS } from '../limits';
import type { GraphFile } from '../schema';

export interface JsonExportOptions {
  /** The `$schema` to write; default the file's own, else `graph.schema.json` beside it. */
  readonly schema?: string;
  /**
   * The largest text, in UTF-8 bytes, written indented; past it the text is compact. Default the
   * loader's limit: indenting can double a graph's size, and a valid graph written past that
   * limit could not be opened again.
   */
  readonly indentUpTo?: number;
}

/** The graph as JSON text ending in a newline, with `$schema` set: indented, unless too large. */
export function toJSON(file: GraphFile, options: JsonExportOptions = {}): string {
  const { $schema, version, meta, nodes, edges } = file;
  const schema = options.schema ?? $schema ?? './graph.schema.json';
  const value = { $schema: schema, version, meta, nodes, edges };
  const limit = options.indentUpTo ?? LIMITS.fileBytes;
  const compact = `${JSON.stringify(value)}\n`;
  if (utf8Length(compact) > limit) return compact;
  const indented = `${JSON.stringify(value, null, 2)}\n`;
  return utf8Length(indented) > limit ? compact : indented;
}

/** How many bytes `text` takes in UTF-8, without encoding it. */
function utf8Length(text: string): number {
  let bytes = text.length;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // One extra byte from U+0080, two from U+0800; a surrogate pair is four bytes in all.
    if (c >= 0x80) bytes += c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 1 : 2;
  }
  return bytes;
}
