/** Messages between the page and layout.worker.ts. */
import type { LayoutInput, LineageEngine, Positions } from './types';

export interface WorkerRequest {
  input: LayoutInput;
  engine: LineageEngine;
  nodeSep?: number;
  rankSep?: number;
}

export type WorkerReply =
  | { type: 'progress'; fraction: number; phase: string }
  | { type: 'done'; positions: Positions }
  | { type: 'error'; message: string };
