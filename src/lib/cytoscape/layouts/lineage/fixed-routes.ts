/**
 * Routes for edges between nodes that are already placed: Graphviz's spline router run by
 * `neato -n2` (positions kept exactly as given, only the edges computed), so an edge from a
 * person to the ideology it stands beside bends around the boxes in its way instead of cutting
 * through them. The backbone drawing (backbone-drawing.ts) routes its tree with dot and the
 * rest of its edges here. Measured on the bundled graph (307 nodes, 430 such edges, Node on
 * the 2-core machine): straight, 437 edges pass through another node and 16,437 cross; routed
 * as polylines, 2 and 13,516, in about 2.5 s (spline curves: 3 and 20,466).
 */
import type { Positions } from '../types';
import type { Point } from './drawing-quality';
import { inches, loadGraphviz, quote, routeOf } from './dot-engine';

/** A placed node: its box (shape with label) by its centre, and where its edges end. */
export interface PlacedBox {
  id: string;
  /** Centre of the whole box, px, y down. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FixedLink {
  source: string;
  target: string;
}

/** How the edges are routed; each value is the one that read best on the bundled graph. */
export const defaults = {
  /**
   * `polyline`: the router's path as straight pieces, which cross less than its curves
   * (13,516 against 20,466 on the bundled graph) and pass through as few nodes.
   */
  splines: 'polyline' as 'polyline' | 'spline',
  /**
   * Margin kept around each box while routing (points, Graphviz's additive `esep`); must be
   * below `sep`, or the router finds the boxes overlapping and draws every edge straight.
   */
  esep: 1,
  sep: 2,
  /** A route point may stray this far (px) from the router's path once it is simplified. */
  routeTolerance: 1.5,
};

export type FixedRouteOptions = typeof defaults;

/**
 * One route per link (same order), from `ends[source]` to `ends[target]` (where each node's
 * edges end: its shape's centre), or null where the router gave none (a self-loop, a node it
 * does not know, or a failure: then the edge is drawn straight, as before).
 */
export async function fixedRoutes(
  boxes: readonly PlacedBox[],
  links: readonly FixedLink[],
  ends: Positions,
  options: FixedRouteOptions = defaults,
): Promise<(Point[] | null)[]> {
  const routes: (Point[] | null)[] = links.map(() => null);
  const known = new Set(boxes.map((box) => box.id));
  const wanted = links.flatMap((link, i) =>
    link.source !== link.target && known.has(link.source) && known.has(link.target) ? [i] : [],
  );
  if (wanted.length === 0) return routes;
  const graphviz = await loadGraphviz();
  const lines = [
    'graph G {',
    `graph [splines=${options.splines}, esep="+${options.esep}", sep="+${options.sep}"];`,
    'node [shape=box, fixedsize=true, label=""];',
  ];
  // Graphviz's y points up: positions go in mirrored and come back mirrored.
  for (const box of boxes) {
    lines.push(
      `${quote(box.id)} [width=${inches(box.width)}, height=${inches(box.height)}, pos="${box.x},${-box.y}!"];`,
    );
  }
  for (const i of wanted) {
    lines.push(`${quote(links[i]!.source)} -- ${quote(links[i]!.target)} [id="e${i}"];`);
  }
  lines.push('}');
  let out: RouterJson;
  try {
    // nop 2: `neato -n2`, the nodes stay where they are and only the edges are computed.
    out = JSON.parse(graphviz.layout(lines.join('\n'), 'json0' as 'json', 'neato', { nop: 2 }));
  } catch {
    return routes;
  }
  // Graphviz moves the whole drawing so that its bounding box starts at 0,0: undo that.
  const anchor = boxes[0]!;
  const placed = out.objects?.find((object) => object.name === anchor.id)?.pos;
  if (placed === undefined) return routes;
  const [px, py] = placed.split(',').map(Number) as [number, number];
  const dx = px - anchor.x;
  const dy = py + anchor.y;
  const back = (pos: string) =>
    pos.replace(
      /(-?[\d.]+(?:e-?\d+)?),(-?[\d.]+(?:e-?\d+)?)/g,
      (_, x: string, y: string) => `${Number(x) - dx},${dy - Number(y)}`,
    );
  const centre = new Map(boxes.map((box) => [box.id, { x: box.x, y: box.y }]));
  for (const edge of out.edges ?? []) {
    const index = Number(edge.id?.slice(1));
    const link = links[index];
    if (link === undefined || edge.pos === undefined) continue;
    const from = Object.hasOwn(ends, link.source) ? ends[link.source] : undefined;
    const to = Object.hasOwn(ends, link.target) ? ends[link.target] : undefined;
    if (from === undefined || to === undefined) continue;
    // The router's path runs between the boxes' centres, which decide which end is which; the
    // route runs from the ends the edges are drawn to.
    routes[index] = routeOf(back(edge.pos), from, to, options.routeTolerance, {
      from: centre.get(link.source)!,
      to: centre.get(link.target)!,
    });
  }
  return routes;
}

interface RouterJson {
  objects?: { name: string; pos?: string }[];
  edges?: { id?: string; pos?: string }[];
}
