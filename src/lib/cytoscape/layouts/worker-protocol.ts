/** Messages between the page and the layout workers, and the workers' side of them. */
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from './types';

/** What a layout worker runs: a lineage engine (dot among them), or fcose for the Network. */
export type WorkerEngine = LineageEngine | 'dot' | 'backbone' | 'fcose';

/** One route per input edge (source centre → target centre), or null where it is straight. */
export type InputRoutes = ({ x: number; y: number }[] | null)[];

/** What an engine that also routes the edges (dot) answers, marked as such. */
export interface RoutedPositions {
  routed: true;
  positions: Positions;
  routes: InputRoutes;
}

export interface WorkerRequest {
  input: LayoutInput;
  engine: WorkerEngine;
  nodeSep?: number;
  rankSep?: number;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number; phase: string }
  | { type: 'done'; positions: Positions; routes?: InputRoutes }
  | { type: 'error'; message: string };

type Engine = (
  input: LayoutInput,
  engine: WorkerEngine,
  options: { nodeSep?: number; rankSep?: number; onProgress: ProgressCallback },
) => Positions | RoutedPositions | Promise<Positions | RoutedPositions>;

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
      const answer = await run(input, engine, {
        ...spacing,
        onProgress: (fraction, phase) => post({ type: 'progress', fraction, phase }),
      });
      post({ type: 'progress', fraction: 1, phase: 'done' });
      // `routed` is `true` only on a RoutedPositions: in Positions it would be a node's {x, y}.
      if ((answer as RoutedPositions).routed === true) {
        const { positions, routes } = answer as RoutedPositions;
        post({ type: 'done', positions, routes });
      } else post({ type: 'done', positions: answer as Positions });
    } catch (error) {
      post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  };
}
