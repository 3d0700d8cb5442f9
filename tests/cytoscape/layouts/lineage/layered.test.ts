import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { layeredLayout } from '../../../../src/lib/cytoscape/layouts/lineage/layered';
import type { LayoutInput, Positions } from '../../../../src/lib/cytoscape/layouts/types';
import { overlappingPairs } from '../overlapping-pairs';

const box = (id: string, width = 60, height = 30) => ({ id, width, height });
const edge = (source: string, target: string, weight?: number) =>
  weight === undefined ? { source, target } : { source, target, weight };

/** Distinct y values, top to bottom: the ranks as drawn. */
function ranksOf(positions: Positions): number[] {
  return [...new Set(Object.values(positions).map((p) => p.y))].sort((a, b) => a - b);
}

function rankOf(positions: Positions, id: string): number {
  return ranksOf(positions).indexOf(positions[id]!.y);
}

function overlaps(input: LayoutInput, positions: Positions): string[] {
  return overlappingPairs(input.nodes, positions);
}

describe('layeredLayout', () => {
  it('puts each node one rank below its deepest ancestor', () => {
    const input: LayoutInput = {
      nodes: ['marxism', 'leninism', 'marxism-leninism', 'maoism'].map((id) => box(id)),
      edges: [
        edge('marxism', 'leninism'),
        edge('leninism', 'marxism-leninism'),
        edge('marxism', 'marxism-leninism'),
        edge('marxism-leninism', 'maoism'),
      ],
    };
    const positions = layeredLayout(input);
    expect(
      ['marxism', 'leninism', 'marxism-leninism', 'maoism'].map((id) => rankOf(positions, id)),
    ).toEqual([0, 1, 2, 3]);
  });

  it('places a founder just above what they founded, not at the top', () => {
    const input: LayoutInput = {
      nodes: ['a', 'b', 'c', 'd', 'founder'].map((id) => box(id)),
      edges: [edge('a', 'b'), edge('b', 'c'), edge('c', 'd'), edge('founder', 'd')],
    };
    const positions = layeredLayout(input);
    expect(rankOf(positions, 'founder')).toBe(2);
    expect(rankOf(positions, 'd')).toBe(3);
  });

  it('keeps siblings of one rank apart by at least the node gap', () => {
    const input: LayoutInput = {
      nodes: [box('root'), box('x', 100), box('y', 40), box('z', 80)],
      edges: [edge('root', 'x'), edge('root', 'y'), edge('root', 'z')],
    };
    const positions = layeredLayout(input, { nodeSep: 20 });
    const row = ['x', 'y', 'z'].map((id) => ({ id, ...positions[id]! }));
    expect(new Set(row.map((p) => p.y)).size).toBe(1);
    const sorted = row.sort((a, b) => a.x - b.x);
    const width: Record<string, number> = { x: 100, y: 40, z: 80 };
    for (let i = 1; i < sorted.length; i++) {
      const gap =
        sorted[i]!.x - sorted[i - 1]!.x - (width[sorted[i]!.id]! + width[sorted[i - 1]!.id]!) / 2;
      expect(gap).toBeGreaterThanOrEqual(20 - 0.01);
    }
  });

  it('centres a lone child under its parent', () => {
    const positions = layeredLayout({
      nodes: [box('parent'), box('child')],
      edges: [edge('parent', 'child')],
    });
    expect(positions.child!.x).toBeCloseTo(positions.parent!.x);
    expect(positions.child!.y).toBeGreaterThan(positions.parent!.y);
  });

  it('lays out a cycle, reversing the lightest edge rather than a lineage edge', () => {
    const input: LayoutInput = {
      nodes: ['old', 'middle', 'new'].map((id) => box(id)),
      edges: [edge('old', 'middle', 6), edge('middle', 'new', 6), edge('new', 'old', 1)],
    };
    const positions = layeredLayout(input);
    expect(positions.old!.y).toBeLessThan(positions.middle!.y);
    expect(positions.middle!.y).toBeLessThan(positions.new!.y);
  });

  it('packs separate components without overlap, the larger first', () => {
    const input: LayoutInput = {
      nodes: ['lone', 'a', 'b', 'c'].map((id) => box(id)),
      edges: [edge('a', 'b'), edge('a', 'c')],
    };
    const positions = layeredLayout(input);
    expect(overlaps(input, positions)).toEqual([]);
    expect(positions.lone!.x).toBeGreaterThan(Math.max(positions.b!.x, positions.c!.x));
  });

  it('ignores self-loops, duplicate edges and edges to unknown nodes', () => {
    const positions = layeredLayout({
      nodes: [box('a'), box('b')],
      edges: [edge('a', 'a'), edge('a', 'b'), edge('a', 'b'), edge('a', 'ghost')],
    });
    expect(Object.keys(positions)).toEqual(['a', 'b']);
    expect(positions.b!.y).toBeGreaterThan(positions.a!.y);
  });

  it('returns nothing for an empty graph and rejects duplicate ids', () => {
    expect(layeredLayout({ nodes: [], edges: [] })).toEqual({});
    expect(() => layeredLayout({ nodes: [box('a'), box('a')], edges: [] })).toThrow(
      'layered: duplicate node id "a"',
    );
  });

  it('reports progress from 0 to 1', () => {
    const seen: number[] = [];
    layeredLayout(
      { nodes: [box('a'), box('b')], edges: [edge('a', 'b')] },
      { onProgress: (fraction) => seen.push(fraction) },
    );
    expect(seen[0]).toBe(0);
    expect(seen.at(-1)).toBe(1);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
  });
});

/** A random DAG: edges only go from a lower index to a higher one. */
const dagArbitrary = fc
  .integer({ min: 1, max: 40 })
  .chain((n) =>
    fc.record({
      sizes: fc.array(
        fc.record({
          width: fc.integer({ min: 10, max: 140 }),
          height: fc.integer({ min: 10, max: 60 }),
        }),
        { minLength: n, maxLength: n },
      ),
      pairs: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
    }),
  )
  .map(({ sizes, pairs }) => ({
    nodes: sizes.map((size, i) => ({ id: `n${i}`, ...size })),
    edges: pairs
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => ({ source: `n${Math.min(a, b)}`, target: `n${Math.max(a, b)}` })),
  }));

describe('layeredLayout on random DAGs', () => {
  it('points every edge downward, never overlaps two nodes, and is deterministic', () => {
    fc.assert(
      fc.property(dagArbitrary, (input) => {
        const positions = layeredLayout(input);
        expect(Object.keys(positions).sort()).toEqual(input.nodes.map((n) => n.id).sort());
        for (const e of input.edges) {
          expect(positions[e.target]!.y).toBeGreaterThan(positions[e.source]!.y);
        }
        expect(overlaps(input, positions)).toEqual([]);
        expect(layeredLayout(input)).toEqual(positions);
      }),
      { numRuns: 150 },
    );
  });

  it('lays out any directed graph, cycles included, without overlap', () => {
    const anyGraph = dagArbitrary.chain((dag) =>
      fc
        .array(fc.boolean(), { minLength: dag.edges.length, maxLength: dag.edges.length })
        .map((flip) => ({
          nodes: dag.nodes,
          edges: dag.edges.map((e, i) => (flip[i] ? { source: e.target, target: e.source } : e)),
        })),
    );
    fc.assert(
      fc.property(anyGraph, (input) => {
        const positions = layeredLayout(input);
        for (const p of Object.values(positions)) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        }
        expect(overlaps(input, positions)).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });
});
