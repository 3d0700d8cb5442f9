/**
 * The Network layout: force-directed (fcose), for seeing clusters rather than time. fcose is
 * loaded on first use, so the initial bundle stays small. Large graphs are laid out in the
 * network worker (network.worker.ts), in draft quality and spread apart.
 */
import cytoscape from 'cytoscape';
import { runOffThread } from '../../layout/run-in-worker';
import type { LayoutInput, Positions, ProgressCallback } from '../../layout/types';

/** fcose options; the quality/speed trade-off suits graphs of a few hundred nodes. */
export const defaults = {
  name: 'fcose',
  /** 'default' balances speed and quality; 'proof' is slower and only slightly better. */
  quality: 'default',
  /** Start from random positions so the result does not depend on the previous layout. */
  randomize: true,
  /** Ideal edge length in model pixels: long enough for a label between two nodes. */
  idealEdgeLength: 110,
  /** Node repulsion; higher spreads clusters apart. */
  nodeRepulsion: 9000,
  /** Gravity pulls disconnected components towards the centre. */
  gravity: 0.35,
  nodeSeparation: 90,
  /** Count labels in node size, so labels do not overlap. */
  nodeDimensionsIncludeLabels: true,
  /** Same result on every run for the same graph. */
  packComponents: true,
  numIter: 2500,
};

/**
 * Above this many nodes fcose runs in draft quality (its spectral placement, without the force
 * iterations): measured headless on synthetic lineage graphs, 'default' took 8 s for 1,000
 * nodes and over a minute for 5,000; 'draft' 0.6 s and 2.1 s. These run in the network worker,
 * on boxes whose label room is estimated, and are then spread apart (network-positions.ts).
 */
export const NETWORK_DRAFT_ABOVE = 400;

/** The fcose options for a graph of `nodes` nodes. */
export function networkOptionsFor(nodes: number): typeof defaults {
  if (nodes <= NETWORK_DRAFT_ABOVE) return defaults;
  return { ...defaults, quality: 'draft', nodeDimensionsIncludeLabels: false };
}

let registration: Promise<void> | null = null;

/** Loads and registers fcose once; later calls reuse the same promise. */
export function ensureFcose(): Promise<void> {
  registration ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return registration;
}

/**
 * Above this many nodes the Network layout is computed in the network worker, in draft quality
 * and spread apart (network-positions.ts), then applied like the lineage; up to it, fcose runs
 * on the page at its default quality, animated.
 */
export const NETWORK_WORKER_ABOVE = NETWORK_DRAFT_ABOVE;

/**
 * Positions of `input` by fcose in the network worker (in-process where there are no workers,
 * or the worker fails). `signal` cancels: the worker is terminated and the promise rejects with
 * an `AbortError`.
 */
export function networkLayoutOffPage(
  input: LayoutInput,
  options: { onProgress?: ProgressCallback; signal?: AbortSignal } = {},
): Promise<Positions> {
  return runOffThread(
    () => new Worker(new URL('./network.worker.ts', import.meta.url), { type: 'module' }),
    { input, engine: 'fcose' },
    async () => (await import('./network-positions')).networkPositions(input, options.onProgress),
    options,
  );
}
