// Pulling a crowded drawing apart: boxes stop overlapping, the drawing keeps its shape.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { spreadApart } from '../../../../src/lib/cytoscape/layouts/network/spread-apart';
import type { LayoutNode, Positions } from '../../../../src/lib/cytoscape/layouts/types';
import { overlappingPairs } from '../overlapping-pairs';

/** How many pairs of boxes (each widened by `gap`) overlap. */
function overlaps(nodes: readonly LayoutNode[], positions: Positions, gap = 0): number {
  return overlappingPairs(nodes, positions, gap).length;
}

/** Two clumps of 60 nodes each, every node within a few pixels of its clump's centre. */
function clumps(): { nodes: LayoutNode[]; positions: Positions } {
  const nodes: LayoutNode[] = [];
  const positions: Positions = {};
  for (let i = 0; i < 120; i++) {
    const id = `n${i}`;
    nodes.push({ id, width: 30 + (i % 3) * 20, height: 24 });
    const left = i < 60;
    positions[id] = { x: (left ? -100 : 100) + (i % 7), y: (i % 5) - 2 };
  }
  return { nodes, positions };
}

describe('spreadApart', () => {
  it('leaves no two boxes overlapping, gap included, where fcose had piled them up', () => {
    const { nodes, positions } = clumps();
    expect(overlaps(nodes, positions)).toBeGreaterThan(3000);
    // two piles of 60 on (almost) one spot each take more passes than the default 60, which
    // part fcose's draft drawings of 5,000 nodes to within a handful of pairs
    const spread = spreadApart(nodes, positions, { gap: 10, passes: 300 });
    expect(Object.keys(spread)).toHaveLength(nodes.length);
    expect(overlaps(nodes, spread, 10)).toBe(0);
  });

  it('keeps the shape: the left clump stays left of the right one', () => {
    const { nodes, positions } = clumps();
    const spread = spreadApart(nodes, positions);
    const meanX = (from: number, to: number) =>
      nodes.slice(from, to).reduce((sum, node) => sum + spread[node.id]!.x, 0) / (to - from);
    expect(meanX(0, 60)).toBeLessThan(meanX(60, 120));
  });

  it('is deterministic, moves nothing that has room, and skips nodes without a position', () => {
    const { nodes, positions } = clumps();
    expect(spreadApart(nodes, positions)).toEqual(spreadApart(nodes, positions));
    const roomy: LayoutNode[] = [
      { id: 'a', width: 10, height: 10 },
      { id: 'b', width: 10, height: 10 },
      { id: 'ghost', width: 10, height: 10 },
    ];
    const far: Positions = { a: { x: 0, y: 0 }, b: { x: 1000, y: 1000 } };
    expect(spreadApart(roomy, far)).toEqual(far);
    expect(spreadApart([], {})).toEqual({});
  });

  it('parts boxes that sit on the very same spot', () => {
    const nodes: LayoutNode[] = Array.from({ length: 20 }, (_, i) => ({
      id: `s${i}`,
      width: 40,
      height: 20,
    }));
    const same: Positions = Object.fromEntries(nodes.map((node) => [node.id, { x: 5, y: 5 }]));
    expect(overlaps(nodes, spreadApart(nodes, same))).toBe(0);
  });

  it('leaves out a node whose position is not a finite number, and spreads the rest', () => {
    const nodes: LayoutNode[] = ['a', 'b', 'bad'].map((id) => ({ id, width: 20, height: 20 }));
    const spread = spreadApart(nodes, {
      a: { x: 0, y: 0 },
      b: { x: 1, y: 0 },
      bad: { x: Number.NaN, y: 0 },
    });
    expect(Object.keys(spread).sort()).toEqual(['a', 'b']);
    expect(overlaps(nodes.slice(0, 2), spread)).toBe(0);
  });

  it('parts any small drawing completely, given passes enough', () => {
    const node = fc.record({
      width: fc.integer({ min: 1, max: 120 }),
      height: fc.integer({ min: 1, max: 60 }),
      x: fc.integer({ min: -50, max: 50 }),
      y: fc.integer({ min: -50, max: 50 }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 12 }), (drawn) => {
        const nodes = drawn.map(({ width, height }, i) => ({ id: `p${i}`, width, height }));
        const positions = Object.fromEntries(drawn.map(({ x, y }, i) => [`p${i}`, { x, y }]));
        expect(overlaps(nodes, spreadApart(nodes, positions, { passes: 1000 }))).toBe(0);
      }),
    );
  });

  it('never makes overlaps worse, whatever the drawing', () => {
    const node = fc.record({
      width: fc.integer({ min: 1, max: 120 }),
      height: fc.integer({ min: 1, max: 60 }),
      x: fc.double({ min: -500, max: 500, noNaN: true }),
      y: fc.double({ min: -500, max: 500, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(node, { minLength: 1, maxLength: 60 }), (drawn) => {
        const nodes = drawn.map(({ width, height }, i) => ({ id: `p${i}`, width, height }));
        const positions = Object.fromEntries(drawn.map(({ x, y }, i) => [`p${i}`, { x, y }]));
        const spread = spreadApart(nodes, positions);
        for (const p of Object.values(spread)) {
          expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
        }
        expect(overlaps(nodes, spread)).toBeLessThanOrEqual(overlaps(nodes, positions));
      }),
    );
  });
});
