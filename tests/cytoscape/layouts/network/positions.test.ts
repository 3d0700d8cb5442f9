// The Network layout of a large graph, computed away from the canvas: fcose's draft placement,
// spread apart so that nodes can be told apart. In Node there are no workers, so this runs the
// same code in-process.
import { describe, expect, it } from 'vitest';
import { NETWORK_WORKER_ABOVE } from '../../../../src/lib/cytoscape/layouts/network/defaults';
import { networkLayoutOffPage } from '../../../../src/lib/cytoscape/layouts/network/off-page';
import { generateSyntheticGraph } from '../../../../src/lib/domain/synthetic-graph';
import type { LayoutInput } from '../../../../src/lib/cytoscape/layouts/types';
import { overlappingPairs } from '../overlapping-pairs';

const graph = generateSyntheticGraph({ nodes: 600, seed: 7 });
const input: LayoutInput = {
  nodes: graph.nodes.map((node, i) => ({ id: node.id, width: 30 + (i % 4) * 25, height: 24 })),
  edges: graph.edges.map(({ source, target }) => ({ source, target })),
};

describe('networkLayoutOffPage', () => {
  it('places every node of a graph above the worker threshold, boxes apart', async () => {
    expect(input.nodes.length).toBeGreaterThan(NETWORK_WORKER_ABOVE);
    const phases: string[] = [];
    const positions = await networkLayoutOffPage(input, {
      onProgress: (_, phase) => phases.push(phase),
    });
    expect(Object.keys(positions).sort()).toEqual(input.nodes.map((node) => node.id).sort());
    expect(overlappingPairs(input.nodes, positions)).toEqual([]);
    expect(phases).toEqual(['fcose', 'spread']);
  });

  it('rejects with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(networkLayoutOffPage(input, { signal: controller.signal })).rejects.toMatchObject({
      name: 'AbortError',
    });
  });
});
