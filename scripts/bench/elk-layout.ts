/**
 * The lineage with ELK's layered algorithm (elkjs), in Node: the bench's yardstick for the
 * app's engines (src/lib/cytoscape/layouts/lineage). Nothing a person runs uses ELK (it was
 * never chosen: ~1 s at 200 nodes, ~10 s at 1,000), so it lives here and elkjs is a dev
 * dependency. Options favour speed over ELK's defaults: straight (polyline) edges, since
 * Cytoscape draws its own, and lower thoroughness; spacing is the lineage's.
 */
import ELK from 'elkjs/lib/elk.bundled.js';
import { defaults as lineageDefaults } from '../../src/lib/cytoscape/layouts/lineage/defaults';
import type { LayoutInput, LineageSpacing, Positions } from '../../src/lib/cytoscape/layouts/types';

export interface ElkOptions extends LineageSpacing {
  /** ELK's `elk.layered.thoroughness`: how hard crossing minimisation tries (default 7). */
  thoroughness: number;
}

/** Spaced as the layered engine draws (36 and 78, as before the lineage's defaults were one). */
export const defaults: ElkOptions = {
  nodeSep: lineageDefaults.layered.nodeSep,
  rankSep: lineageDefaults.rankSep,
  thoroughness: 3,
};

/** Node centres from ELK layered, top to bottom. Edges naming an unknown node are ignored. */
export async function elkLayout(
  input: LayoutInput,
  options: Partial<ElkOptions> = {},
): Promise<Positions> {
  const opts = { ...defaults, ...options };
  const ids = new Set(input.nodes.map((node) => node.id));
  const elk = new ELK();
  const result = await elk.layout({
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'DOWN',
      'elk.spacing.nodeNode': String(opts.nodeSep),
      'elk.layered.spacing.nodeNodeBetweenLayers': String(opts.rankSep),
      'elk.layered.thoroughness': String(opts.thoroughness),
      'elk.edgeRouting': 'POLYLINE',
      'elk.separateConnectedComponents': 'true',
    },
    children: input.nodes.map((node) => ({ id: node.id, width: node.width, height: node.height })),
    edges: input.edges
      .filter((edge) => edge.source !== edge.target && ids.has(edge.source) && ids.has(edge.target))
      .map((edge, i) => ({ id: `e${i}`, sources: [edge.source], targets: [edge.target] })),
  });
  const positions: Positions = {};
  for (const child of result.children ?? []) {
    positions[child.id] = {
      x: (child.x ?? 0) + (child.width ?? 0) / 2,
      y: (child.y ?? 0) + (child.height ?? 0) / 2,
    };
  }
  return positions;
}
