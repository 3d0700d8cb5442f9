/**
 * Finding loops in one relation's edges, for the rule that an acyclic relation (a lineage) may
 * not loop back on itself: strongly connected components (Tarjan), and one shortest concrete
 * cycle in each, to show the person which edges to fix.
 */
import type { Edge } from './schema';

/** An edge with its index in the file. */
export interface IndexedEdge {
  index: number;
  edge: Pick<Edge, 'source' | 'target'>;
}

/** One cycle (as its edges, in order) for each strongly connected component with a loop. */
export function findCycles(edges: IndexedEdge[]): IndexedEdge[][] {
  const ids = new Map<string, number>();
  const idOf = (name: string) => {
    let id = ids.get(name);
    if (id === undefined) ids.set(name, (id = ids.size));
    return id;
  };
  const out: { to: number; edge: IndexedEdge }[][] = [];
  for (const e of edges) {
    const s = idOf(e.edge.source);
    const t = idOf(e.edge.target);
    while (out.length < ids.size) out.push([]);
    out[s]!.push({ to: t, edge: e });
  }
  const components = stronglyConnectedComponents(ids.size, (v) => out[v]!.map((x) => x.to));
  const cycles: IndexedEdge[][] = [];
  for (const component of components) {
    if (component.length < 2) continue;
    const inComponent = new Set(component);
    // Breadth-first from the first member back to itself gives a shortest loop to show.
    const start = component[0]!;
    const via = new Map<number, { from: number; edge: IndexedEdge }>();
    const queue = [start];
    let closing: { from: number; edge: IndexedEdge } | undefined;
    for (let head = 0; head < queue.length && !closing; head++) {
      const v = queue[head]!;
      for (const { to, edge } of out[v]!) {
        if (!inComponent.has(to)) continue;
        if (to === start) {
          closing = { from: v, edge };
          break;
        }
        if (!via.has(to)) {
          via.set(to, { from: v, edge });
          queue.push(to);
        }
      }
    }
    if (!closing) continue;
    const cycle = [closing.edge];
    for (let v = closing.from; v !== start;) {
      const step = via.get(v)!;
      cycle.unshift(step.edge);
      v = step.from;
    }
    cycles.push(cycle);
  }
  return cycles;
}

/** Tarjan's algorithm, iterative so that a long lineage chain cannot overflow the stack. */
function stronglyConnectedComponents(size: number, next: (v: number) => number[]): number[][] {
  const index = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const onStack = new Uint8Array(size);
  const stack: number[] = [];
  const components: number[][] = [];
  let counter = 0;
  for (let root = 0; root < size; root++) {
    if (index[root] !== -1) continue;
    const work: { v: number; children: number[]; i: number }[] = [];
    const visit = (v: number) => {
      index[v] = low[v] = counter++;
      stack.push(v);
      onStack[v] = 1;
      work.push({ v, children: next(v), i: 0 });
    };
    visit(root);
    while (work.length) {
      const frame = work[work.length - 1]!;
      if (frame.i < frame.children.length) {
        const w = frame.children[frame.i++]!;
        if (index[w] === -1) visit(w);
        else if (onStack[w]) low[frame.v] = Math.min(low[frame.v]!, index[w]!);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent.v] = Math.min(low[parent.v]!, low[frame.v]!);
      if (low[frame.v] === index[frame.v]) {
        const component: number[] = [];
        let w: number;
        do {
          w = stack.pop()!;
          onStack[w] = 0;
          component.push(w);
        } while (w !== frame.v);
        components.push(component);
      }
    }
  }
  return components;
}
