/**
 * The page's side of the lineage drawing: dot in the lineage worker (Graphviz is imported
 * there, or on the page only where workers fail), or the layered engine through
 * `lineageLayout` above dot's size. Routes come back per link, from its source centre to its
 * target centre, like `lineageDrawing` gives them in Node.
 */
import { runAnswerOffThread } from '../run-off-thread';
import type { ProgressCallback } from '../types';
import { hasBackbone, lineageDrawingEngine } from './drawing-engine';
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
  // a literal `new Worker(new URL(...))` call: the form Vite recognises and bundles
  const start = () =>
    new Worker(new URL('./lineage.worker.ts', import.meta.url), { type: 'module' });
  if (engine === 'dot' && hasBackbone(nodes)) {
    // The worker takes the nodes (kinds included) and the links as they are: the backbone
    // prepares its own input (backbone-drawing.ts).
    const request = {
      input: { nodes: [...nodes], edges: [...links] },
      engine: 'backbone' as const,
    };
    const answer = await runAnswerOffThread(
      start,
      request,
      async () => (await import('./backbone-drawing')).backboneDrawing(nodes, links),
      options,
    );
    return {
      engine,
      positions: answer.positions,
      routes: links.map((_, i) => answer.routes?.[i] ?? null),
    };
  }
  const { input, flipped } = lineageDrawingInput(nodes, links);
  if (engine === 'layered') {
    const positions = await lineageLayout(input, { engine: 'layered', ...options });
    return { engine, positions, routes: links.map(() => null) };
  }
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
