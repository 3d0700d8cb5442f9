/**
 * The JSON Schema of a graph file, generated from the zod schema. Editors use it through each
 * file's `$schema`; a test keeps the committed copy in sync.
 */
import { z } from 'zod';
import { graphFileSchema } from './schema';

/** The JSON Schema as formatted text, exactly as committed in graph/graph.schema.json. */
export function graphJsonSchemaText(): string {
  const schema = z.toJSONSchema(graphFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'isms graph file' }, null, 2)}\n`;
}
