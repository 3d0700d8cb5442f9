/**
 * The layout worker: one request in, progress messages and one answer out. The page creates a
 * worker per run and terminates it to cancel, so this file holds no state between runs.
 */
import { computeLayout } from './compute-layout';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

const post = (reply: WorkerReply) => self.postMessage(reply);

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
  const { input, engine, nodeSep, rankSep } = event.data;
  try {
    const positions = await computeLayout(input, engine, {
      nodeSep,
      rankSep,
      onProgress: (fraction, phase) => post({ type: 'progress', fraction, phase }),
    });
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
