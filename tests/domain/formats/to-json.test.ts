import { describe, expect, it } from 'vitest';
import { toJSON } from '../../../src/lib/domain/formats/to-json';
import { LIMITS } from '../../../src/lib/domain/limits';
import { loadGraphText } from '../../../src/lib/domain/load-graph';
import { SAMPLE } from './sample-graph';

describe('toJSON', () => {
  it('writes a file the loader accepts as the same graph', () => {
    const result = loadGraphText(toJSON(SAMPLE));
    expect(result).toEqual({ ok: true, graph: SAMPLE });
  });

  it('puts $schema first, indents by two spaces and ends with a newline', () => {
    const text = toJSON(SAMPLE);
    expect(
      text.startsWith('{\n  "$schema": "../../graph/graph.schema.json",\n  "version": 1,\n'),
    ).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['$schema', 'version', 'meta', 'nodes', 'edges']);
  });

  it('writes the $schema it is given, or a default when the graph has none', () => {
    expect(JSON.parse(toJSON(SAMPLE, { schema: 'x/graph.schema.json' })).$schema).toBe(
      'x/graph.schema.json',
    );
    const { $schema: _, ...bare } = SAMPLE;
    expect(JSON.parse(toJSON(bare)).$schema).toBe('./graph.schema.json');
  });

  it('writes compact JSON when the indented text would be over the limit, in UTF-8 bytes', () => {
    const indented = toJSON(SAMPLE);
    const bytes = new TextEncoder().encode(indented).length;
    expect(bytes).toBeGreaterThan(indented.length); // Thai text: the limit counts bytes
    expect(toJSON(SAMPLE, { indentUpTo: bytes })).toBe(indented);
    const compact = toJSON(SAMPLE, { indentUpTo: bytes - 1 });
    expect(compact).toBe(`${JSON.stringify(JSON.parse(indented))}\n`);
    expect(loadGraphText(compact)).toEqual({ ok: true, graph: SAMPLE });
  });

  it('by default, indents only what stays within the size the loader accepts', () => {
    // A meta id that leaves the compact text just under the limit: indenting would pass it.
    const room =
      LIMITS.fileBytes - new TextEncoder().encode(toJSON(SAMPLE, { indentUpTo: 0 })).length;
    const id = `${SAMPLE.meta.id}${'x'.repeat(room)}`;
    const text = toJSON({ ...SAMPLE, meta: { ...SAMPLE.meta, id } });
    expect(new TextEncoder().encode(text).length).toBe(LIMITS.fileBytes);
    expect(text.startsWith('{"$schema"')).toBe(true);
  });
});
