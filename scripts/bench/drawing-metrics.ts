/**
 * The lineage drawing's quality beside Graphviz dot's, for the bundled graph and its
 * ideologies alone, on the same input: the same node boxes (shape with label, nodeBox) and the
 * same edge directions (lineageDrawingInput). isms is the drawing the explorer shows
 * (viewDrawing, what `cli layout --json` prints); dot is Graphviz's own, with its spline
 * routes. Measured: crossings as drawn, edges through other nodes, overlapping boxes, the time
 * each took in Node, and the share of readable labels at the opening view (the app's from its
 * snapshot, opening-labels.ts; dot's from geometry, label-readability.ts). Written under the
 * `bundled` entry as `drawing_<graph>_<engine>_<metric>`.
 */
import type { GraphFile } from '../../src/lib/domain/schema';
import { drawingQuality } from '../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import { dotDrawing, loadGraphviz } from '../../src/lib/cytoscape/layouts/lineage/dot-engine';
import { lineageDrawingInput } from '../../src/lib/cytoscape/layouts/lineage/drawing-input';
import { viewDrawing, type ViewDrawing } from '../../src/lib/cytoscape/layouts/view-drawing';
import { nodeSizing } from '../../src/lib/cytoscape/node-sizing';
import { layoutBox } from '../../src/lib/cytoscape/layouts/lineage/node-box';
import { fittedLabels, readableLabels } from './label-readability';
import type { ResultsBuilder } from './results';

/** The two graphs compared: the bundled graph, and its ideologies with the edges among them. */
export const DRAWING_GRAPHS = ['all', 'ideologies'] as const;
export type DrawingGraph = (typeof DRAWING_GRAPHS)[number];

/** Cytoscape's `min-zoomed-font-size` for node labels (style.ts): smaller ones are not drawn. */
const MIN_ZOOMED_FONT_PX = 7;

/** The part of `graph` a drawing case shows. */
export function drawingPart(
  graph: Pick<GraphFile, 'nodes' | 'edges'>,
  name: DrawingGraph,
): Pick<GraphFile, 'nodes' | 'edges'> {
  if (name === 'all') return graph;
  const ids = new Set(graph.nodes.filter((n) => n.kind === 'ideology').map((n) => n.id));
  return {
    nodes: graph.nodes.filter((n) => ids.has(n.id)),
    edges: graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target)),
  };
}

type SideBySide = Awaited<ReturnType<typeof drawingsSideBySide>>;

/**
 * drawingsSideBySide of `graph`'s part `name`, drawn once per graph object: the bench scores
 * the drawings and then fits dot's into the canvas, and each drawing takes seconds.
 */
const drawn = new WeakMap<object, Map<DrawingGraph, Promise<SideBySide>>>();
function drawingsOf(graph: Pick<GraphFile, 'nodes' | 'edges'>, name: DrawingGraph) {
  const known = drawn.get(graph) ?? new Map<DrawingGraph, Promise<SideBySide>>();
  drawn.set(graph, known);
  const hit = known.get(name);
  if (hit) return hit;
  const fresh = drawingsSideBySide(graph, drawingPart(graph, name));
  known.set(name, fresh);
  return fresh;
}

/** The explorer's drawing of `part` and dot's drawing of the same boxes and directions. */
export async function drawingsSideBySide(
  graph: Pick<GraphFile, 'nodes' | 'edges'>,
  part: Pick<GraphFile, 'nodes' | 'edges'>,
): Promise<{ isms: ViewDrawing; dot: ViewDrawing; ms: { isms: number; dot: number } }> {
  // nodes are sized by their degree in the whole graph, as the canvas sizes them
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  // loading Graphviz's WebAssembly (~0.2 s, once per process) is no part of either drawing
  await loadGraphviz();
  let start = performance.now();
  const shown = await viewDrawing(part, 'lineage', 'en', (id) => degree.get(id) ?? 0);
  const ismsMs = performance.now() - start;
  // Scored on the boxes the canvas draws at the opening view, which the lineage makes room for
  // (layoutBox: an ideology's label far out is larger than near), placed as the canvas places
  // them: the shape centred on the node's position, the label hanging below it. dot is given
  // the same boxes.
  const byId = new Map(part.nodes.map((n) => [n.id, n]));
  const isms: ViewDrawing = {
    ...shown,
    nodes: shown.nodes.map((node) => {
      const data = byId.get(node.id)!;
      const d = degree.get(node.id) ?? 0;
      const box = layoutBox(data.kind, data.label.en, d);
      const shape = nodeSizing(data.kind, d).h;
      return { ...node, ...box, y: node.y - shape / 2 + box.height / 2 };
    }),
  };
  const year = new Map(part.nodes.map((n) => [n.id, n.time?.start]));
  const boxes = isms.nodes.map(({ id, width, height }) => {
    const y = year.get(id);
    return {
      id,
      width,
      height,
      degree: degree.get(id) ?? 0,
      ...(y === undefined ? {} : { year: y }),
    };
  });
  const links = isms.edges.map(({ source, target, relation }) => ({ source, target, relation }));
  start = performance.now();
  const { input } = lineageDrawingInput(boxes, links);
  // dot as Graphviz ships it: spline routes
  const drawn = await dotDrawing(input, { splines: 'spline' });
  const dotMs = performance.now() - start;
  const at = (id: string) => drawn.positions[id] ?? { x: 0, y: 0 };
  const dot: ViewDrawing = {
    layout: 'lineage',
    nodes: isms.nodes.map((node) => ({ ...node, ...at(node.id) })),
    edges: isms.edges.map((edge, i) => ({
      ...edge,
      points: drawn.routes[i] ?? [at(edge.source), at(edge.target)],
    })),
  };
  return { isms, dot, ms: { isms: ismsMs, dot: dotMs } };
}

