import { describe, expect, it } from 'vitest';
import { toJSON } from '../../../src/lib/domain/formats/to-json';
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
});
