/**
 * The layout worker for the layered and dagre engines: one request in, progress messages and
 * one answer out. The page creates a worker per run and terminates it to cancel, so this file
 * holds no state between runs. The engines are imported statically: Vite bundles a worker as
 * one file, and ELK (1.4 MB) lives in its own worker (elk.worker.ts) so this one stays small.
 */
import { dagreLayout } from './dagre-layout';
import { layeredLayout } from './layered';
import { serveLayoutRequests } from './worker-protocol';

serveLayoutRequests((input, engine, options) => {
  if (engine === 'layered') return layeredLayout(input, options);
  if (engine === 'dagre') return dagreLayout(input, options);
  throw new Error(`this worker runs layered and dagre, not "${engine}"`);
});
