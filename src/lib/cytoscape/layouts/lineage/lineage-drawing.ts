/**
 * The Lineage drawing, pure compute: node centres and a route per edge. Graphviz `dot` draws
 * every lineage up to a size it finishes in well under the time budget (ranks on descent,
 * median/transpose ordering, splines around the nodes); above it our layered engine
 * (layered/) lays out in a fraction of the time, with straight edges.
 * With ideologies among the nodes, dot draws them as the backbone and the rest stand beside
 * their ideology (backbone-drawing.ts), so the opening view reads as a family tree.
 * Measured in Node on the 2-core reference machine (scripts/bench/drawing-compare.ts): dot
 * draws the bundled graph (249 nodes, 447 edges) in 0.2–0.4 s with no edge through another
 * node, but needs seconds to minutes for 200 synthetic nodes with 600 far-reaching edges,
 * where the layered engine needs 0.1 s, and 5,000 nodes in about 0.2 s.
 */
import type { LineageLink, LineageNode } from './positions';
import { layeredLayout } from './layered';
import type { Positions } from '../types';
import { backboneDrawing } from './backbone-drawing';
import { dotDrawing } from './dot-engine';
import { descentFirst, lineageDrawingInput } from './drawing-input';
import type { Point } from './drawing-quality';
import { hasBackbone, lineageDrawingEngine, type LineageDrawingEngine } from './drawing-engine';

export { defaults, lineageDrawingEngine, type LineageDrawingEngine } from './drawing-engine';

export interface LineageDrawing {
  engine: LineageDrawingEngine;
  positions: Positions;
  /**
   * Per link (same order), its route from the link's source centre to its target centre, or
   * null where the edge is drawn straight.
   */
  routes: (Point[] | null)[];
}

/** The lineage of `nodes` and `links` as drawn: centres and routes. */
export async function lineageDrawing(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  engine: LineageDrawingEngine = lineageDrawingEngine(nodes.length, links.length),
): Promise<LineageDrawing> {
  if (engine === 'dot' && hasBackbone(nodes)) {
    return { engine, ...(await backboneDrawing(nodes, links)) };
  }
  const { input, flipped } = lineageDrawingInput(nodes, links);
  if (engine === 'layered') {
    return { engine, positions: layeredLayout(input), routes: links.map(() => null) };
  }
  const drawn = await dotDrawing(descentFirst(input, links));
  const routes = drawn.routes.map((route, i) =>
    route === null ? null : flipped[i] ? [...route].reverse() : route,
  );
  return { engine, positions: drawn.positions, routes };
}
