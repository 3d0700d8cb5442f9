import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { backboneDrawing } from '../../../../src/lib/cytoscape/layouts/lineage/backbone-drawing';
import { dotDrawing } from '../../../../src/lib/cytoscape/layouts/lineage/dot-engine';
import { lineageDrawingInput } from '../../../../src/lib/cytoscape/layouts/lineage/drawing-input';
import {
  drawingQuality,
  type DrawnEdge,
} from '../../../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import { drawnBox, layoutBox } from '../../../../src/lib/cytoscape/layouts/lineage/node-box';
import type {
  LineageLink,
  LineageNode,
} from '../../../../src/lib/cytoscape/layouts/lineage/positions';
import type { Positions } from '../../../../src/lib/cytoscape/layouts/types';
import type { NodeKind } from '../../../../src/lib/domain/kinds';
import { loadGraphText } from '../../../../src/lib/domain/load-graph';
import type { RelationId } from '../../../../src/lib/domain/relations';

const DESCENT = new Set<RelationId>(['derived_from', 'split_from']);

/** Each node's box as drawn: its position is its shape's centre, the label hangs below. */
function drawnBoxes(nodes: readonly LineageNode[], positions: Positions) {
  return nodes.map((node) => ({ ...node, ...drawnBox(positions[node.id]!, node) }));
}

function drawnEdges(
  links: readonly LineageLink[],
  drawing: { positions: Positions; routes: ({ x: number; y: number }[] | null)[] },
): DrawnEdge[] {
  return links.map((link, i) => ({
    source: link.source,
    target: link.target,
    points: drawing.routes[i] ?? [drawing.positions[link.source]!, drawing.positions[link.target]!],
  }));
}

function bundled(lang: 'en' | 'th'): { nodes: LineageNode[]; links: LineageLink[] } {
  const text = readFileSync(new URL('../../../../graph/communism.json', import.meta.url), 'utf8');
  const loaded = loadGraphText(text);
  if (!loaded.ok) throw new Error('the bundled graph does not load');
  const degree = new Map<string, number>();
  for (const edge of loaded.graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = loaded.graph.nodes.map((node) => {
    const d = degree.get(node.id) ?? 0;
    const year = node.time?.start;
    return {
      id: node.id,
      kind: node.kind,
      degree: d,
      ...layoutBox(node.kind, node.label[lang], d),
      ...(year !== undefined ? { year } : {}),
    };
  });
  const links = loaded.graph.edges.map(({ source, target, relation }) => ({
    source,
    target,
    relation,
  }));
  return { nodes, links };
}

describe('the bundled lineage, backbone first', () => {
  for (const lang of ['en', 'th'] as const) {
    it(`(${lang}) overlaps no boxes, draws descent downwards and its tree no worse than dot`, async () => {
      const { nodes, links } = bundled(lang);
      const drawing = await backboneDrawing(nodes, links);
      const all = drawingQuality(drawnBoxes(nodes, drawing.positions), drawnEdges(links, drawing));
      expect(all.overlappingBoxes).toBe(0);
      const ideology = new Set(nodes.filter((n) => n.kind === 'ideology').map((n) => n.id));
      for (const link of links) {
        if (!DESCENT.has(link.relation) || !ideology.has(link.source)) continue;
        if (!ideology.has(link.target)) continue;
        expect(drawing.positions[link.source]!.y).toBeGreaterThan(
          drawing.positions[link.target]!.y,
        );
      }
      // The tree alone against Graphviz dot on the same boxes and edge directions.
      const ideologies = nodes.filter((n) => ideology.has(n.id));
      const treeIndex = links.flatMap((link, i) =>
        link.source !== link.target && ideology.has(link.source) && ideology.has(link.target)
          ? [i]
          : [],
      );
      const tree = treeIndex.map((i) => links[i]!);
      const ours = drawingQuality(
        drawnBoxes(ideologies, drawing.positions),
        tree.map(
          (link, k) =>
            drawnEdges([link], {
              positions: drawing.positions,
              routes: [drawing.routes[treeIndex[k]!] ?? null],
            })[0]!,
        ),
      );
      const { input, flipped } = lineageDrawingInput(ideologies, tree);
      const dot = await dotDrawing(input, { splines: 'spline' });
      const reference = {
        positions: dot.positions,
        routes: dot.routes.map((r, i) => (r && flipped[i] ? [...r].reverse() : r)),
      };
      const theirs = drawingQuality(
        ideologies.map((n) => ({ ...n, ...dot.positions[n.id]! })),
        drawnEdges(tree, reference),
      );
      expect(ours.crossings).toBeLessThanOrEqual(theirs.crossings);
      expect(ours.edgesThroughNodes).toBeLessThanOrEqual(theirs.edgesThroughNodes);
      // Routes run from the source's centre to the target's centre.
      links.forEach((link, i) => {
        const route = drawing.routes[i];
        if (!route) return;
        expect(route[0]).toEqual(drawing.positions[link.source]);
        expect(route.at(-1)).toEqual(drawing.positions[link.target]);
      });
    }, 120_000);
  }
});

const KINDS: NodeKind[] = ['ideology', 'ideology', 'person', 'organization', 'event'];

/** Small graphs of every kind: descent among ideologies from later to earlier, other ties. */
const graph = fc.integer({ min: 2, max: 16 }).chain((n) =>
  fc.record({
    nodes: fc.constant(
      Array.from({ length: n }, (_, i) => {
        const kind = i === 0 ? 'ideology' : KINDS[(i * 7) % KINDS.length]!;
        return { id: `n${i}`, kind, degree: (i * 5) % 9, ...layoutBox(kind, `Node ${i}`, 3) };
      }),
    ),
    links: fc.array(
      fc.record({
        a: fc.integer({ min: 0, max: n - 1 }),
        b: fc.integer({ min: 0, max: n - 1 }),
        relation: fc.constantFrom<RelationId>('derived_from', 'adhered_to', 'opposed', 'founded'),
      }),
      { maxLength: 2 * n },
    ),
  }),
);

describe('backboneDrawing', () => {
  it('overlaps no boxes and points descent between ideologies down', async () => {
    await fc.assert(
      fc.asyncProperty(graph, async ({ nodes, links: raw }) => {
        const links: LineageLink[] = raw
          .filter((l) => l.a !== l.b)
          .map(({ a, b, relation }) =>
            relation === 'derived_from'
              ? { source: `n${Math.max(a, b)}`, target: `n${Math.min(a, b)}`, relation }
              : { source: `n${a}`, target: `n${b}`, relation },
          );
        const drawing = await backboneDrawing(nodes, links);
        expect(Object.keys(drawing.positions).sort()).toEqual(nodes.map((n) => n.id).sort());
        const quality = drawingQuality(
          drawnBoxes(nodes, drawing.positions),
          drawnEdges(links, drawing),
        );
        expect(quality.overlappingBoxes).toBe(0);
        const kind = new Map(nodes.map((n) => [n.id, n.kind]));
        for (const link of links) {
          if (link.relation !== 'derived_from') continue;
          if (kind.get(link.source) !== 'ideology' || kind.get(link.target) !== 'ideology')
            continue;
          expect(drawing.positions[link.target]!.y).toBeLessThan(drawing.positions[link.source]!.y);
        }
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});
