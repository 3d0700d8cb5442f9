/**
 * A graph file as the JSON text we store and the explorer and `validate` read: `$schema` first
 * (so editors can check and complete it), then version, meta, nodes and edges, two-space indent.
 */
import type { GraphFile } from '../schema';

export interface JsonExportOptions {
  /** The `$schema` to write; default the file's own, else `graph.schema.json` beside it. */
  readonly schema?: string;
}

/** The graph as pretty-printed JSON text ending in a newline, with `$schema` set. */
export function toJSON(file: GraphFile, options: JsonExportOptions = {}): string {
  const { $schema, version, meta, nodes, edges } = file;
  const schema = options.schema ?? $schema ?? './graph.schema.json';
  return `${JSON.stringify({ $schema: schema, version, meta, nodes, edges }, null, 2)}\n`;
}
