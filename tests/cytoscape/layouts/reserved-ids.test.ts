/**
 * Node ids that name a property every JavaScript object has (`constructor`) work in every layout
 * and every format: the libraries that keep nodes in plain objects (dagre, fcose) get names of
 * our own, and our lookups use Maps or own properties only.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { timelinePositions } from '../../../src/lib/cytoscape/layouts/timeline/positions';
import { networkPositions } from '../../../src/lib/cytoscape/layouts/network/positions';
import {
  formatForFileName,
  importGraph,
  toCSV,
  toGEXF,
  toGraphML,
  toJSON,
} from '../../../src/lib/domain/formats';
import { loadGraphText } from '../../../src/lib/domain/load-graph';
import type { GraphFile } from '../../../src/lib/domain/schema';
import {
  computeLayout,
  lineageEngines,
  type LayoutInput,
  type Positions,
} from '../../../src/lib/cytoscape/layouts/lineage';

const FIXTURE = resolve(import.meta.dirname, '../../fixtures/hostile/reserved-node-ids.json');
const text = readFileSync(FIXTURE, 'utf8');

const input: LayoutInput = {
  nodes: ['constructor', 'leninism', 'karl-marx', 'tostring'].map((id) => ({
    id,
    width: 80,
    height: 40,
  })),
  edges: [
    { source: 'constructor', target: 'leninism' },
    { source: 'karl-marx', target: 'constructor' },
    { source: 'leninism', target: 'tostring' },
  ],
};

function expectEveryNodePlaced(positions: Positions): void {
  expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
  for (const id of Object.keys(positions)) {
    expect(Number.isFinite(positions[id]!.x) && Number.isFinite(positions[id]!.y), id).toBe(true);
  }
}

describe('a node named constructor', () => {
  it('is valid', () => {
    expect(loadGraphText(text).ok).toBe(true);
  });

  it.each(lineageEngines)('is laid out by the %s lineage engine, in rank order', async (engine) => {
    const positions = await computeLayout(input, engine);
    expectEveryNodePlaced(positions);
    expect(positions['constructor']!.y).toBeGreaterThan(positions['karl-marx']!.y);
    expect(positions.leninism!.y).toBeGreaterThan(positions['constructor']!.y);
  });

  it('is laid out by the Network layout (fcose, headless)', async () => {
    expectEveryNodePlaced(await networkPositions(input));
  });

  it('is laid out by the Timeline, beside a neighbour not yet placed', () => {
    const { positions } = timelinePositions([
      { id: 'tostring', year: 1900, neighbours: ['constructor'] },
      { id: 'constructor', year: 1950, neighbours: ['tostring'] },
    ]);
    expect(Object.keys(positions).sort()).toEqual(['constructor', 'tostring']);
    for (const p of Object.values(positions)) expect(Number.isFinite(p.x)).toBe(true);
  });

  it('survives every export and comes back from GraphML and GEXF', () => {
    const result = loadGraphText(text);
    if (!result.ok) throw new Error('fixture');
    const graph: GraphFile = result.graph;
    expect(loadGraphText(toJSON(graph)).ok).toBe(true);
    expect(toCSV(graph).nodes).toContain('\r\nconstructor,ideology,');
    for (const [name, written] of [
      ['x.graphml', toGraphML(graph)],
      ['x.gexf', toGEXF(graph)],
    ] as const) {
      const back = importGraph(name, written);
      expect(back.ok && back.graph.nodes.map((n) => n.id)).toEqual(graph.nodes.map((n) => n.id));
    }
  });
});

describe('file names', () => {
  it.each(['x.constructor', 'x.__proto__', 'x.toString', 'x.hasOwnProperty', 'x.valueOf'])(
    '%s names no format, and is refused in plain words',
    (name) => {
      expect(formatForFileName(name)).toBeUndefined();
      const result = importGraph(name, '{}');
      expect(result.ok).toBe(false);
      if (!result.ok)
        expect(result.problems[0]!.message).toBe(`cannot read this kind of file '${name}'`);
    },
  );
});
