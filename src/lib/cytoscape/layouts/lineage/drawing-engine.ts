/**
 * Which engine draws a lineage of a given size, apart from the engines themselves so that the
 * page decides without loading Graphviz (which only the lineage worker imports). Measured in
 * Node on the 2-core reference machine (scripts/bench/drawing-compare.ts): dot draws the
 * bundled graph (249 nodes, 447 edges) in 0.2–0.4 s, but needs a minute or more for 200
 * synthetic nodes with 600 far-reaching edges, which the layered engine lays out in 0.1 s.
 */

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

/**
 * Whether dot draws these nodes backbone first (backbone-drawing.ts): their kinds are known
 * (as on the canvas and in the CLI; the bench's and tests' bare boxes have none). Here rather
 * than there, so that the page decides without loading Graphviz.
 */
export function hasBackbone(nodes: readonly { kind?: string }[]): boolean {
  return nodes.length > 0 && nodes.every((node) => node.kind !== undefined);
}
