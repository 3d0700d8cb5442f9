// ELK, the bench's yardstick for the lineage engines (scripts/bench/elk-layout.ts): the same
// checks every app engine passes (tests/cytoscape/layouts/lineage/engines.test.ts).
import { describe, expect, it } from 'vitest';
import { benchEngines, benchLayout } from '../../scripts/bench/layout-metrics';
import type { LayoutInput } from '../../src/lib/cytoscape/layouts/types';

const input: LayoutInput = {
  nodes: ['marxism', 'leninism', 'trotskyism', 'stalinism', 'karl-marx'].map((id) => ({
    id,
    width: 80,
    height: 40,
  })),
  edges: [
    { source: 'marxism', target: 'leninism' },
    { source: 'leninism', target: 'trotskyism' },
    { source: 'leninism', target: 'stalinism' },
    { source: 'karl-marx', target: 'marxism' },
  ],
};

describe('every engine the bench times', () => {
  it('includes ELK beside the app engines', () => {
    expect(benchEngines).toEqual(['dagre', 'layered', 'elk']);
  });

  it.each(benchEngines)('%s places every node and points every edge downward', async (engine) => {
    const positions = await benchLayout(input, engine);
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const e of input.edges) {
      expect(positions[e.target]!.y).toBeGreaterThan(positions[e.source]!.y);
    }
    expect(positions.trotskyism!.y).toBe(positions.stalinism!.y);
    expect(Math.abs(positions.trotskyism!.x - positions.stalinism!.x)).toBeGreaterThanOrEqual(80);
  });

  it.each(benchEngines)('%s gives the same positions twice', async (engine) => {
    expect(await benchLayout(input, engine)).toEqual(await benchLayout(input, engine));
  });
});
