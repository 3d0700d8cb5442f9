/**
 * The layered engine's graph: edges as node indices without duplicates or self-loops, stored
 * as compressed sparse rows (built once, read by every phase), and its weakly connected
 * components.
 */
import type { LayoutInput } from '../../types';

/** The graph as index arrays (compressed sparse rows), built once. */
export interface Csr {
  n: number;
  predStart: Int32Array;
  pred: Int32Array;
  /** The edge index of each entry of `pred`, to look up its weight. */
  predEdge: Int32Array;
  succStart: Int32Array;
  succ: Int32Array;
  succEdge: Int32Array;
}

/** Edge endpoints as indices with summed weights, without self-loops or unknown ids. */
export function uniqueEdges(
  input: LayoutInput,
  indexOf: Map<string, number>,
): { sources: number[]; targets: number[]; weights: number[] } {
  const slot = new Map<number, number>();
  const sources: number[] = [];
  const targets: number[] = [];
  const weights: number[] = [];
  const n = input.nodes.length;
  for (const edge of input.edges) {
    const s = indexOf.get(edge.source);
    const t = indexOf.get(edge.target);
    if (s === undefined || t === undefined || s === t) continue;
    const weight = edge.weight !== undefined && edge.weight > 0 ? edge.weight : 1;
    const key = s * n + t;
    const at = slot.get(key);
    if (at !== undefined) {
      weights[at]! += weight;
      continue;
    }
    slot.set(key, sources.length);
    sources.push(s);
    targets.push(t);
    weights.push(weight);
  }
  return { sources, targets, weights };
}

export function buildCsr(n: number, sources: ArrayLike<number>, targets: ArrayLike<number>): Csr {
  const m = sources.length;
  const predStart = new Int32Array(n + 1);
  const succStart = new Int32Array(n + 1);
  for (let e = 0; e < m; e++) {
    succStart[sources[e]! + 1]!++;
    predStart[targets[e]! + 1]!++;
  }
  for (let v = 0; v < n; v++) {
    succStart[v + 1]! += succStart[v]!;
    predStart[v + 1]! += predStart[v]!;
  }
  const succ = new Int32Array(m);
  const pred = new Int32Array(m);
  const succEdge = new Int32Array(m);
  const predEdge = new Int32Array(m);
  const succFill = succStart.slice(0, n);
  const predFill = predStart.slice(0, n);
  for (let e = 0; e < m; e++) {
    const a = succFill[sources[e]!]!++;
    succ[a] = targets[e]!;
    succEdge[a] = e;
    const b = predFill[targets[e]!]!++;
    pred[b] = sources[e]!;
    predEdge[b] = e;
  }
  return { n, predStart, pred, predEdge, succStart, succ, succEdge };
}

/** Weakly connected components, numbered by their first node in input order. */
export function components(graph: Csr): { componentOf: Int32Array; members: number[][] } {
  const { n } = graph;
  const componentOf = new Int32Array(n).fill(-1);
  const members: number[][] = [];
  const queue = new Int32Array(n);
  for (let root = 0; root < n; root++) {
    if (componentOf[root] !== -1) continue;
    const c = members.length;
    const nodes: number[] = [];
    let head = 0;
    let tail = 0;
    queue[tail++] = root;
    componentOf[root] = c;
    while (head < tail) {
      const v = queue[head++]!;
      nodes.push(v);
      const visit = (w: number) => {
        if (componentOf[w] === -1) {
          componentOf[w] = c;
          queue[tail++] = w;
        }
      };
      for (let i = graph.succStart[v]!; i < graph.succStart[v + 1]!; i++) visit(graph.succ[i]!);
      for (let i = graph.predStart[v]!; i < graph.predStart[v + 1]!; i++) visit(graph.pred[i]!);
    }
    members.push(nodes);
  }
  return { componentOf, members };
}
