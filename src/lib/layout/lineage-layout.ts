/**
 * `lineageLayout`, the one call for the adapter, in a module of its own: the page imports it
 * without the engines, which load on demand (in the layout worker, or by `computeLayout`).
 */
import { chooseLineageEngine, WORKER_MIN_NODES } from './choose-engine';
import { computeLayout } from './compute-layout';
import { layoutCache, type LayoutCache } from './layout-cache';
import { runLayoutInWorker } from './run-in-worker';
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from './types';

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
