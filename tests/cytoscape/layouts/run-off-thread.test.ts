// Layouts off the main thread: a worker that cannot run falls back to the page; an engine's
// own error does not (it would only fail again, blocking the page).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runOffThread } from '../../../src/lib/cytoscape/layouts/run-off-thread';
import type {
  WorkerReply,
  WorkerRequest,
} from '../../../src/lib/cytoscape/layouts/worker-protocol';

const request: WorkerRequest = { input: { nodes: [], edges: [] }, engine: 'layered' };
const onPage = { a: { x: 1, y: 2 } };

/** A stand-in worker that answers each message with `reply`, or fails to start. */
function fakeWorker(behaviour: WorkerReply | 'fails to start'): () => Worker {
  return () => {
    const worker = {
      onmessage: null as ((event: { data: WorkerReply }) => void) | null,
      onerror: null as ((event: { message: string }) => void) | null,
      terminated: false,
      terminate() {
        this.terminated = true;
      },
      postMessage() {
        queueMicrotask(() => {
          if (behaviour === 'fails to start') worker.onerror?.({ message: 'blocked by CSP' });
          else worker.onmessage?.({ data: behaviour });
        });
      },
    };
    return worker as unknown as Worker;
  };
}

describe('runOffThread', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('takes the worker’s positions when it answers', async () => {
    vi.stubGlobal('Worker', class {});
    const positions = { w: { x: 0, y: 0 } };
    const inProcess = vi.fn(async () => onPage);
    await expect(
      runOffThread(fakeWorker({ type: 'done', positions }), request, inProcess),
    ).resolves.toEqual(positions);
    expect(inProcess).not.toHaveBeenCalled();
  });

  it('lays out on the page, with a warning, when the worker cannot run', async () => {
    vi.stubGlobal('Worker', class {});
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await expect(
      runOffThread(fakeWorker('fails to start'), request, async () => onPage),
    ).resolves.toEqual(onPage);
    expect(String(warn.mock.calls[0]?.[0])).toContain('worker failed');
  });

  it('passes an engine’s error on instead of running it again on the page', async () => {
    vi.stubGlobal('Worker', class {});
    const inProcess = vi.fn(async () => onPage);
    await expect(
      runOffThread(fakeWorker({ type: 'error', message: 'no such engine' }), request, inProcess),
    ).rejects.toThrow('no such engine');
    expect(inProcess).not.toHaveBeenCalled();
  });

  it('runs in-process where there are no workers, and rejects once cancelled', async () => {
    expect(typeof Worker).toBe('undefined');
    await expect(
      runOffThread(fakeWorker('fails to start'), request, async () => onPage),
    ).resolves.toEqual(onPage);
    const controller = new AbortController();
    controller.abort();
    await expect(
      runOffThread(fakeWorker('fails to start'), request, async () => onPage, {
        signal: controller.signal,
      }),
    ).rejects.toMatchObject({ name: 'AbortError' });
  });
});
