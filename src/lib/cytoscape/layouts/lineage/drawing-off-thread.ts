/**
 * The page's side of the lineage drawing: dot in the lineage worker (Graphviz is imported
 * there, or on the page only where workers fail), or the layered engine through
 * `lineageLayout` above dot's size. Routes come back per link, from its source centre to its
 * target centre, like `lineageDrawing` gives them in Node.
 */
import { runAnswerOffThread } from '../run-off-thread';
import type { ProgressCallback } from '../types';
import { lineageDrawingEngine } from './drawing-engine';
import { lineageDrawingInput } from './drawing-input';
import type { LineageDrawing } from './lineage-drawing';
import { lineageLayout } from './lineage-layout';
import type { LineageLink, LineageNode } from './positions';

/** The lineage of `nodes` and `links` as drawn, computed off the page's main thread. */
export async function lineageDrawingOffThread(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  options: { signal?: AbortSignal; onProgress?: ProgressCallback } = {},
): Promise<LineageDrawing> {
  const engine = lineageDrawingEngine(nodes.length, links.length);
  const { input, flipped } = lineageDrawingInput(nodes, links);
  if (engine === 'layered') {
    const positions = await lineageLayout(input, { engine: 'layered', ...options });
    return { engine, positions, routes: links.map(() => null) };
  }
  // a literal `new Worker(new URL(...))` call: the form Vite recognises and bundles
  const start = () =>
    new Worker(new URL('./lineage.worker.ts', import.meta.url), { type: 'module' });
  const answer = await runAnswerOffThread(
    start,
    { input, engine: 'dot' },
    async () => (await import('./dot-engine')).dotDrawing(input),
    options,
  );
  const routes = links.map((_, i) => {
    const route = answer.routes?.[i] ?? null;
    return route === null ? null : flipped[i] ? [...route].reverse() : route;
  });
  return { engine, positions: answer.positions, routes };
}
