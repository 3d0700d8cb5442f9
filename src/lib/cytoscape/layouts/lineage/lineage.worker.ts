/**
 * The lineage's worker, for Graphviz dot (its WebAssembly inlined in the bundle), the layered
 * and the dagre engines: one request in, progress messages
 * and one answer out. The page creates a worker per run and terminates it to cancel, so this
 * file holds no state between runs. The engines are imported statically: Vite bundles a worker
 * as one file.
 */
import { serveLayoutRequests } from '../worker-protocol';
import { backboneDrawing } from './backbone-drawing';
import { dagreLayout } from './dagre';
import type { LineageLink, LineageNode } from './positions';
import { dotDrawing } from './dot-engine';
import { layeredLayout } from './layered';

serveLayoutRequests(async (input, engine, options) => {
  if (engine === 'dot') {
    const { positions, routes } = await dotDrawing(input);
    return { routed: true, positions, routes };
  }
  if (engine === 'backbone') {
    // The backbone's request carries the lineage's own nodes and links (drawing-off-thread.ts).
    const nodes = input.nodes as LineageNode[];
    const links = input.edges as unknown as LineageLink[];
    const { positions, routes } = await backboneDrawing(nodes, links);
    return { routed: true, positions, routes };
  }
  if (engine === 'layered') return layeredLayout(input, options);
  if (engine === 'dagre') return dagreLayout(input, options);
  throw new Error(`this worker runs dot, layered and dagre, not "${engine}"`);
});
