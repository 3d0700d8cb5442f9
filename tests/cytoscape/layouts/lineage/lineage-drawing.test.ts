import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dotDrawing } from '../../../../src/lib/cytoscape/layouts/lineage/dot-engine';
import { lineageDrawingInput } from '../../../../src/lib/cytoscape/layouts/lineage/drawing-input';
import {
  drawingQuality,
  segmentHitsBox,
  type DrawnEdge,
} from '../../../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import {
  lineageDrawing,
  lineageDrawingEngine,
  type LineageDrawing,
} from '../../../../src/lib/cytoscape/layouts/lineage/lineage-drawing';
import { loadGraphText } from '../../../../src/lib/domain/load-graph';
import type { RelationId } from '../../../../src/lib/domain/relations';
import type {
  LineageLink,
  LineageNode,
} from '../../../../src/lib/cytoscape/layouts/lineage/positions';
import { lineageItems } from '../../../../scripts/bench/drawing-compare';
import {
  DRAWING_GRAPHS,
  drawingPart,
  drawingScore,
  drawingsSideBySide,
} from '../../../../scripts/bench/drawing-metrics';

function drawnEdges(links: readonly LineageLink[], drawing: LineageDrawing): DrawnEdge[] {
  return links.map((link, i) => ({
    source: link.source,
    target: link.target,
    points: drawing.routes[i] ?? [drawing.positions[link.source]!, drawing.positions[link.target]!],
  }));
}

function boxesOf(nodes: readonly LineageNode[], drawing: LineageDrawing) {
  return nodes.map((n) => ({ ...n, ...drawing.positions[n.id]! }));
}

/** Small lineages: n ideologies, each derived from an earlier one or two, plus cross-links. */
const lineage = fc.integer({ min: 2, max: 14 }).chain((n) =>
  fc.record({
    nodes: fc.constant(
      Array.from({ length: n }, (_, i) => ({
        id: `n${i}`,
        width: 40 + ((i * 37) % 80),
        height: 30 + ((i * 13) % 30),
        degree: 1,
      })),
    ),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        relation: fc.constantFrom<RelationId>('derived_from', 'split_from', 'opposed', 'founded'),
      }),
      { maxLength: 2 * n },
    ),
  }),
);

describe('lineage drawing (dot)', () => {
  it('overlaps no boxes, points descent edges down, and routes around the other nodes', async () => {
    await fc.assert(
      fc.asyncProperty(lineage, async ({ nodes, links: raw }) => {
        // derived_from goes from the later (higher index) to the earlier node: no descent cycles.
        const links: LineageLink[] = raw
          .filter((l) => l.a !== l.b)
          .map(({ a, b, relation }) =>
            relation === 'derived_from' || relation === 'split_from'
              ? { source: `n${Math.max(a, b)}`, target: `n${Math.min(a, b)}`, relation }
              : { source: `n${a}`, target: `n${b}`, relation },
          );
        const drawing = await lineageDrawing(nodes, links, 'dot');
        const boxes = boxesOf(nodes, drawing);
        const quality = drawingQuality(boxes, drawnEdges(links, drawing));
        expect(quality.overlappingBoxes).toBe(0);
        expect(quality.edgesThroughNodes).toBe(0);
        for (const link of links) {
          if (link.relation !== 'derived_from' && link.relation !== 'split_from') continue;
          // The ancestor (the link's target) stands above its descendant.
          expect(drawing.positions[link.target]!.y).toBeLessThan(drawing.positions[link.source]!.y);
        }
      }),
      { numRuns: 25 },
    );
  });

  it('gives each edge a route from its own source centre to its own target centre', async () => {
    const nodes = ['a', 'b', 'c'].map((id) => ({ id, width: 60, height: 40, degree: 1 }));
    const links: LineageLink[] = [
      { source: 'b', target: 'a', relation: 'derived_from' },
      { source: 'c', target: 'b', relation: 'derived_from' },
      { source: 'c', target: 'a', relation: 'derived_from' },
    ];
    const drawing = await lineageDrawing(nodes, links);
    expect(drawing.engine).toBe('dot');
    links.forEach((link, i) => {
      const route = drawing.routes[i]!;
      expect(route[0]).toEqual(drawing.positions[link.source]);
      expect(route.at(-1)).toEqual(drawing.positions[link.target]);
    });
    // c → a skips b's rank: its route bends around b instead of through it.
    const b = { id: 'b', ...drawing.positions.b!, width: 60, height: 40 };
    const route = drawing.routes[2]!;
    for (let k = 1; k < route.length; k++)
      expect(segmentHitsBox(route[k - 1]!, route[k]!, b)).toBe(false);
  });

  it('draws large or dense lineages with the layered engine', () => {
    expect(lineageDrawingEngine(249, 447)).toBe('dot');
    expect(lineageDrawingEngine(200, 600)).toBe('layered');
    expect(lineageDrawingEngine(5000, 15000)).toBe('layered');
  });
});

