/**
 * Lineage positions for the bundled graph computed at build time, so the first render need
 * not wait for Graphviz: `scripts/bench/precompute-layouts.ts` writes
 * `precomputed/communism-lineage.json` (English labels) and `communism-lineage-th.json` (Thai
 * labels wrap into other boxes, so Thai has its own drawing), a test fails when either is
 * stale, and the explorer seeds the layout cache with the one of its language
 * (`seedPrecomputedLayouts`). They are computed by
 * precompute-lineage.ts, apart from this module so that the page loads no engine to seed them.
 */
import { edgeIdOf } from '../../../domain/graph-model';
import type { Lang } from '../../../domain/lang';
import type { Edge, Node } from '../../../domain/schema';
import { layoutCache, routeCache, type LayoutCache } from '../layout-cache';
import type { EdgeRoutes, LineageEngine, Positions } from '../types';

export interface PrecomputedLayout {
  /** The graph's meta.id. */
  graph: string;
  layout: 'lineage';
  engine: LineageEngine | 'dot';
  /** The language of the labels it made room for. */
  lang: Lang;
  /** `layoutCacheKey(graph, layoutCacheName('lineage', lang), lineageElementIds(graph))`. */
  key: string;
  positions: Positions;
  /** The routes dot drew, by edge id (edges drawn straight have none). */
  routes?: EdgeRoutes;
}

export type GraphLike = { meta: { id: string }; nodes: readonly Node[]; edges: readonly Edge[] };

/** The element ids a lineage of the whole graph lays out: node ids and edge ids (as Cytoscape's). */
export function lineageElementIds(graph: Pick<GraphLike, 'nodes' | 'edges'>): string[] {
  return [...graph.nodes.map((node) => node.id), ...graph.edges.map(edgeIdOf)];
}

/** The bundled graph's precomputed lineage in `lang`, loaded as its own chunk. */
export async function loadPrecomputedLayouts(lang: Lang = 'en'): Promise<PrecomputedLayout[]> {
  const module =
    lang === 'th'
      ? await import('./precomputed/communism-lineage-th.json')
      : await import('./precomputed/communism-lineage.json');
  return [module.default as PrecomputedLayout];
}

/**
 * Puts the precomputed layouts into `cache` under their keys: a lineage of the whole bundled
 * graph then comes back at once from `lineageLayout(input, { cacheKey })` when its key (from
 * `layoutCacheKey(meta.id, 'lineage', lineageElementIds(graph))`) matches.
 */
export async function seedPrecomputedLayouts(
  cache: LayoutCache = layoutCache,
  routes: LayoutCache<EdgeRoutes> = routeCache,
  lang: Lang = 'en',
): Promise<void> {
  for (const layout of await loadPrecomputedLayouts(lang)) {
    cache.set(layout.key, layout.positions);
    routes.set(layout.key, layout.routes ?? {});
  }
}
