/**
 * Phase 3 of the layered engine: the order of the nodes within each rank, from a depth-first
 * walk improved by barycenter sweeps, keeping the order with the fewest crossings seen.
 */
import type { Csr } from './csr';

/**
 * The initial order of one component: a depth-first walk from its roots (earliest year
 * first) appends each node to its rank, so a family line starts out together, as in dagre.
 */
export function orderComponent(
  graph: Csr,
  rank: Int32Array,
  years: Float64Array,
  nodes: number[],
): number[][] {
  let top = 0;
  for (const v of nodes) top = Math.max(top, rank[v]!);
  const layers: number[][] = Array.from({ length: top + 1 }, () => []);
  const sorted = [...nodes].sort((a, b) => rank[a]! - rank[b]! || years[a]! - years[b]! || a - b);
  const seen = new Set<number>();
  const stack: number[] = [];
  for (const root of sorted) {
    if (seen.has(root)) continue;
    stack.push(root);
    while (stack.length > 0) {
      const v = stack.pop()!;
      if (seen.has(v)) continue;
      seen.add(v);
      layers[rank[v]!]!.push(v);
      // push in reverse so the first successor is walked first
      for (let i = graph.succStart[v + 1]! - 1; i >= graph.succStart[v]!; i--) {
        const w = graph.succ[i]!;
        if (!seen.has(w)) stack.push(w);
      }
    }
  }
  return layers.filter((layer) => layer.length > 0);
}

/**
 * Barycenter sweeps, alternately down (order by the mean place of predecessors) and up (of
 * successors). Places are fractions of the rank's width, so ranks of different sizes compare.
 * A node with no neighbour on the side being looked at keeps its place. After each sweep the
 * crossings between neighbouring ranks are counted, and the best order seen is kept.
 */
export function sweep(graph: Csr, layers: number[][], place: Int32Array, sweeps: number): void {
  const size = new Map<number, number>();
  const layerOf = new Map<number, number>();
  const key = new Map<number, number>();
  layers.forEach((layer, l) => {
    layer.forEach((v, i) => {
      place[v] = i;
      size.set(v, layer.length);
      layerOf.set(v, l);
    });
  });
  const fraction = (v: number) => (place[v]! + 0.5) / size.get(v)!;
  let best = crossings(graph, layers, place, layerOf);
  let bestOrder = layers.map((layer) => [...layer]);
  for (let s = 0; s < sweeps && best > 0; s++) {
    const down = s % 2 === 0;
    const [start, step] = down ? [graph.predStart, graph.pred] : [graph.succStart, graph.succ];
    const range = down ? layers.slice(1) : layers.slice(0, -1).reverse();
    for (const layer of range) {
      for (const v of layer) {
        let sum = 0;
        let count = 0;
        for (let i = start[v]!; i < start[v + 1]!; i++) {
          sum += fraction(step[i]!);
          count++;
        }
        key.set(v, count > 0 ? sum / count : fraction(v));
      }
      layer.sort((a, b) => key.get(a)! - key.get(b)! || place[a]! - place[b]!);
      layer.forEach((v, i) => (place[v] = i));
    }
    const count = crossings(graph, layers, place, layerOf);
    if (count < best) {
      best = count;
      bestOrder = layers.map((layer) => [...layer]);
    }
  }
  bestOrder.forEach((order, l) => {
    const layer = layers[l]!;
    order.forEach((v, i) => {
      layer[i] = v;
      place[v] = i;
    });
  });
}

/**
 * Crossings among edges joining neighbouring ranks (an edge that skips ranks is left out: it
 * has no dummy nodes to count with), by counting inversions with a Fenwick tree:
 * O(E log V).
 */
function crossings(
  graph: Csr,
  layers: number[][],
  place: Int32Array,
  layerOf: Map<number, number>,
): number {
  let total = 0;
  const pairs: number[] = [];
  for (let l = 0; l + 1 < layers.length; l++) {
    const upper = layers[l]!;
    const lowerSize = layers[l + 1]!.length;
    pairs.length = 0;
    // upper nodes in order, each with its lower ends in order: the lower places as one sequence
    for (const u of upper) {
      const ends: number[] = [];
      for (let i = graph.succStart[u]!; i < graph.succStart[u + 1]!; i++) {
        const w = graph.succ[i]!;
        if (layerOf.get(w) === l + 1) ends.push(place[w]!);
      }
      ends.sort((a, b) => a - b);
      for (const end of ends) pairs.push(end);
    }
    const tree = new Int32Array(lowerSize + 1);
    for (let k = 0; k < pairs.length; k++) {
      // how many earlier ends lie strictly to the right of this one
      let seen = 0;
      for (let i = pairs[k]! + 1; i > 0; i -= i & -i) seen += tree[i]!;
      total += k - seen;
      for (let i = pairs[k]! + 1; i <= lowerSize; i += i & -i) tree[i]!++;
    }
  }
  return total;
}
