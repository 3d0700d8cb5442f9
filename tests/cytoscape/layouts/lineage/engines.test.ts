import { describe, expect, it } from 'vitest';
import {
  chooseLineageEngine,
  computeLayout,
  DAGRE_MAX_EDGES,
  DAGRE_MAX_NODES,
  lineageEngines,
  lineageLayout,
  LayoutCache,
  runLayoutInWorker,
  type LayoutInput,
} from '../../../../src/lib/cytoscape/layouts/lineage';

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

describe('every lineage engine', () => {
  it.each(lineageEngines)('%s places every node and points every edge downward', async (engine) => {
    const positions = await computeLayout(input, engine);
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
    for (const e of input.edges) {
      expect(positions[e.target]!.y).toBeGreaterThan(positions[e.source]!.y);
    }
    expect(positions.trotskyism!.y).toBe(positions.stalinism!.y);
    expect(Math.abs(positions.trotskyism!.x - positions.stalinism!.x)).toBeGreaterThanOrEqual(80);
  });

  it.each(lineageEngines)('%s gives the same positions twice', async (engine) => {
    expect(await computeLayout(input, engine)).toEqual(await computeLayout(input, engine));
  });
});

describe('chooseLineageEngine', () => {
  it('keeps dagre for small lineages and switches to the layered engine above the thresholds', () => {
    expect(chooseLineageEngine(241, 428)).toBe('dagre');
    expect(chooseLineageEngine(DAGRE_MAX_NODES)).toBe('dagre');
    expect(chooseLineageEngine(DAGRE_MAX_NODES + 1)).toBe('layered');
    expect(chooseLineageEngine(200, DAGRE_MAX_EDGES + 1)).toBe('layered');
    expect(chooseLineageEngine(5000, 15000)).toBe('layered');
  });
});

describe('runLayoutInWorker', () => {
  it('runs in-process where there is no Worker (Node), with progress', async () => {
    const phases: string[] = [];
    const positions = await runLayoutInWorker(input, {
      engine: 'layered',
      onProgress: (_, phase) => phases.push(phase),
    });
    expect(positions.leninism!.y).toBeGreaterThan(positions.marxism!.y);
    expect(phases[0]).toBe('layered');
    expect(phases.at(-1)).toBe('done');
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(
      runLayoutInWorker(input, { engine: 'layered', signal: controller.signal }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('lineageLayout', () => {
  it('answers a second call with the same key from the cache', async () => {
    const cache = new LayoutCache();
    const first = await lineageLayout(input, { cacheKey: 'k', cache });
    const second = await lineageLayout(
      { nodes: [], edges: [] },
      { cacheKey: 'k', cache, engine: 'dagre' },
    );
    expect(second).toBe(first);
  });
});
