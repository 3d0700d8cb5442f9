/**
 * A layered (Sugiyama-style) layout of our own for large lineages, linear in nodes + edges per
 * sweep. It does what dagre does in outline, but each phase is the cheap variant, one module
 * each:
 *
 * 1. cycles.ts: cycles are broken by the greedy heuristic of Eades, Lin and Smyth, reversing
 *    the lightest edges;
 * 2. ranks.ts: ranks come from the longest path from the roots, then a few passes move each
 *    node to the end of its free interval that shortens its edges (a "network simplex lite": a
 *    founder sits just above what they founded, not at the top of the page);
 * 3. order.ts: the order within each rank starts from a depth-first walk and is improved by a
 *    bounded number of barycenter sweeps, keeping the order with the fewest crossings seen.
 *    There are no dummy nodes for long edges: Cytoscape draws edges straight, so a route
 *    reserved through the middle ranks would be thrown away, and dummies are what make dagre
 *    slow on deep graphs. A long edge pulls on both its ends directly instead;
 * 4. coordinates.ts: x comes from weighted isotonic regression per rank
 *    (pool-adjacent-violators): each node is pulled to the mean x of its neighbours while the
 *    order and the gaps hold;
 * 5. packing.ts: connected components are laid out apart and packed on shelves.
 *
 * Pure and deterministic: the same input (same order) gives the same positions. No Cytoscape
 * here, so the CLI, the bench and Node tests run it headless.
 */
import type { LayoutInput, LineageSpacing, Positions, ProgressCallback } from '../../types';
import { defaults as lineageDefaults } from '../defaults';
import { assignX } from './coordinates';
import { buildCsr, components, uniqueEdges } from './csr';
import { breakCycles } from './cycles';
import { orderComponent, sweep } from './order';
import { packShelves } from './packing';
import { rankNodes, topologicalOrder } from './ranks';

/** Options of the layered layout; every value has a default in `defaults`. */
export interface LayeredOptions extends LineageSpacing {
  /** Barycenter sweeps (one down or one up each) over the ranks when ordering. */
  sweeps: number;
  /** Rank-tightening passes after the longest-path ranking. */
  rankPasses: number;
  /** Passes of neighbour-pulling when assigning x. */
  xPasses: number;
  /** Gap between connected components packed side by side or on the next shelf. */
  componentSep: number;
  /** Called between phases and sweeps, e.g. to report progress from a worker. */
  onProgress?: ProgressCallback;
}

/** The lineage's layered values (../defaults.ts, where each is explained). */
export const defaults: LayeredOptions = {
  ...lineageDefaults.layered,
  rankSep: lineageDefaults.rankSep,
};

/** Lays out `input` in ranks, top to bottom, and returns node centres by id. */
export function layeredLayout(
  input: LayoutInput,
  options: Partial<LayeredOptions> = {},
): Positions {
  const opts: LayeredOptions = { ...defaults, ...options };
  const report = opts.onProgress ?? (() => {});
  const n = input.nodes.length;
  const positions: Positions = {};
  if (n === 0) return positions;
  const indexOf = new Map<string, number>();
  input.nodes.forEach((node, i) => {
    if (indexOf.has(node.id)) throw new Error(`layered: duplicate node id "${node.id}"`);
    indexOf.set(node.id, i);
  });
  const widths = Float64Array.from(input.nodes, (node) => positive(node.width));
  const heights = Float64Array.from(input.nodes, (node) => positive(node.height));
  const years = Float64Array.from(input.nodes, (node) => node.year ?? Number.POSITIVE_INFINITY);

  report(0, 'rank');
  const acyclic = breakCycles(n, uniqueEdges(input, indexOf));
  const graph = buildCsr(n, acyclic.sources, acyclic.targets);
  const topo = topologicalOrder(graph);
  const rank = rankNodes(graph, acyclic.weights, topo, opts.rankPasses);
  report(0.1, 'order');

  const { componentOf, members } = components(graph);
  const order = new Int32Array(n);
  const layersOfComponent = members.map((nodes) => orderComponent(graph, rank, years, nodes));
  let done = 0;
  const xs = new Float64Array(n);
  const componentBoxes: { minX: number; maxX: number; minY: number; maxY: number }[] = [];
  const rankCount = maxOf(rank) + 1;
  const rankHeight = new Float64Array(rankCount);
  for (let v = 0; v < n; v++) rankHeight[rank[v]!] = Math.max(rankHeight[rank[v]!]!, heights[v]!);
  const rankY = new Float64Array(rankCount);
  for (let r = 0; r < rankCount; r++) {
    rankY[r] =
      r === 0
        ? rankHeight[0]! / 2
        : rankY[r - 1]! + rankHeight[r - 1]! / 2 + opts.rankSep + rankHeight[r]! / 2;
  }
  for (const layers of layersOfComponent) {
    sweep(graph, layers, order, opts.sweeps);
    assignX(graph, layers, widths, xs, opts);
    let minX = Infinity;
    let maxX = -Infinity;
    let minY = Infinity;
    let maxY = -Infinity;
    for (const layer of layers) {
      for (const v of layer) {
        minX = Math.min(minX, xs[v]! - widths[v]! / 2);
        maxX = Math.max(maxX, xs[v]! + widths[v]! / 2);
        minY = Math.min(minY, rankY[rank[v]!]! - heights[v]! / 2);
        maxY = Math.max(maxY, rankY[rank[v]!]! + heights[v]! / 2);
      }
    }
    componentBoxes.push({ minX, maxX, minY, maxY });
    done += layers.reduce((sum, layer) => sum + layer.length, 0);
    report(0.1 + (0.85 * done) / n, 'order');
  }

  report(0.95, 'pack');
  const shift = packShelves(componentBoxes, members, opts.componentSep);
  input.nodes.forEach((node, v) => {
    const c = componentOf[v]!;
    const s = shift[c]!;
    positions[node.id] = { x: round2(xs[v]! + s.dx), y: round2(rankY[rank[v]!]! + s.dy) };
  });
  report(1, 'done');
  return positions;
}

function positive(size: number): number {
  return Number.isFinite(size) && size > 0 ? size : 1;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function maxOf(values: Int32Array): number {
  let max = 0;
  for (const value of values) if (value > max) max = value;
  return max;
}
