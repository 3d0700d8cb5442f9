/**
 * Lineage positions for the bundled graph computed at build time, so the first render need
 * not wait for dagre: `scripts/bench/precompute-layouts.ts` writes
 * `precomputed/communism-lineage.json`, a test fails when it is stale, and the explorer seeds
 * the layout cache with it (`seedPrecomputedLayouts`). Boxes are estimated from the labels
 * (lineage-input.ts), so the positions match what the engine gives for those sizes.
 */
import { edgeIdOf } from '../domain/graph-model';
import type { Edge, Node } from '../domain/schema';
import { chooseLineageEngine } from './choose-engine';
import { dagreLayout } from './dagre-layout';
import { layeredLayout } from './layered';
import {
  defaults as explorerDefaults,
  explorerLineageInput,
  explorerLineagePositions,
  type LineageNode,
} from './explorer-lineage';
import { layoutCacheKey, layoutCache, type LayoutCache } from './layout-cache';
import { estimateLabelBox } from './lineage-input';
import type { LineageEngine, Positions } from './types';

export interface PrecomputedLayout {
  /** The graph's meta.id. */
  graph: string;
  layout: 'lineage';
  engine: LineageEngine;
  /** `layoutCacheKey(graph, 'lineage', lineageElementIds(graph))`. */
  key: string;
  positions: Positions;
}

type GraphLike = { meta: { id: string }; nodes: readonly Node[]; edges: readonly Edge[] };

/** The element ids a lineage of the whole graph lays out: node ids and edge ids (as Cytoscape's). */
export function lineageElementIds(graph: Pick<GraphLike, 'nodes' | 'edges'>): string[] {
  return [...graph.nodes.map((node) => node.id), ...graph.edges.map(edgeIdOf)];
}

/**
 * The lineage of the whole graph, laid out as the explorer would (explorer-lineage.ts, with
 * label boxes estimated instead of measured), rounded to 0.1 px.
 */
export function precomputeLineage(graph: GraphLike): PrecomputedLayout {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes: LineageNode[] = graph.nodes.map((node) => {
    const d = degree.get(node.id) ?? 0;
    const box = estimateLabelBox(node.kind, node.label.en, d);
    const year = node.time?.start;
    return year === undefined
      ? { id: node.id, ...box, degree: d }
      : { id: node.id, ...box, degree: d, year };
  });
  const engine = chooseLineageEngine(graph.nodes.length, graph.edges.length);
  const input = explorerLineageInput(engine, nodes, graph.edges);
  const raw =
    engine === 'dagre'
      ? dagreLayout(input, { nodeSep: explorerDefaults.nodeSep, rankSep: explorerDefaults.rankSep })
      : layeredLayout(input);
  const drawn = explorerLineagePositions(engine, raw, input);
  const positions: Positions = {};
  for (const node of input.nodes) {
    const p = drawn[node.id]!;
    positions[node.id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return {
    graph: graph.meta.id,
    layout: 'lineage',
    engine: engine === 'elk' ? 'layered' : engine,
    key: layoutCacheKey(graph.meta.id, 'lineage', lineageElementIds(graph)),
    positions,
  };
}

/** The bundled graph's precomputed lineage, loaded as its own chunk. */
export async function loadPrecomputedLayouts(): Promise<PrecomputedLayout[]> {
  const module = await import('./precomputed/communism-lineage.json');
  return [module.default as PrecomputedLayout];
}

/**
 * Puts the precomputed layouts into `cache` under their keys: a lineage of the whole bundled
 * graph then comes back at once from `lineageLayout(input, { cacheKey })` when its key (from
 * `layoutCacheKey(meta.id, 'lineage', lineageElementIds(graph))`) matches.
 */
export async function seedPrecomputedLayouts(cache: LayoutCache = layoutCache): Promise<void> {
  for (const layout of await loadPrecomputedLayouts()) cache.set(layout.key, layout.positions);
}
