/**
 * The conversation between the page and the import worker (import.worker.ts): the page sends a
 * file; the worker answers with each phase as it begins, then the result. The worker's side,
 * `answerImport`, is pure and runs the domain's `importGraph`, the same code as the CLI's, so a
 * file reads the same on the page, in the worker and on the command line.
 */
import { importGraph, type ImportPhase, type ImportResult } from '../domain/formats/index';
import type { Problem } from '../domain/problems';

/**
 * How long reading one file may take before the worker is stopped. A 60 MB JSON file reads in
 * about 5 s on the 2-core test machine; a file that takes six times that is one the explorer
 * could not draw either, and the person should not wait on it without end.
 */
export const IMPORT_TIME_LIMIT_MS = 30_000;

/**
 * Files up to this size are read on the page: a 2.5 MB graph (3,000 nodes) parses and checks in
 * about 150 ms on the 2-core test machine, a 4 MB one (5,000 nodes) in about 400 ms, less than
 * the page would wait for a worker to start, load its code and copy the bytes. The worker, its
 * progress and its Cancel are for the files that would otherwise freeze the page for seconds.
 * (Read in the worker, a 5,000-node graph's first layout met a 2 s main-thread task that read on
 * the page it does not: tests/e2e/layout-long-tasks.test.ts; not yet understood.)
 */
export const IMPORT_ON_PAGE_MAX_BYTES = 5 * 1024 * 1024;

export interface ImportRequest {
  type: 'import';
  name: string;
  bytes: Uint8Array;
}

export type ImportReply =
  | { type: 'phase'; phase: ImportPhase }
  | { type: 'done'; result: ImportResult }
  | { type: 'error'; message: string };

/** Reads the file `request` carries, posting each phase as it begins and then the result. */
export function answerImport(request: ImportRequest, post: (reply: ImportReply) => void): void {
  try {
    const result = importGraph(request.name, request.bytes, (phase) =>
      post({ type: 'phase', phase }),
    );
    post({ type: 'done', result });
  } catch (error) {
    // importGraph returns problems for bad input; what throws is the engine (out of memory, say).
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Whether `value` is a request this protocol knows (anything else posted to the worker is ignored). */
export function isImportRequest(value: unknown): value is ImportRequest {
  if (typeof value !== 'object' || value === null) return false;
  const request = value as Partial<ImportRequest>;
  return (
    request.type === 'import' &&
    typeof request.name === 'string' &&
    request.bytes instanceof Uint8Array
  );
}

/** The problem a file is reported with when reading it took longer than `limitMs`. */
export function timeLimitProblem(limitMs: number): Problem {
  return {
    code: 'timeout',
    path: '',
    message: `reading the file took longer than ${Math.round(limitMs / 1000)} s and was stopped`,
    hint: 'the graph shown is unchanged; check the file with `npm run cli -- validate FILE`, or split it into smaller files',
  };
}

/** The result a worker's `error` reply (the engine failed, not the file) stands for. */
export function workerErrorResult(message: string): ImportResult {
  return {
    ok: false,
    problems: [
      {
        code: 'import',
        path: '',
        message: `the file could not be read: ${message}`,
        hint: 'the file may be too large for this browser; try `npm run cli -- validate FILE`',
      },
    ],
  };
}
