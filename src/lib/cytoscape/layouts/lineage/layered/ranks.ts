/** Phase 2 of the layered engine: a rank for every node, roots at the top. */
import type { Csr } from './csr';

/** Kahn's algorithm; ties go to the lower index, so the order is stable. */
export function topologicalOrder(graph: Csr): Int32Array {
  const { n } = graph;
  const indegree = new Int32Array(n);
  for (let v = 0; v < n; v++) indegree[v] = graph.predStart[v + 1]! - graph.predStart[v]!;
  const order = new Int32Array(n);
  let head = 0;
  let tail = 0;
  for (let v = 0; v < n; v++) if (indegree[v] === 0) order[tail++] = v;
  while (head < tail) {
    const v = order[head++]!;
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
      const w = graph.succ[i]!;
      if (--indegree[w]! === 0) order[tail++] = w;
    }
  }
  return order;
}

/**
 * Longest path from the roots, then passes that move each node within its free interval
 * (below every predecessor, above every successor) towards the side with more edge weight:
 * the total weighted edge length can only drop, as network simplex would have it, at
 * O(V + E) a pass.
 */
export function rankNodes(
  graph: Csr,
  weights: Float64Array,
  topo: Int32Array,
  passes: number,
): Int32Array {
  const { n } = graph;
  const rank = new Int32Array(n);
  for (const v of topo) {
    let r = 0;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      r = Math.max(r, rank[graph.pred[i]!]! + 1);
    }
    rank[v] = r;
  }
  const move = (v: number) => {
    let inDegree = 0;
    let outDegree = 0;
    for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
      inDegree += weights[graph.predEdge[i]!]!;
    }
    for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
      outDegree += weights[graph.succEdge[i]!]!;
    }
    if (outDegree > inDegree) {
      let hi = Infinity;
      for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) {
        hi = Math.min(hi, rank[graph.succ[i]!]! - 1);
      }
      rank[v] = hi;
    } else if (inDegree > outDegree) {
      let lo = -Infinity;
      for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) {
        lo = Math.max(lo, rank[graph.pred[i]!]! + 1);
      }
      rank[v] = lo;
    }
  };
  for (let pass = 0; pass < passes; pass++) {
    for (let k = n - 1; k >= 0; k--) move(topo[k]!);
    for (let k = 0; k < n; k++) move(topo[k]!);
  }
  let min = Infinity;
  for (const r of rank) min = Math.min(min, r);
  for (let v = 0; v < n; v++) rank[v]! -= min;
  return rank;
}
