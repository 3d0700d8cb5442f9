/**
 * Scalable lineage layouts, pure compute: the Cytoscape adapter measures its nodes, orients
 * the edges ancestor → descendant, calls `lineageLayout` (or the parts below) and applies the
 * positions with a `preset` layout. See choose-engine.ts for which engine runs when.
 */
import { chooseLineageEngine, WORKER_MIN_NODES } from './choose-engine';
import { computeLayout } from './compute-layout';
import { layoutCache, type LayoutCache } from './layout-cache';
import { runLayoutInWorker } from './run-in-worker';
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from './types';

export type {
  LayoutEdge,
  LayoutInput,
  LayoutNode,
  LineageEngine,
  LineageSpacing,
  Positions,
  ProgressCallback,
} from './types';
export { lineageEngines } from './types';
export {
  chooseLineageEngine,
  DAGRE_MAX_EDGES,
  DAGRE_MAX_NODES,
  WORKER_MIN_NODES,
} from './choose-engine';
export { layeredLayout, defaults as layeredDefaults, type LayeredOptions } from './layered';
export { computeLayout } from './compute-layout';
export { runLayoutInWorker, type WorkerRunOptions } from './run-in-worker';
export { layoutCacheKey, LayoutCache, layoutCache } from './layout-cache';
export {
  lineageElementIds,
  loadPrecomputedLayouts,
  precomputeLineage,
  seedPrecomputedLayouts,
  type PrecomputedLayout,
} from './precomputed';
export {
  estimateLabelBox,
  estimateNodeSize,
  lineageEdge,
  lineageInput,
  LINEAGE_CHRONOLOGY,
  LINEAGE_WEIGHTS,
} from './lineage-input';

export interface LineageLayoutOptions {
  /** Cache key from `layoutCacheKey`; a hit returns at once, a miss is stored. */
  cacheKey?: string;
  cache?: LayoutCache;
  /** Force an engine; by default `chooseLineageEngine` picks one by size. */
  engine?: LineageEngine;
  onProgress?: ProgressCallback;
  /** Cancels a run: the promise rejects with an `AbortError`. */
  signal?: AbortSignal;
  nodeSep?: number;
  rankSep?: number;
}

/**
 * The one call for the adapter: cached positions if any, else the engine chosen by size, in a
 * Web Worker from `WORKER_MIN_NODES` nodes up (in-process below that, and in Node).
 */
export async function lineageLayout(
  input: LayoutInput,
  options: LineageLayoutOptions = {},
): Promise<Positions> {
  const cache = options.cache ?? layoutCache;
  if (options.cacheKey !== undefined) {
    const hit = cache.get(options.cacheKey);
    if (hit !== undefined) return hit;
  }
  const engine = options.engine ?? chooseLineageEngine(input.nodes.length, input.edges.length);
  const run = {
    engine,
    onProgress: options.onProgress,
    nodeSep: options.nodeSep,
    rankSep: options.rankSep,
  };
  const positions =
    input.nodes.length >= WORKER_MIN_NODES
      ? await runLayoutInWorker(input, { ...run, signal: options.signal })
      : await computeLayout(input, engine, run);
  if (options.signal?.aborted) throw new DOMException('The layout was cancelled.', 'AbortError');
  if (options.cacheKey !== undefined) cache.set(options.cacheKey, positions);
  return positions;
}
