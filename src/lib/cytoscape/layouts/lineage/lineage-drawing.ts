/**
 * The Lineage drawing, pure compute: node centres and a route per edge. Graphviz `dot` draws
 * every lineage up to a size it finishes in well under the time budget (ranks on descent,
 * median/transpose ordering, splines around the nodes); above it our layered engine
 * (src/lib/layout/layered.ts) lays out in a fraction of the time, with straight edges.
 * Measured in Node on the 2-core reference machine (scripts/bench/drawing-compare.ts): dot
 * draws the bundled graph (249 nodes, 447 edges) in 0.2–0.4 s with no edge through another
 * node, but needs seconds to minutes for 200 synthetic nodes with 600 far-reaching edges,
 * where the layered engine needs 0.1 s, and 5,000 nodes in about 0.2 s.
 */
import type { LineageLink, LineageNode } from './positions';
import { layeredLayout } from './layered';
import type { Positions } from '../types';
import { dotDrawing } from './dot-engine';
import { lineageDrawingInput } from './drawing-input';
import type { Point } from './drawing-quality';

/** Which engine draws a lineage of a given size. */
export const defaults = {
  /** Largest lineage (nodes) drawn by dot. */
  dotMaxNodes: 400,
  /** Largest lineage (edges) drawn by dot: long edges are what slows its ordering. */
  dotMaxEdges: 800,
  /**
   * Most edges per node for dot: its ordering and routing grow with the chains of virtual
   * nodes long edges make, so a dense lineage (the synthetic graphs' three edges a node)
   * takes dot a minute at 200 nodes; the bundled graph has 1.8.
   */
  dotMaxEdgesPerNode: 2.2,
};

export type LineageDrawingEngine = 'dot' | 'layered';

/** The engine for a lineage of `nodes` nodes and `edges` edges. */
export function lineageDrawingEngine(
  nodes: number,
  edges: number,
  limits: typeof defaults = defaults,
): LineageDrawingEngine {
  const small = nodes <= limits.dotMaxNodes && edges <= limits.dotMaxEdges;
  return small && edges <= limits.dotMaxEdgesPerNode * Math.max(nodes, 1) ? 'dot' : 'layered';
}

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
  const { input, flipped } = lineageDrawingInput(nodes, links);
  if (engine === 'layered') {
    return { engine, positions: layeredLayout(input), routes: links.map(() => null) };
  }
  const drawn = await dotDrawing(input);
  const routes = drawn.routes.map((route, i) =>
    route === null ? null : flipped[i] ? [...route].reverse() : route,
  );
  return { engine, positions: drawn.positions, routes };
}
