/**
 * Lineage layout time in Node for each engine and size: how the engine threshold is chosen.
 * Slow engines run once and only up to a size they finish in reasonable time; beyond it the
 * metric is null with the reason. Also a quality check: edges that do not point down, and
 * straight-line edge crossings (on graphs small enough to count them pairwise).
 */
import { computeLayout } from '../../src/lib/cytoscape/layouts/lineage/compute-layout';
import { lineageInput } from '../../src/lib/cytoscape/layouts/lineage/input';
import {
  lineageEngines,
  type LayoutInput,
  type LineageEngine,
  type Positions,
} from '../../src/lib/cytoscape/layouts/types';
import { elkLayout } from './elk-layout';
import type { GraphFile } from '../../src/lib/domain/schema';
import type { ResultsBuilder } from './results';
import { median, timeOnce } from './stats';

/** The engines the bench times: the app's lineage engines, and ELK to compare with. */
export type BenchEngine = LineageEngine | 'elk';

export const benchEngines: readonly BenchEngine[] = [...lineageEngines, 'elk'];

/** Positions of `input` by `engine`, each engine with its defaults (the app's, for its own). */
export function benchLayout(input: LayoutInput, engine: BenchEngine): Promise<Positions> {
  return engine === 'elk' ? elkLayout(input) : computeLayout(input, engine);
}

/** Largest graph (nodes) each engine is run on by default, and how many timed runs. */
export const ENGINE_LIMITS: Record<BenchEngine, { maxNodes: number; runs: number }> = {
  layered: { maxNodes: Infinity, runs: 5 },
  // dagre: ~1 s at 100 nodes / 300 edges, ~5–9 s at 200 / 600, minutes at 1,000 / 3,000
  dagre: { maxNodes: 250, runs: 1 },
  // ELK layered: ~1 s at 200 nodes, ~10 s at 1,000, tens of seconds at 5,000
  elk: { maxNodes: 1000, runs: 1 },
};

/** Pairs of edges (sharing no end) whose straight segments cross. O(E²): small graphs only. */
export function crossingCount(input: LayoutInput, positions: Positions): number {
  const segments = input.edges
    .filter((e) => positions[e.source] && positions[e.target])
    .map((e) => ({ s: e.source, t: e.target, a: positions[e.source]!, b: positions[e.target]! }));
  const turn = (
    p: { x: number; y: number },
    q: { x: number; y: number },
    r: { x: number; y: number },
  ) => (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x);
  let count = 0;
  for (let i = 0; i < segments.length; i++) {
    const e = segments[i]!;
    for (let j = i + 1; j < segments.length; j++) {
      const f = segments[j]!;
      if (e.s === f.s || e.s === f.t || e.t === f.s || e.t === f.t) continue;
      if (
        turn(e.a, e.b, f.a) * turn(e.a, e.b, f.b) < 0 &&
        turn(f.a, f.b, e.a) * turn(f.a, f.b, e.b) < 0
      )
        count++;
    }
  }
  return count;
}

/** Share of edges whose target is not below their source. */
export function upwardShare(input: LayoutInput, positions: Positions): number {
  let up = 0;
  for (const e of input.edges) if (positions[e.target]!.y <= positions[e.source]!.y) up++;
  return input.edges.length === 0 ? 0 : up / input.edges.length;
}

export interface LayoutBenchOptions {
  engines: readonly BenchEngine[];
  /** Run every engine at every size, whatever `ENGINE_LIMITS` says. */
  slow: boolean;
  /** Count crossings up to this many edges. */
  crossingsMaxEdges: number;
}

/** layout_node_<engine>_ms (+ quality) for one graph under `entry`. */
export async function measureLayouts(
  results: ResultsBuilder,
  entry: string,
  graph: GraphFile,
  options: LayoutBenchOptions,
  log: (line: string) => void,
): Promise<void> {
  const input = lineageInput(graph);
  for (const engine of options.engines) {
    const metric = `layout_node_${engine}_ms`;
    const limit = ENGINE_LIMITS[engine];
    if (!options.slow && input.nodes.length > limit.maxNodes) {
      results.set(
        entry,
        metric,
        null,
        `${engine} skipped above ${limit.maxNodes} nodes (too slow for the default run; --slow runs it)`,
      );
      continue;
    }
    const times: number[] = [];
    let positions: Positions = {};
    for (let run = 0; run < limit.runs; run++) {
      times.push(await timeOnce(async () => (positions = await benchLayout(input, engine))));
    }
    results.set(entry, metric, median(times));
    results.set(entry, `layout_node_${engine}_upward_pct`, 100 * upwardShare(input, positions));
    if (input.edges.length <= options.crossingsMaxEdges) {
      results.set(entry, `layout_node_${engine}_crossings`, crossingCount(input, positions));
    }
    log(`  ${entry}: ${engine} ${median(times).toFixed(0)} ms`);
  }
}
