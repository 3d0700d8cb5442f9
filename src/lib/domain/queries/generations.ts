/**
 * Breadth-first generations from one node: the walk behind ancestorsOf and descendantsOf. Each
 * node is reported once, at its nearest generation, and ids within a generation are sorted.
 */
import type { QueryIndex, WalkMasks } from './query-index';
import type { Generation } from './types';

/**
 * Generations reached from node `start`. `upward` follows edges source → target (towards
 * ancestors); otherwise target → source. Symmetric relations in `masks.against` go both ways.
 */
export function generationsFrom(
  index: QueryIndex,
  start: number,
  masks: WalkMasks,
  upward: boolean,
  depth: number,
): { node: number; generation: number }[] {
  const seen = new Uint8Array(index.ids.length);
  seen[start] = 1;
  const sides = upward
    ? [
        { adjacency: index.outgoing, mask: masks.along },
        { adjacency: index.incoming, mask: masks.against },
      ]
    : [
        { adjacency: index.incoming, mask: masks.along },
        { adjacency: index.outgoing, mask: masks.against },
      ];
  const found: { node: number; generation: number }[] = [];
  let frontier = [start];
  for (let generation = 1; generation <= depth && frontier.length > 0; generation++) {
    const next: number[] = [];
    for (const v of frontier) {
      for (const { adjacency, mask } of sides) {
        if (mask === 0) continue;
        const { offsets, neighbour, relation } = adjacency;
        for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
          const u = neighbour[i]!;
          if (seen[u] || !(mask & (1 << relation[i]!))) continue;
          seen[u] = 1;
          next.push(u);
        }
      }
    }
    next.sort((a, b) => index.rank[a]! - index.rank[b]!);
    for (const node of next) found.push({ node, generation });
    frontier = next;
  }
  return found;
}

export function toGenerations(
  index: QueryIndex,
  found: readonly { node: number; generation: number }[],
): Generation[] {
  return found.map(({ node, generation }) => ({ id: index.ids[node]!, generation }));
}

/** Checks a depth option: a non-negative integer or Infinity. */
export function checkDepth(caller: string, depth: number): void {
  if (depth !== Infinity && (!Number.isInteger(depth) || depth < 0)) {
    throw new RangeError(`${caller}: depth must be a non-negative integer, got ${depth}`);
  }
}
