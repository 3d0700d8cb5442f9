/**
 * Shared types of the layouts: their names, and the engines' input and output. A layout engine
 * is a pure function from sized nodes and oriented edges to node centres; nothing here imports
 * Cytoscape, so the engines run headless in Node (CLI, tests, bench) and in workers. The
 * adapter measures the nodes, orients the edges and applies the positions with a `preset`
 * layout.
 */

/** The layouts a person can pick. */
export type LayoutName = 'lineage' | 'timeline' | 'network';

export const layoutNames: readonly LayoutName[] = ['lineage', 'timeline', 'network'];

/** One node to place: its id and the size of its box (label included), in model pixels. */
export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** Start year, if known. Used only to break ties in the initial order within a rank. */
  year?: number;
}

/**
 * What a layout engine lays out. For the lineage the edges are already oriented ancestor →
 * descendant: every edge should end up pointing downward. Edges naming an unknown node are
 * ignored; cycles are tolerated (the lightest edges of each cycle are laid out reversed).
 */
export interface LayoutInput {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
}

/** An edge from an earlier node to a later one. */
export interface LayoutEdge {
  source: string;
  target: string;
  /** How hard the edge pulls its ends together and keeps its direction; default 1. */
  weight?: number;
  /** Ranks the edge spans at least (default 1). Dagre honours it; the layered engine does not. */
  minLen?: number;
}

/** Node centres by id, in model coordinates (y grows downward). */
export type Positions = Record<string, { x: number; y: number }>;

/**
 * Edge routes by edge id: the points an edge is drawn through, from its source's centre to its
 * target's centre. An edge without one is drawn as the stylesheet says (straight or curved).
 */
export type EdgeRoutes = Record<string, { x: number; y: number }[]>;

/** A layout's answer: node centres, and the routes of the edges it routed (the lineage's). */
export interface Drawing {
  positions: Positions;
  routes: EdgeRoutes;
}

/**
 * The engines that lay out the lineage in the app. ELK, which the bench compares against, lives
 * with the bench (scripts/bench/elk-layout.ts): nothing a person runs uses it.
 */
export type LineageEngine = 'dagre' | 'layered';

export const lineageEngines: readonly LineageEngine[] = ['dagre', 'layered'];

/** Spacing shared by every lineage engine, so switching engine keeps the same look. */
export interface LineageSpacing {
  /** Horizontal gap between neighbours in a rank. */
  nodeSep: number;
  /** Vertical gap between ranks. */
  rankSep: number;
}

/** Called with a fraction in [0, 1] and the phase being worked on. */
export type ProgressCallback = (fraction: number, phase: string) => void;
