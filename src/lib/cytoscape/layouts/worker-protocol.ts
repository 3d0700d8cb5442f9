/** Messages between the page and the layout workers, and the workers' side of them. */
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from './types';

/** What a layout worker runs: a lineage engine, or fcose for the Network layout. */
export type WorkerEngine = LineageEngine | 'fcose';

export interface WorkerRequest {
  input: LayoutInput;
  engine: WorkerEngine;
  nodeSep?: number;
  rankSep?: number;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number; phase: string }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };

type Engine = (
  input: LayoutInput,
  engine: WorkerEngine,
  options: { nodeSep?: number; rankSep?: number; onProgress: ProgressCallback },
) => Positions | Promise<Positions>;

/** Inside a worker: answers each request with progress messages and positions or an error. */
export function serveLayoutRequests(run: Engine): void {
  const post = (reply: WorkerReply) => self.postMessage(reply);
  self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
    const { input, engine, nodeSep, rankSep } = event.data;
    try {
      const spacing = Object.fromEntries(
        Object.entries({ nodeSep, rankSep }).filter(([, value]) => value !== undefined),
      );
      post({ type: 'progress', fraction: 0, phase: engine });
      const positions = await run(input, engine, {
        ...spacing,
        onProgress: (fraction, phase) => post({ type: 'progress', fraction, phase }),
      });
      post({ type: 'progress', fraction: 1, phase: 'done' });
      post({ type: 'done', positions });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
