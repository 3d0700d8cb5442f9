/** Drives the lineage layout (src/lib/cytoscape/layouts/lineage) in the browser for the bench; results go to `window.__workerBench`. */
import {
  chooseLineageEngine,
  layoutCacheKey,
  lineageInput,
  lineageLayout,
  runLayoutInWorker,
  LayoutCache,
} from '../src/lib/cytoscape/layouts/lineage/index';
import type { Edge, Node } from '../src/lib/domain/schema';

const longTasks: { start: number; duration: number }[] = [];
new PerformanceObserver((list) => {
  for (const entry of list.getEntries())
    longTasks.push({ start: entry.startTime, duration: entry.duration });
}).observe({ type: 'longtask', buffered: true });

const longestSince = (start: number) =>
  longTasks.filter((t) => t.start >= start).reduce((max, t) => Math.max(max, t.duration), 0);

/** Lets the long-task observer deliver what happened so far. */
const settle = () => new Promise((done) => setTimeout(done, 100));

const url = new URLSearchParams(location.search).get('graph') ?? '/__isms/bench/bundled.json';
const file = (await (await fetch(url)).json()) as { nodes: Node[]; edges: Edge[] };
const input = lineageInput(file);
const engine = chooseLineageEngine(input.nodes.length, input.edges.length);
const out: Record<string, number | string | boolean> = { engine, nodes: input.nodes.length };
try {
  await settle();
  let start = performance.now();
  let progress = 0;
  const positions = await runLayoutInWorker(input, { engine, onProgress: () => progress++ });
  out.worker_layout_ms = performance.now() - start;
  out.placed = input.nodes.filter((n) => Number.isFinite(positions[n.id]?.y)).length;
  out.downward = input.edges.filter((e) => positions[e.target]!.y > positions[e.source]!.y).length;
  out.progress_messages = progress;
  await settle();
  out.worker_longest_task_ms = longestSince(start);

  const controller = new AbortController();
  start = performance.now();
  const cancelled = runLayoutInWorker(input, { engine, signal: controller.signal });
  setTimeout(() => controller.abort(), 5);
  out.cancelled = await cancelled.then(
    () => false,
    (error: unknown) => error instanceof DOMException && error.name === 'AbortError',
  );
  out.cancel_ms = performance.now() - start;

  const cache = new LayoutCache();
  const key = layoutCacheKey('bench', `lineage/${engine}`, [
    ...input.nodes.map((n) => n.id),
    ...input.edges.map((e) => `${e.source}>${e.target}`),
  ]);
  const firstVisit = await lineageLayout(input, { cache, cacheKey: key, engine });
  start = performance.now();
  const secondVisit = await lineageLayout(input, { cache, cacheKey: key, engine });
  out.cache_hit_ms = performance.now() - start;
  out.cache_same = secondVisit === firstVisit;
} catch (error) {
  out.error = error instanceof Error ? error.message : String(error);
}
(window as unknown as { __workerBench: unknown }).__workerBench = out;
