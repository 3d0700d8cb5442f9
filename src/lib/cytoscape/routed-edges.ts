/**
 * Edges drawn along the routes their layout gave them (the lineage's dot routes around the
 * nodes): each route becomes Cytoscape `segments` geometry in the edge's data (`segW`,
 * `segD`, read by the stylesheet's `edge[segW]` rule), relative to the line between the two
 * node centres, so an edge keeps its shape while its nodes animate into place. Edges without a
 * route lose theirs and are drawn as the stylesheet says.
 */
import type { CollectionReturnValue } from 'cytoscape';
import { segmentsOf } from './layouts/lineage/edge-routes';
import type { EdgeRoutes, Positions } from './layouts/types';

/** Puts the routes of `routes` on the edges of `eles`, for the node centres `positions`. */
export function applyRoutes(
  eles: CollectionReturnValue,
  routes: EdgeRoutes,
  positions: Positions,
): void {
  eles.edges().forEach((edge) => {
    // Own properties only: a node may be called "constructor" (reserved ids, issue 14).
    const own = <T>(record: Record<string, T>, id: string) =>
      Object.hasOwn(record, id) ? record[id] : undefined;
    const route = own(routes, edge.id());
    const source = own(positions, edge.source().id());
    const target = own(positions, edge.target().id());
    const segments = route && source && target ? segmentsOf(route, source, target) : null;
    if (segments === null) {
      if (edge.data('segW') !== undefined) edge.removeData('segW segD');
      return;
    }
    const segW = segments.weights.join(' ');
    const segD = segments.distances.join(' ');
    if (edge.data('segW') !== segW || edge.data('segD') !== segD) edge.data({ segW, segD });
  });
}
