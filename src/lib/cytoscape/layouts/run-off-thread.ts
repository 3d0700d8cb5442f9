/**
 * Runs a layout in a Web Worker so the page stays responsive, for every layout that has a
 * worker (lineage/lineage.worker.ts, network/network.worker.ts): progress comes back as
 * messages and an AbortSignal cancels (the worker is terminated, the promise rejects with an
 * `AbortError`). Where there is no `Worker` (Node, tests), or the worker fails to run, the
 * layout runs in-process instead.
 */
import type { Positions, ProgressCallback } from './types';
import type { InputRoutes, WorkerReply, WorkerRequest } from './worker-protocol';

/** A worker's answer: positions, and routes where the engine routes edges (dot). */
export interface OffThreadAnswer {
  positions: Positions;
  routes?: InputRoutes;
}

/**
 * Positions from a worker made by `start`, or from `inProcess` where there are no workers (Node)
 * or the worker itself failed (`WorkerFailure`: it could not load under a strict CSP, say), so
 * that a layout never depends on workers being allowed. `signal` cancels either way.
 */
export async function runOffThread(
  start: () => Worker,
  request: WorkerRequest,
  inProcess: () => Promise<Positions>,
  options: { onProgress?: ProgressCallback; signal?: AbortSignal } = {},
): Promise<Positions> {
  const onPage = async () => ({ positions: await inProcess() });
  return (await runAnswerOffThread(start, request, onPage, options)).positions;
}

/** `runOffThread` for engines that route edges too: positions and routes. */
export async function runAnswerOffThread(
  start: () => Worker,
  request: WorkerRequest,
  inProcess: () => Promise<OffThreadAnswer>,
  options: { onProgress?: ProgressCallback; signal?: AbortSignal } = {},
): Promise<OffThreadAnswer> {
  const { signal } = options;
  const onPage = async () => {
    const positions = await inProcess();
    if (signal?.aborted) throw abortError();
    return positions;
  };
  if (signal?.aborted) throw abortError();
  if (typeof Worker === 'undefined') return onPage();
  try {
    return await runWorker(start, request, options);
  } catch (error) {
    if (signal?.aborted || !(error instanceof WorkerFailure)) throw error;
    console.warn('isms: layout worker failed, laying out on the page', error);
    return onPage();
  }
}

/**
 * Sends `request` to a worker made by `start` (one per run) and resolves with its positions,
 * passing progress on; `signal` terminates the worker and rejects with an `AbortError`.
 */
function runWorker(
  start: () => Worker,
  request: WorkerRequest,
  options: { onProgress?: ProgressCallback; signal?: AbortSignal } = {},
): Promise<OffThreadAnswer> {
  const { onProgress, signal } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  return new Promise<OffThreadAnswer>((resolve, reject) => {
    const worker = start();
    const finish = () => {
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      const reply = event.data;
      if (reply.type === 'progress') onProgress?.(reply.fraction, reply.phase);
      else if (reply.type === 'done') {
        finish();
        resolve(
          reply.routes
            ? { positions: reply.positions, routes: reply.routes }
            : { positions: reply.positions },
        );
      } else {
        finish();
        reject(new Error(`layout worker: ${reply.message}`));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new WorkerFailure(`layout worker: ${event.message || 'failed to start'}`));
    };
    worker.postMessage(request);
  });
}

/**
 * The worker itself failed (it could not load, under a strict CSP say, or crashed), as opposed
 * to its engine reporting an error: only then is the same layout worth trying on the page.
 */
class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** The error a cancelled layout rejects with. */
function abortError(): Error {
  return new DOMException('The layout was cancelled.', 'AbortError');
}
