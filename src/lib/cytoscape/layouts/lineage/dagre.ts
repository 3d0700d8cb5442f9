/**
 * The lineage with dagre itself (@dagrejs/dagre, the library cytoscape-dagre wraps), without
 * Cytoscape, so that the small-graph path runs in a Web Worker and in Node as well. Network
 * simplex ranking gives the tightest drawing; it is what the user chose for small graphs.
 */
import dagre from '@dagrejs/dagre';
import type { LayoutInput, LineageSpacing, Positions } from '../types';
import { defaults as lineageDefaults } from './defaults';

export interface DagreOptions extends LineageSpacing {
  /** Gap between edges routed side by side. */
  edgeSep: number;
  ranker: 'network-simplex' | 'tight-tree' | 'longest-path';
}

/** The lineage's dagre values (./defaults.ts, where each is explained). */
export const defaults: DagreOptions = {
  nodeSep: lineageDefaults.nodeSep,
  rankSep: lineageDefaults.rankSep,
  edgeSep: lineageDefaults.edgeSep,
  ranker: lineageDefaults.ranker,
};

/** Node centres from dagre, top to bottom. Edges naming an unknown node are ignored. */
export function dagreLayout(input: LayoutInput, options: Partial<DagreOptions> = {}): Positions {
  const opts = { ...defaults, ...options };
  // A multigraph, as cytoscape-dagre builds: two relations between the same pair both pull.
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({
    rankdir: 'TB',
    nodesep: opts.nodeSep,
    ranksep: opts.rankSep,
    edgesep: opts.edgeSep,
    ranker: opts.ranker,
  });
  graph.setDefaultEdgeLabel(() => ({}));
  // dagre keeps nodes in plain objects, so an id such as `constructor` finds Object's own
  // property and the layout throws: it gets each node by its index instead.
  const nameOf = new Map(input.nodes.map((node, i) => [node.id, `n${i}`]));
  input.nodes.forEach((node, i) =>
    graph.setNode(`n${i}`, { width: node.width, height: node.height }),
  );
  input.edges.forEach((edge, i) => {
    if (edge.source === edge.target) return;
    const source = nameOf.get(edge.source);
    const target = nameOf.get(edge.target);
    if (source !== undefined && target !== undefined) {
      const label = { weight: edge.weight ?? 1, minlen: edge.minLen ?? 1 };
      graph.setEdge(source, target, label, `e${i}`);
    }
  });
  dagre.layout(graph);
  const positions: Positions = {};
  input.nodes.forEach((node, i) => {
    const placed = graph.node(`n${i}`) as { x: number; y: number };
    positions[node.id] = { x: placed.x, y: placed.y };
  });
  return positions;
}