/** Crossings, edges through other nodes and overlapping boxes of a drawing. */
export function drawingScore(drawing: ViewDrawing) {
  return drawingQuality(
    drawing.nodes,
    drawing.edges.filter((e) => e.source !== e.target),
  );
}

/** drawing_{all,ideologies}_{isms,dot}_{crossings,through,overlaps,ms} under `bundled`. */
export async function measureDrawings(
  results: ResultsBuilder,
  graph: GraphFile,
  log: (line: string) => void,
): Promise<void> {
  for (const name of DRAWING_GRAPHS) {
    const { isms, dot, ms } = await drawingsOf(graph, name);
    for (const [engine, drawing] of [
      ['isms', isms],
      ['dot', dot],
    ] as const) {
      const score = drawingScore(drawing);
      const prefix = `drawing_${name}_${engine}`;
      results.set('bundled', `${prefix}_crossings`, score.crossings);
      results.set('bundled', `${prefix}_through`, score.edgesThroughNodes);
      results.set('bundled', `${prefix}_overlaps`, score.overlappingBoxes);
      results.set('bundled', `${prefix}_ms`, ms[engine]);
      log(
        `  ${name}: ${engine} ${score.crossings} crossings, ${score.edgesThroughNodes} through nodes, ${score.overlappingBoxes} overlaps, ${ms[engine].toFixed(0)} ms`,
      );
    }
  }
  results.note(
    'drawing',
    "drawing_<graph>_<engine>_*: the lineage as the explorer draws it (isms: viewDrawing, what `cli layout --json` prints) and as Graphviz dot draws the same node boxes with the same edge directions (spline routes); crossings as drawn, edges through other nodes, overlapping boxes (scripts/bench/drawing-metrics.ts). _readable_pct: the share of all labels (of the graph, visible or not) readable at the opening view in a 1400×900 window, _readable_ideology_pct: of the ideology labels; isms from the app's snapshot at the default address (all) and ?kinds=ideology (ideologies), dot from its drawing fitted into the same canvas at the stylesheet's label sizes for that zoom (scripts/bench/label-readability.ts).",
  );
}

/** The share (%) of labels readable in dot's drawing fitted into `canvas`. */
export async function measureDotLabels(
  results: ResultsBuilder,
  graph: GraphFile,
  canvas: { width: number; height: number },
  log: (line: string) => void,
): Promise<void> {
  const kind = new Map(graph.nodes.map((n) => [n.id, n]));
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  for (const name of DRAWING_GRAPHS) {
    const part = drawingPart(graph, name);
    const { dot } = await drawingsOf(graph, name);
    const model = dot.nodes.map((node) => {
      const data = kind.get(node.id)!;
      return {
        id: node.id,
        kind: data.kind,
        label: data.label.en,
        degree: degree.get(node.id) ?? 0,
        x: node.x,
        y: node.y,
      };
    });
    const { zoom, labels } = fittedLabels(model, canvas, MIN_ZOOMED_FONT_PX);
    const count = readableLabels(labels);
    setReadable(results, name, 'dot', count, part);
    log(
      `  ${name}: dot fitted at zoom ${zoom.toFixed(2)}: ${count.readable} of ${part.nodes.length} labels readable, ${count.readableIdeologies} ideologies`,
    );
  }
}

/** drawing_<graph>_<engine>_readable_pct (and _readable_ideology_pct for the whole graph). */
export function setReadable(
  results: ResultsBuilder,
  name: DrawingGraph,
  engine: 'isms' | 'dot',
  count: { readable: number; readableIdeologies: number },
  part: Pick<GraphFile, 'nodes'>,
): void {
  const ideologies = part.nodes.filter((n) => n.kind === 'ideology').length;
  const prefix = `drawing_${name}_${engine}`;
  results.set('bundled', `${prefix}_readable_pct`, (100 * count.readable) / part.nodes.length);
  if (name === 'all') {
    results.set(
      'bundled',
      `${prefix}_readable_ideology_pct`,
      (100 * count.readableIdeologies) / Math.max(1, ideologies),
    );
  }
}
