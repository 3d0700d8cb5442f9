/**
 * The orchestration of layouts computed off the page (the lineage, and the Network of a large
 * graph): cache → worker → progress → cancel. `OffPageLayouts` reads what a layout needs off
 * the canvas, answers from the layout cache (seeded with the bundled graph's precomputed
 * lineage) or runs the engine `chooseLineageEngine` picks in its worker (from 60 nodes on),
 * reports progress while it runs, and cancels the run a newer one supersedes. The facade
 * (graph-view.ts) applies the positions; nothing here moves a node.
 */
import type { CollectionReturnValue } from 'cytoscape';
import { layoutCache, layoutCacheKey, layoutCacheName, routeCache } from './layout-cache';
import { lineageDrawingEngine } from './lineage/drawing-engine';
import { lineageDrawingOffThread } from './lineage/drawing-off-thread';
import { lineageItemsOf } from './lineage/items';
import { langOf } from './lineage/node-box';
import { networkLayoutOffPage } from './network/off-page';
import type { Drawing, Positions, ProgressCallback } from './types';
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
   * The drawing of `request.eles` (positions, and the lineage's edge routes), from the layout
   * cache, else from a worker, reporting progress; null when cancelled or superseded.
   */
  async drawingOf(request: OffPageRequest): Promise<Drawing | null> {
    const { eles, name, graphId } = request;
    const thai = eles.nodes().some((node) => langOf(String(node.data('label') ?? '')) === 'th');
    const key =
      graphId === null
        ? null
        : layoutCacheKey(
            graphId,
            layoutCacheName(name, thai ? 'th' : 'en'),
            eles.map((ele) => ele.id()),
          );
    const cached = key === null ? undefined : layoutCache.get(key);
    if (cached) return { positions: cached, routes: routeCache.get(key!) ?? {} };
    const nodes = eles.nodes().length;
    const engine = name === 'network' ? 'fcose' : lineageDrawingEngine(nodes, eles.edges().length);
    const controller = new AbortController();
    this.abort = controller;
    const report = (fraction: number, phase: string) => {
      if (controller.signal.aborted || !request.current()) return;
      this.progressOwner = controller;
      this.onProgress({ fraction, phase, engine, nodes });
    };
    report(0, 'start');
    try {
      const drawing =
        engine === 'fcose'
          ? { positions: await networkPositionsOf(eles, controller.signal, report), routes: {} }
          : await lineageDrawingOf(eles, controller.signal, report);
      if (controller.signal.aborted) return null;
      if (key !== null) {
        layoutCache.set(key, drawing.positions);
        routeCache.set(key, drawing.routes);
      }
      return drawing;
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

/**
 * The lineage of `eles` in the lineage worker: dot with its routes, or the layered engine
 * above dot's size. Boxes are estimated from the data (lineage/node-box.ts), as the CLI and the
 * precomputed lineage estimate them, so that every one of them draws the same lineage.
 */
async function lineageDrawingOf(
  eles: CollectionReturnValue,
  signal: AbortSignal,
  onProgress: ProgressCallback,
): Promise<Drawing> {
  // The opening view's larger ideology labels are made room for where dot draws the backbone;
  // the layered engine's large graphs label by rendered size alone (large-graph mode).
  const backbone = lineageDrawingEngine(eles.nodes().length, eles.edges().length) === 'dot';
  const found = lineageItemsOf(eles, backbone ? 'layout' : 'estimated');
  const drawing = await lineageDrawingOffThread(found.nodes, found.links, { signal, onProgress });
  const routes: Drawing['routes'] = {};
  eles.edges().forEach((edge, i) => {
    const route = drawing.routes[i];
    if (route) routes[edge.id()] = route;
  });
  return { positions: drawing.positions, routes };
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
