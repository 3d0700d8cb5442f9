/** Writes graph/graph.schema.json from the zod schema, so editors autocomplete graph files. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { graphJsonSchemaText } from '../src/lib/domain/json-schema';
import { REPO_ROOT } from './graph-io';

const target = resolve(REPO_ROOT, 'graph/graph.schema.json');
writeFileSync(target, graphJsonSchemaText());
console.log(`wrote ${target}`);
