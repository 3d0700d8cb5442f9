import { describe, expect, it } from 'vitest';
import { countGraph, createGraphModel } from '../../src/lib/domain/graph-model';
import { validateGraphData } from '../../src/lib/domain/load-graph';
import { generateSyntheticGraph } from '../../src/lib/domain/synthetic-graph';

describe('generateSyntheticGraph', () => {
  const graph = generateSyntheticGraph({ nodes: 3_000, edges: 9_000, seed: 7 });

  it('passes the same validation as a hand-written file', () => {
    const result = validateGraphData(JSON.parse(JSON.stringify(graph)));
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
  });

  it('has the requested size and an ideology-like mix', () => {
    const counts = countGraph(graph);
    expect(counts.nodes).toBe(3_000);
    expect(counts.edges).toBe(9_000);
    expect(Object.keys(counts.byKind).sort()).toEqual([
      'concept',
      'ideology',
      'organization',
      'person',
    ]);
    for (const relation of [
      'derived_from',
      'developed',
      'adhered_to',
      'opposed',
      'influenced_by',
    ]) {
      expect(counts.byRelation[relation as keyof typeof counts.byRelation]).toBeGreaterThan(100);
    }
  });

  it('is the same graph for the same seed, and another for another seed', () => {
    const again = generateSyntheticGraph({ nodes: 3_000, edges: 9_000, seed: 7 });
    expect(again).toEqual(graph);
    const other = generateSyntheticGraph({ nodes: 3_000, edges: 9_000, seed: 8 });
    expect(other.nodes.map((n) => n.id)).not.toEqual(graph.nodes.map((n) => n.id));
  });

  it('grows a deep lineage from a few roots, older upstream', () => {
    const model = createGraphModel(graph);
    const depth = new Map<string, number>();
    // Nodes are generated oldest first and derive only from older ones, so one pass suffices.
    let deepest = 0;
    for (const node of graph.nodes) {
      const parents = model.outgoing(node.id).filter((e) => e.relation === 'derived_from');
      const d = Math.max(0, ...parents.map((e) => (depth.get(e.target) ?? 0) + 1));
      depth.set(node.id, d);
      deepest = Math.max(deepest, d);
      for (const e of parents) {
        expect(model.node(e.target)!.time!.start!).toBeLessThanOrEqual(node.time!.start!);
      }
    }
    expect(deepest).toBeGreaterThan(20);
    const roots = graph.nodes.filter(
      (n) =>
        (n.kind === 'ideology' || n.kind === 'concept') &&
        !model.outgoing(n.id).some((e) => e.relation === 'derived_from'),
    );
    expect(roots.length).toBeLessThanOrEqual(5);
  });

  it('fills fewer edges than asked when the graph cannot hold more', () => {
    const tiny = generateSyntheticGraph({ nodes: 4, edges: 100, seed: 1 });
    expect(tiny.edges.length).toBeLessThan(100);
    expect(validateGraphData(JSON.parse(JSON.stringify(tiny))).ok).toBe(true);
    expect(generateSyntheticGraph({ nodes: 0, seed: 1 }).nodes).toEqual([]);
  });
});
