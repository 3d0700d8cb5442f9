/**
 * A view of the graph as the explorer draws it, as data and without a renderer: every node's
 * centre and box (and where that box stands), every edge's route from its source's centre to
 * its target's centre. The same engines as the canvas (the lineage drawing, the timeline, fcose
 * for the Network on a headless Cytoscape as the network worker runs it), with boxes estimated
 * as the workers estimate them.
 * For the CLI's `layout --json`, and for the positions GEXF and GraphML exports carry.
 */
import type { Edge, Node } from '../../domain/schema';
import type { RelationId } from '../../domain/relations';
import { lineageDrawing } from './lineage/lineage-drawing';
import { boxCorners, drawnBox, layoutBox, nodeBox } from './lineage/node-box';
import { nodeSizing } from '../node-sizing';
import type { Point } from './lineage/drawing-quality';
import { timelinePositions } from './timeline/positions';

export const VIEW_LAYOUTS = ['lineage', 'timeline', 'network'] as const;
export type ViewLayout = (typeof VIEW_LAYOUTS)[number];

export interface DrawnViewNode {
  id: string;
  x: number;
  y: number;
  /** The box of the shape with its label, px. */
  width: number;
  height: number;
  /**
   * Where that box stands: `x, y` is the shape's centre and the label hangs below it, so the
   * box is not centred on them (node-box.ts `drawnBox`).
   */
  box?: { x1: number; y1: number; x2: number; y2: number };
}

export interface DrawnViewEdge {
  source: string;
  target: string;
  relation: RelationId;
  /** The drawn route, from the source's centre to the target's centre (at least 2 points). */
  points: Point[];
}

export interface ViewDrawing {
  layout: ViewLayout;
  nodes: DrawnViewNode[];
  edges: DrawnViewEdge[];
}

/**
 * The drawing of `graph` (already filtered to what the view shows) in `layout`, labels in
 * `lang`. `degreeOf` gives each node's degree in the whole graph, which sizes hubs as the
 * canvas does (default: the degree within `graph`).
 */
export async function viewDrawing(
  graph: { nodes: readonly Node[]; edges: readonly Edge[] },
  layout: ViewLayout,
  lang: 'en' | 'th',
  degreeOf?: (id: string) => number,
): Promise<ViewDrawing> {
  const local = new Map<string, number>();
  for (const edge of graph.edges) {
    local.set(edge.source, (local.get(edge.source) ?? 0) + 1);
    local.set(edge.target, (local.get(edge.target) ?? 0) + 1);
  }
  const degree = degreeOf ?? ((id: string) => local.get(id) ?? 0);
  const ids = new Set(graph.nodes.map((node) => node.id));
  const edges = graph.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
  // The lineage makes room for each ideology's label zoomed far out (node-box.ts `layoutBox`).
  const boxOf = layout === 'lineage' ? layoutBox : nodeBox;
  const boxes = graph.nodes.map((node) => ({
    id: node.id,
    ...boxOf(node.kind, node.label[lang], degree(node.id)),
    shapeHeight: nodeSizing(node.kind, degree(node.id)).h,
    degree: degree(node.id),
    kind: node.kind,
    ...(node.time?.start !== undefined ? { year: node.time.start } : {}),
  }));
  const links = edges.map(({ source, target, relation }) => ({ source, target, relation }));
  let positions: Record<string, Point>;
  let routes: (Point[] | null)[] = links.map(() => null);
  if (layout === 'lineage') {
    const drawing = await lineageDrawing(boxes, links);
    positions = drawing.positions;
    routes = drawing.routes;
  } else if (layout === 'timeline') {
    const neighbours = new Map<string, string[]>(boxes.map((b) => [b.id, []]));
    for (const link of links) {
      neighbours.get(link.source)?.push(link.target);
      neighbours.get(link.target)?.push(link.source);
    }
    positions = timelinePositions(
      boxes.map((b) => ({
        id: b.id,
        neighbours: neighbours.get(b.id) ?? [],
        width: b.width,
        height: b.height,
        shapeHeight: b.shapeHeight,
        ...(b.year !== undefined ? { year: b.year } : {}),
      })),
    ).positions;
  } else {
    const { networkPositions } = await import('./network/positions');
    positions = await networkPositions({
      nodes: boxes.map(({ id, width, height }) => ({ id, width, height })),
      edges: links.map(({ source, target }) => ({ source, target })),
    });
  }
  const round1 = (value: number) => Math.round(value * 10) / 10;
  const round = (p: Point) => ({ x: round1(p.x), y: round1(p.y) });
  return {
    layout,
    // The box as drawn at zoom 1 (shape and near label), whatever room the lineage kept.
    nodes: graph.nodes.map((node) => {
      const at = round(positions[node.id] ?? { x: 0, y: 0 });
      const size = nodeBox(node.kind, node.label[lang], degree(node.id));
      const corners = boxCorners(
        drawnBox(at, { ...size, kind: node.kind, degree: degree(node.id) }),
      );
      const box = {
        x1: round1(corners.x1),
        y1: round1(corners.y1),
        x2: round1(corners.x2),
        y2: round1(corners.y2),
      };
      return { id: node.id, ...at, ...size, box };
    }),
    edges: links.map((link, i) => {
      const from = round(positions[link.source] ?? { x: 0, y: 0 });
      const to = round(positions[link.target] ?? { x: 0, y: 0 });
      const route = routes[i];
      const points =
        route && route.length >= 2 ? [from, ...route.slice(1, -1).map(round), to] : [from, to];
      return { source: link.source, target: link.target, relation: link.relation, points };
    }),
  };
}
