/**
 * Properties of the lineage drawing on random small lineages (fast-check): no two boxes
 * overlap, every descent edge (derived_from, split_from: the child is the source) runs down
 * from the parent to the child, and dot's routes go around the other nodes' boxes. The graphs
 * are DAG-ish as lineages are: descent and influence run from a later node to an earlier one,
 * years (where given) grow with that order, and other relations (opposed, part_of, founded)
 * join any two nodes either way.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  edgesThroughNodes,
  overlappingBoxes,
} from '../../../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import {
  descentFirst,
  lineageDrawingInput,
} from '../../../../src/lib/cytoscape/layouts/lineage/drawing-input';
import { lineageDrawing } from '../../../../src/lib/cytoscape/layouts/lineage/lineage-drawing';
import type {
  LineageLink,
  LineageNode,
} from '../../../../src/lib/cytoscape/layouts/lineage/positions';
import type { RelationId } from '../../../../src/lib/domain/relations';

const DESCENT: readonly RelationId[] = ['derived_from', 'split_from'];
/** Relations that point from a later node to an earlier one, like descent. */
const BACKWARD: readonly RelationId[] = [...DESCENT, 'influenced_by'];
/**
 * Relations drawn between any two nodes either way: without a direction in time (opposed,
 * part_of), or with one that may contradict descent (a node "founded" its own ancestor), which
 * must not turn a descent edge upward.
 */
const TIMELESS: readonly RelationId[] = ['opposed', 'part_of', 'founded'];

interface Lineage {
  nodes: LineageNode[];
  links: LineageLink[];
}

/** A random lineage of 2–30 nodes; node i is later than every node before it. */
const lineageArb: fc.Arbitrary<Lineage> = fc.integer({ min: 2, max: 30 }).chain((n) =>
  fc
    .record({
      boxes: fc.array(
        fc.record({
          width: fc.integer({ min: 30, max: 140 }),
          height: fc.integer({ min: 24, max: 80 }),
          dated: fc.boolean(),
        }),
        { minLength: n, maxLength: n },
      ),
      startYear: fc.integer({ min: -500, max: 1900 }),
      step: fc.integer({ min: 0, max: 60 }),
      // every node after the first descends from an earlier one (a tree), then extra links
      parents: fc.array(fc.nat(), { minLength: n - 1, maxLength: n - 1 }),
      descentKinds: fc.array(fc.constantFrom(...DESCENT), { minLength: n - 1, maxLength: n - 1 }),
      extra: fc.array(
        fc.record({
          a: fc.nat(),
          b: fc.nat(),
          relation: fc.constantFrom(...BACKWARD, ...TIMELESS),
        }),
        { maxLength: n },
      ),
    })
    .map(({ boxes, startYear, step, parents, descentKinds, extra }) => {
      const id = (i: number) => `n${i}`;
      const nodes: LineageNode[] = boxes.map((box, i) => ({
        id: id(i),
        width: box.width,
        height: box.height,
        degree: 0,
        ...(box.dated ? { year: startYear + i * step } : {}),
      }));
      const links: LineageLink[] = parents.map((p, k) => ({
        source: id(k + 1),
        target: id(p % (k + 1)),
        relation: descentKinds[k]!,
      }));
      const seen = new Set(links.map((l) => `${l.source} ${l.target}`));
      for (const { a, b, relation } of extra) {
        const i = a % n;
        const j = b % n;
        if (i === j) continue;
        const [later, earlier] = i > j ? [i, j] : [j, i];
        const link = TIMELESS.includes(relation)
          ? { source: id(i), target: id(j), relation }
          : { source: id(later), target: id(earlier), relation };
        const key = `${link.source} ${link.target}`;
        if (seen.has(key) || seen.has(`${link.target} ${link.source}`)) continue;
        seen.add(key);
        links.push(link);
      }
      for (const link of links) {
        for (const node of nodes)
          if (node.id === link.source || node.id === link.target) node.degree++;
      }
      return { nodes, links };
    }),
);

/** The drawing's boxes (unpadded, as the canvas draws them) and its edges as drawn. */
function drawn(lineage: Lineage, drawing: Awaited<ReturnType<typeof lineageDrawing>>) {
  const boxes = lineage.nodes.map((node) => ({ ...node, ...drawing.positions[node.id]! }));
  const edges = lineage.links.map((link, i) => ({
    source: link.source,
    target: link.target,
    points: drawing.routes[i] ?? [drawing.positions[link.source]!, drawing.positions[link.target]!],
  }));
  return { boxes, edges };
}

function descentPointsDown(lineage: Lineage, positions: Record<string, { y: number }>): string[] {
  return lineage.links
    .filter((link) => DESCENT.includes(link.relation))
    .filter((link) => !(positions[link.target]!.y < positions[link.source]!.y))
    .map((link) => `${link.source} ${link.relation} ${link.target}`);
}

describe('the lineage drawing of random small lineages', () => {
  it('by dot: no overlapping boxes, descent downward, routes around other nodes', async () => {
    await fc.assert(
      fc.asyncProperty(lineageArb, async (lineage) => {
        const drawing = await lineageDrawing(lineage.nodes, lineage.links, 'dot');
        const { boxes, edges } = drawn(lineage, drawing);
        expect(overlappingBoxes(boxes)).toBe(0);
        expect(descentPointsDown(lineage, drawing.positions)).toEqual([]);
        expect(edgesThroughNodes(boxes, edges)).toBe(0);
      }),
      { numRuns: 100 },
    );
  });

  it('by the layered engine: no overlapping boxes, descent downward', async () => {
    await fc.assert(
      fc.asyncProperty(lineageArb, async (lineage) => {
        const drawing = await lineageDrawing(lineage.nodes, lineage.links, 'layered');
        const { boxes } = drawn(lineage, drawing);
        expect(overlappingBoxes(boxes)).toBe(0);
        expect(descentPointsDown(lineage, drawing.positions)).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('descentFirst', () => {
  it('stops an edge from ranking when it would close a cycle through descent, and keeps the rest', () => {
    const nodes = ['child', 'parent', 'other'].map((id) => ({
      id,
      width: 40,
      height: 30,
      degree: 1,
    }));
    const links: LineageLink[] = [
      { source: 'child', target: 'parent', relation: 'derived_from' },
      // the child "founded" its own parent: against descent
      { source: 'child', target: 'parent', relation: 'founded' },
      { source: 'parent', target: 'other', relation: 'founded' },
    ];
    const { input } = lineageDrawingInput(nodes, links);
    const ranked = descentFirst(input, links).edges.map((e) => e.constraint !== false);
    expect(ranked).toEqual([true, false, true]);
  });
});
