/**
 * The network worker: fcose on a headless Cytoscape (positions.ts), so that the page
 * stays responsive while thousands of nodes are placed. Its own worker, because it carries
 * Cytoscape and fcose, which the lineage workers do not need.
 */
import { serveLayoutRequests } from '../worker-protocol';
import { networkPositions } from './positions';

serveLayoutRequests((input, engine, options) => {
  if (engine === 'fcose') return networkPositions(input, options.onProgress);
  throw new Error(`this worker runs fcose, not "${engine}"`);
});