describe('the bundled lineage', () => {
  it('has no more crossings, edges through nodes or overlaps than Graphviz dot on the same input', async () => {
    const text = readFileSync(new URL('../../../../graph/communism.json', import.meta.url), 'utf8');
    const loaded = loadGraphText(text);
    if (!loaded.ok) throw new Error('the bundled graph does not load');
    const { nodes, links } = lineageItems(loaded.graph);
    const ours = await lineageDrawing(nodes, links);
    const mine = drawingQuality(boxesOf(nodes, ours), drawnEdges(links, ours));
    // dot as Graphviz ships it: splines, its own limits, the same boxes and edge directions.
    const { input, flipped } = lineageDrawingInput(nodes, links);
    const dot = await dotDrawing(input, { splines: 'spline' });
    const reference = {
      engine: 'dot' as const,
      positions: dot.positions,
      routes: dot.routes.map((r, i) => (r && flipped[i] ? [...r].reverse() : r)),
    };
    const theirs = drawingQuality(boxesOf(nodes, reference), drawnEdges(links, reference));
    const story = `isms: ${mine.crossings} crossings, ${mine.edgesThroughNodes} edges through nodes, ${mine.overlappingBoxes} overlaps; dot: ${theirs.crossings}, ${theirs.edgesThroughNodes}, ${theirs.overlappingBoxes}`;
    expect(mine.crossings, story).toBeLessThanOrEqual(theirs.crossings);
    expect(mine.edgesThroughNodes, story).toBeLessThanOrEqual(theirs.edgesThroughNodes);
    expect(mine.overlappingBoxes, story).toBe(0);
  }, 60_000);

  // The drawing the explorer shows (and `cli layout --json` prints: viewDrawing, boxes by
  // nodeBox with whole-graph degrees), against dot given those boxes and the same edge
  // directions; the bench reports the same numbers (scripts/bench/drawing-metrics.ts).
  it.each(DRAWING_GRAPHS)(
    'as the explorer draws it (%s) has no more crossings or edges through nodes than dot',
    async (name) => {
      const text = readFileSync(
        new URL('../../../../graph/communism.json', import.meta.url),
        'utf8',
      );
      const loaded = loadGraphText(text);
      if (!loaded.ok) throw new Error('the bundled graph does not load');
      const { isms, dot } = await drawingsSideBySide(loaded.graph, drawingPart(loaded.graph, name));
      const mine = drawingScore(isms);
      const theirs = drawingScore(dot);
      const story = `isms: ${mine.crossings} crossings, ${mine.edgesThroughNodes} edges through nodes, ${mine.overlappingBoxes} overlapping boxes; dot: ${theirs.crossings}, ${theirs.edgesThroughNodes}, ${theirs.overlappingBoxes}`;
      expect(mine.crossings, story).toBeLessThanOrEqual(theirs.crossings);
      expect(mine.edgesThroughNodes, story).toBeLessThanOrEqual(theirs.edgesThroughNodes);
      expect(mine.overlappingBoxes, story).toBe(0);
    },
    60_000,
  );
});
