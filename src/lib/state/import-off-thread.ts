/**
 * Reading an opened file off the page's main thread: the bytes go to the import worker
 * (import.worker.ts, through import-protocol.ts), its phases come back as they begin, an
 * AbortSignal cancels (the worker is terminated and the promise rejects with an `AbortError`),
 * and a time limit stops it with a located problem. Small files (IMPORT_ON_PAGE_MAX_BYTES), and
 * any file where there is no `Worker` (Node, jsdom) or the worker cannot start, are read by the
 * same domain code on the page instead.
 */
import type { ImportPhase, ImportResult } from '../domain/formats/index';
import {
  IMPORT_ON_PAGE_MAX_BYTES,
  IMPORT_TIME_LIMIT_MS,
  timeLimitProblem,
  workerErrorResult,
  type ImportReply,
  type ImportRequest,
} from './import-protocol';

export interface ImportOffThreadOptions {
  signal?: AbortSignal;
  onPhase?: (phase: ImportPhase) => void;
  /** Defaults to IMPORT_TIME_LIMIT_MS. */
  timeLimitMs?: number;
  /** Files up to this many bytes are read on the page. Defaults to IMPORT_ON_PAGE_MAX_BYTES. */
  onPageMaxBytes?: number;
}

/** Starts the import worker: a literal `new Worker(new URL(...))`, the form Vite bundles. */
export const startImportWorker = (): Worker =>
  new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });

/**
 * `name`'s graph read from `bytes` in a worker made by `start` (one per file). `bytes` stays
 * the caller's: the worker gets a copy (copying 60 MB takes a few milliseconds; the graph is
 * stored from the caller's bytes later).
 */
export async function importOffThread(
  name: string,
  bytes: Uint8Array,
  options: ImportOffThreadOptions = {},
  start: () => Worker = startImportWorker,
): Promise<ImportResult> {
  const { signal } = options;
  if (signal?.aborted) throw abortError();
  const onPage = async () => {
    const { importGraph } = await import('../domain/formats/index');
    const result = importGraph(name, bytes, options.onPhase);
    if (signal?.aborted) throw abortError();
    return result;
  };
  const onPageMax = options.onPageMaxBytes ?? IMPORT_ON_PAGE_MAX_BYTES;
  if (typeof Worker === 'undefined' || bytes.length <= onPageMax) return onPage();
  try {
    return await inWorker(start, name, bytes, options);
  } catch (error) {
    if (signal?.aborted || !(error instanceof WorkerFailure)) throw error;
    console.warn('isms: import worker failed, reading the file on the page', error);
    return onPage();
  }
}

function inWorker(
  start: () => Worker,
  name: string,
  bytes: Uint8Array,
  options: ImportOffThreadOptions,
): Promise<ImportResult> {
  const { signal, onPhase } = options;
  const limit = options.timeLimitMs ?? IMPORT_TIME_LIMIT_MS;
  return new Promise<ImportResult>((resolve, reject) => {
    const worker = start();
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
      signal?.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      finish();
      reject(abortError());
    };
    const timer = setTimeout(() => {
      finish();
      resolve({ ok: false, problems: [timeLimitProblem(limit)] });
    }, limit);
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      const reply = event.data;
      if (reply.type === 'phase') onPhase?.(reply.phase);
      else {
        finish();
        resolve(reply.type === 'done' ? reply.result : workerErrorResult(reply.message));
      }
    };
    worker.onerror = (event) => {
      finish();
      reject(new WorkerFailure(`import worker: ${event.message || 'failed to start'}`));
    };
    const copy = bytes.slice();
    const request: ImportRequest = { type: 'import', name, bytes: copy };
    worker.postMessage(request, [copy.buffer]);
  });
}

/** The worker itself failed (it could not load, say), as opposed to the file being refused. */
class WorkerFailure extends Error {
  override readonly name = 'WorkerFailure';
}

/** The error a cancelled read rejects with. */
function abortError(): Error {
  return new DOMException('Reading the file was cancelled.', 'AbortError');
}
