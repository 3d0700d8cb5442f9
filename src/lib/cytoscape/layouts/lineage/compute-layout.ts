/**
 * One entry point for every lineage engine, for the worker and for Node (tests, bench). Each
 * engine is imported on first use, so the page loads neither until a lineage is computed on it.
 */
import type { LayoutInput, LineageEngine, Positions, ProgressCallback } from '../types';

export interface ComputeOptions {
  nodeSep?: number;
  rankSep?: number;
  onProgress?: ProgressCallback;
}

/** Positions of `input` laid out by `engine`. */
export async function computeLayout(
  input: LayoutInput,
  engine: LineageEngine,
  options: ComputeOptions = {},
): Promise<Positions> {
  const { onProgress, ...spacing } = options;
  const given = Object.fromEntries(
    Object.entries(spacing).filter(([, value]) => value !== undefined),
  ) as Partial<{ nodeSep: number; rankSep: number }>;
  onProgress?.(0, engine);
  let positions: Positions;
  switch (engine) {
    case 'layered': {
      const { layeredLayout } = await import('./layered');
      positions = layeredLayout(input, { ...given, ...(onProgress ? { onProgress } : {}) });
      break;
    }
    case 'dagre': {
      const { dagreLayout } = await import('./dagre');
      positions = dagreLayout(input, given);
      break;
    }
    default:
      throw new Error(`computeLayout: unknown engine "${String(engine)}"`);
  }
  onProgress?.(1, 'done');
  return positions;
}
