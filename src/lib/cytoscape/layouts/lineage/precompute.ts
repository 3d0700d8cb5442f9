/**
 * Computes the precomputed lineage of a graph (see precomputed.ts), in Node, as the explorer
 * draws it (lineage-drawing.ts: dot, or the layered engine above dot's size, with the boxes
 * node-box.ts estimates from the labels in one language), positions and routes rounded to 0.1 px.
 */
import type { Lang } from '../../../domain/lang';
import { edgeIdOf } from '../../../domain/graph-model';
import { layoutCacheKey, layoutCacheName } from '../layout-cache';
import type { EdgeRoutes, Positions } from '../types';
import { lineageDrawing } from './lineage-drawing';
import { layoutBox } from './node-box';
import type { LineageNode } from './positions';
import { lineageElementIds, type GraphLike, type PrecomputedLayout } from './precomputed';

/** The lineage of the whole graph, drawn as the explorer draws it with labels in `lang`. */
export async function precomputeLineage(
  graph: GraphLike,
  lang: Lang = 'en',
): Promise<PrecomputedLayout> {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes: LineageNode[] = graph.nodes.map((node) => {
    const d = degree.get(node.id) ?? 0;
    const box = layoutBox(node.kind, node.label[lang], d);
    const year = node.time?.start;
    return year === undefined
      ? { id: node.id, ...box, degree: d, kind: node.kind }
      : { id: node.id, ...box, degree: d, year, kind: node.kind };
  });
  const links = graph.edges.map(({ source, target, relation }) => ({ source, target, relation }));
  const drawing = await lineageDrawing(nodes, links);
  const round = (p: { x: number; y: number }) => ({
    x: Math.round(p.x * 10) / 10,
    y: Math.round(p.y * 10) / 10,
  });
  const positions: Positions = {};
  for (const node of nodes) positions[node.id] = round(drawing.positions[node.id]!);
  const routes: EdgeRoutes = {};
  graph.edges.forEach((edge, i) => {
    const route = drawing.routes[i];
    if (route) routes[edgeIdOf(edge)] = route.map(round);
  });
  return {
    graph: graph.meta.id,
    layout: 'lineage',
    engine: drawing.engine,
    lang,
    key: layoutCacheKey(graph.meta.id, layoutCacheName('lineage', lang), lineageElementIds(graph)),
    positions,
    routes,
  };
}
