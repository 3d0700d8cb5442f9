/**
 * Thai against English on the bundled graph: Thai labels wrap at word boundaries
 * (Intl.Segmenter), so the Thai drawing makes room for boxes no wider than the English ones
 * and has no more overlapping labels, in the lineage and the timeline, for the whole graph
 * and its ideologies alone. Counted as node boxes (the shape centred on the node's position,
 * its wrapped label below, as the canvas draws them) at model scale, which is the timeline's
 * opening view (it opens near 1:1, labels at their own size); and for the lineage, which opens
 * on a fit, as drawn labels covering one another at that fit (the drawing fitted into the
 * app's canvas at 1400×900, labels at the stylesheet's size for that zoom).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coveredLabels, fittedLabels } from '../../../scripts/bench/label-readability';
import { overlappingBoxes } from '../../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import { viewDrawing, type ViewLayout } from '../../../src/lib/cytoscape/layouts/view-drawing';
import { drawnBox } from '../../../src/lib/cytoscape/layouts/lineage/node-box';
import { loadGraphText } from '../../../src/lib/domain/load-graph';

const loaded = loadGraphText(
  readFileSync(resolve(import.meta.dirname, '../../../graph/communism.json'), 'utf8'),
);
if (!loaded.ok) throw new Error('graph/communism.json does not load');
const graph = loaded.graph;
const byId = new Map(graph.nodes.map((node) => [node.id, node]));
const degree = new Map<string, number>();
for (const edge of graph.edges) {
  degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
  degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
}
const ideologies = new Set(graph.nodes.filter((n) => n.kind === 'ideology').map((n) => n.id));
const PARTS = {
  'the bundled graph': graph,
  'its ideologies': {
    nodes: graph.nodes.filter((n) => ideologies.has(n.id)),
    edges: graph.edges.filter((e) => ideologies.has(e.source) && ideologies.has(e.target)),
  },
};
/** The app's canvas beside its panels in a 1400×900 window. */
const CANVAS = { width: 812, height: 827 };

async function overlaps(
  part: (typeof PARTS)[keyof typeof PARTS],
  layout: ViewLayout,
  lang: 'en' | 'th',
) {
  const drawing = await viewDrawing(part, layout, lang, (id) => degree.get(id) ?? 0);
  const model = drawing.nodes.map((node) => {
    const data = byId.get(node.id)!;
    return {
      id: node.id,
      kind: data.kind,
      label: data.label[lang],
      degree: degree.get(node.id) ?? 0,
      x: node.x,
      y: node.y,
    };
  });
  // as the canvas draws a node: the shape centred on its position, the label hanging below
  const drawn = drawing.nodes.map((node) => ({
    id: node.id,
    ...drawnBox(node, {
      ...node,
      kind: byId.get(node.id)!.kind,
      degree: degree.get(node.id) ?? 0,
    }),
  }));
  return {
    boxes: overlappingBoxes(drawn),
    covered: coveredLabels(fittedLabels(model, CANVAS, 7).labels),
    widest: Math.max(...drawing.nodes.map((n) => n.width)),
  };
}

describe('the Thai drawing of the bundled graph', () => {
  for (const layout of ['lineage', 'timeline'] as const) {
    for (const [name, part] of Object.entries(PARTS)) {
      it(`has no more overlapping labels than the English one: ${layout}, ${name}`, async () => {
        const en = await overlaps(part, layout, 'en');
        const th = await overlaps(part, layout, 'th');
        const story = `English: ${en.boxes} overlapping boxes, ${en.covered} covered labels at the opening view; Thai: ${th.boxes} and ${th.covered}`;
        expect(th.boxes, story).toBeLessThanOrEqual(en.boxes);
        if (layout === 'lineage') expect(th.covered, story).toBeLessThanOrEqual(en.covered);
        // wrapped, a Thai label is no wider than the widest English one
        expect(
          th.widest,
          `widest box: English ${en.widest} px, Thai ${th.widest} px`,
        ).toBeLessThanOrEqual(Math.max(en.widest, 130));
        if (layout === 'lineage') expect(th.boxes, story).toBe(0);
      }, 30_000);
    }
  }
});
