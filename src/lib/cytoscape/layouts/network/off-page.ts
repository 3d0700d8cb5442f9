/**
 * The Network layout: force-directed (fcose), for seeing clusters rather than time. fcose is
 * loaded on first use, so the initial bundle stays small. Large graphs are laid out in the
 * network worker (network.worker.ts), in draft quality and spread apart (positions.ts).
 */
import cytoscape from 'cytoscape';
import { runOffThread } from '../run-off-thread';
import type { LayoutInput, Positions, ProgressCallback } from '../types';

let registration: Promise<void> | null = null;

/** Loads and registers fcose once; later calls reuse the same promise. */
export function ensureFcose(): Promise<void> {
  registration ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return registration;
}

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
    async () => (await import('./positions')).networkPositions(input, options.onProgress),
    options,
  );
}
