/**
 * The orchestration of layouts computed off the page (the lineage, and the Network of a large
 * graph): cache → worker → progress → cancel. `OffPageLayouts` reads what a layout needs off
 * the canvas, answers from the layout cache (seeded with the bundled graph's precomputed
 * lineage) or runs the engine `chooseLineageEngine` picks in its worker (from 60 nodes on),
 * reports progress while it runs, and cancels the run a newer one supersedes. The facade
 * (graph-view.ts) applies the positions; nothing here moves a node.
 */
import type { CollectionReturnValue } from 'cytoscape';
import { layoutCache, layoutCacheKey } from './layout-cache';
import { chooseLineageEngine } from './lineage/choose-engine';
import { lineageItemsOf } from './lineage/items';
import { lineageLayout } from './lineage/lineage-layout';
import { explorerLineageInput, explorerLineagePositions } from './lineage/positions';
import { networkLayoutOffPage } from './network/off-page';
import type { LineageEngine, Positions, ProgressCallback } from './types';
import type { WorkerEngine } from './worker-protocol';

/** A layout being computed in a worker: how far, by which engine, for how many nodes. */
export interface LayoutProgress {
  /** 0 to 1. */
  fraction: number;
  phase: string;
  engine: WorkerEngine;
  nodes: number;
}

/** One request for positions computed off the page. */
export interface OffPageRequest {
  /** The nodes and edges to lay out. */
  eles: CollectionReturnValue;
  name: 'lineage' | 'network';
  /** Identifies the graph in the layout cache; null: positions are not cached. */
  graphId: string | null;
  /** False once a newer run has superseded this one: its progress is no longer shown. */
  current(): boolean;
  /** Called before an engine measures the nodes' boxes (dagre), which need their styles. */
  beforeMeasure(): void;
}

/** Runs off-page layouts one at a time; a new run or `cancel` stops the one before. */
export class OffPageLayouts {
  private abort: AbortController | null = null;
  /** The run whose progress is on show. */
  private progressOwner: AbortController | null = null;

  /** `onProgress` hears each run's progress, and null when none is on show any more. */
  constructor(private readonly onProgress: (progress: LayoutProgress | null) => void) {}

  /** Whether a layout is being computed. */
  get running(): boolean {
    return this.abort !== null;
  }

  /** Stops the layout being computed, if any. True when there was one to stop. */
  cancel(): boolean {
    if (!this.abort) return false;
    this.abort.abort();
    return true;
  }

  /**
   * Positions of `request.eles`, from the layout cache, else from a worker, reporting
   * progress; null when cancelled or superseded.
   */
  async positionsOf(request: OffPageRequest): Promise<Positions | null> {
    const { eles, name, graphId } = request;
    const key =
      graphId === null
        ? null
        : layoutCacheKey(
            graphId,
            name,
            eles.map((ele) => ele.id()),
          );
    const cached = key === null ? undefined : layoutCache.get(key);
    if (cached) return cached;
    const nodes = eles.nodes().length;
    const engine = name === 'network' ? 'fcose' : chooseLineageEngine(nodes, eles.edges().length);
    // dagre measures the nodes' boxes; the other engines estimate them from the data
    if (engine === 'dagre') request.beforeMeasure();
    const controller = new AbortController();
    this.abort = controller;
    const report = (fraction: number, phase: string) => {
      if (controller.signal.aborted || !request.current()) return;
      this.progressOwner = controller;
      this.onProgress({ fraction, phase, engine, nodes });
    };
    report(0, 'start');
    try {
      const positions =
        engine === 'fcose'
          ? await networkPositionsOf(eles, controller.signal, report)
          : await lineagePositionsOf(eles, engine, controller.signal, report);
      if (controller.signal.aborted) return null;
      if (key !== null) layoutCache.set(key, positions);
      return positions;
    } catch (error) {
      if (controller.signal.aborted) return null;
      throw error;
    } finally {
      if (this.abort === controller) this.abort = null;
      if (this.progressOwner === controller) {
        this.progressOwner = null;
        this.onProgress(null);
      }
    }
  }
}

/** The lineage of `eles` by `engine` (in the lineage worker from `WORKER_MIN_NODES` up). */
async function lineagePositionsOf(
  eles: CollectionReturnValue,
  engine: LineageEngine,
  signal: AbortSignal,
  onProgress: ProgressCallback,
): Promise<Positions> {
  // Measuring thousands of labels would block the page for a second: large graphs estimate.
  const found = lineageItemsOf(eles, engine === 'dagre' ? 'measured' : 'estimated');
  const input = explorerLineageInput(engine, found.nodes, found.links);
  // each engine's own defaults are the explorer's (lineage/defaults.ts)
  const raw = await lineageLayout(input, { engine, signal, onProgress });
  return explorerLineagePositions(engine, raw, input);
}

/**
 * The Network layout of a large graph in the network worker: node boxes with estimated
 * labels, every shown edge.
 */
async function networkPositionsOf(
  eles: CollectionReturnValue,
  signal: AbortSignal,
  onProgress: ProgressCallback,
): Promise<Positions> {
  const found = lineageItemsOf(eles, 'estimated');
  const input = {
    nodes: found.nodes.map(({ id, width, height }) => ({ id, width, height })),
    edges: found.links.map(({ source, target }) => ({ source, target })),
  };
  return networkLayoutOffPage(input, { signal, onProgress });
}
