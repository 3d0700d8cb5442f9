/**
 * `lineageLayout`, the one call for the adapter, and `runLayoutInWorker`, in a module of their
 * own: the page imports them without the engines, which load on demand (in the lineage worker,
 * or by `computeLayout`).
 */
import { layoutCache, type LayoutCache } from '../layout-cache';
import { runOffThread } from '../run-off-thread';
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from '../types';
import { chooseLineageEngine, WORKER_MIN_NODES } from './choose-engine';
import { computeLayout } from './compute-layout';

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

export interface WorkerRunOptions {
  engine: LineageEngine;
  onProgress?: ProgressCallback;
  signal?: AbortSignal;
  nodeSep?: number;
  rankSep?: number;
}

/** Positions of `input` by `engine`, computed off the main thread (lineage.worker.ts). */
export function runLayoutInWorker(
  input: LayoutInput,
  options: WorkerRunOptions,
): Promise<Positions> {
  const { engine, onProgress, signal, nodeSep, rankSep } = options;
  // a literal `new Worker(new URL(...))` call: the form Vite recognises and bundles
  const start = () =>
    new Worker(new URL('./lineage.worker.ts', import.meta.url), { type: 'module' });
  return runOffThread(
    start,
    { input, engine, nodeSep, rankSep },
    () => computeLayout(input, engine, { nodeSep, rankSep, onProgress }),
    { onProgress, signal },
  );
}
