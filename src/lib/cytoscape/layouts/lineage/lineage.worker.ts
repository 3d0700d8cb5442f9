/**
 * The lineage's worker, for the layered and dagre engines: one request in, progress messages
 * and one answer out. The page creates a worker per run and terminates it to cancel, so this
 * file holds no state between runs. The engines are imported statically: Vite bundles a worker
 * as one file.
 */
import { serveLayoutRequests } from '../worker-protocol';
import { dagreLayout } from './dagre';
import { layeredLayout } from './layered';

serveLayoutRequests((input, engine, options) => {
  if (engine === 'layered') return layeredLayout(input, options);
  if (engine === 'dagre') return dagreLayout(input, options);
  throw new Error(`this worker runs layered and dagre, not "${engine}"`);
});
