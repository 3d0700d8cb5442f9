/**
 * Common ancestors of several nodes, and the lowest of them: where their lineages meet, i.e.
 * where they diverged. A node counts as its own ancestor at generation 0, so that Leninism and
 * Marxism have Marxism in common.
 */
import type { GraphModel } from '../graph-model';
import { resolveNode } from '../resolve-name';
import { checkDepth, generationsFrom } from './generations';
import { queryIndexOf, walkMasks, type QueryIndex, type WalkMasks } from './query-index';
import { DEFAULT_VIA, type WalkOptions } from './types';

export interface CommonAncestor {
  id: string;
  /** Generations from each input id (0 when the ancestor is that input itself). */
  generations: Record<string, number>;
}

interface Shared {
  index: QueryIndex;
  masks: WalkMasks;
  common: { node: number; generations: Record<string, number>; furthest: number; total: number }[];
}

function shared(
  model: GraphModel,
  names: readonly string[],
  options: WalkOptions,
  caller: string,
): Shared {
  const { via = DEFAULT_VIA, depth = Infinity } = options;
  checkDepth(caller, depth);
  if (names.length === 0) throw new RangeError(`${caller}: needs at least one name`);
  const index = queryIndexOf(model);
  const masks = walkMasks(index, via, 'forward');
  const ids = [...new Set(names.map((name) => resolveNode(model, name).id))];
  // One generation array per input (-1: not an ancestor); candidates shrink input by input.
  const reached = ids.map((id) => {
    const start = index.numberOf.get(id)!;
    const generation = new Int32Array(index.ids.length).fill(-1);
    generation[start] = 0;
    for (const found of generationsFrom(index, start, masks, true, depth)) {
      generation[found.node] = found.generation;
    }
    return generation;
  });
  let candidates: number[] = [];
  reached[0]!.forEach((g, node) => {
    if (g >= 0) candidates.push(node);
  });
  for (const generation of reached.slice(1)) {
    candidates = candidates.filter((node) => generation[node]! >= 0);
  }
  const list = candidates.map((node) => {
    const generations: Record<string, number> = {};
    let furthest = 0;
    let total = 0;
    reached.forEach((generation, i) => {
      const g = generation[node]!;
      generations[ids[i]!] = g;
      furthest = Math.max(furthest, g);
      total += g;
    });
    return { node, generations, furthest, total };
  });
  // Nearest meeting points first: the furthest any input has to go, then the sum, then the id.
  list.sort(
    (a, b) =>
      a.furthest - b.furthest || a.total - b.total || index.rank[a.node]! - index.rank[b.node]!,
  );
  return { index, masks, common: list };
}

/** Common ancestors and the lowest of them in one walk; see the two functions below. */
export function commonAncestry(
  model: GraphModel,
  names: readonly string[],
  options: WalkOptions = {},
): { common: CommonAncestor[]; lowest: string[] } {
  const { index, masks, common } = shared(model, names, options, 'commonAncestry');
  return {
    common: common.map(({ node, generations }) => ({ id: index.ids[node]!, generations })),
    lowest: lowest(index, masks, common),
  };
}

/**
 * The nodes that every one of `names` descends from (or is), nearest first, each with its
 * generation from each input id.
 * @throws UnknownNameError, UnknownRelationError, RangeError for no names or a bad depth.
 */
export function commonAncestors(
  model: GraphModel,
  names: readonly string[],
  options: WalkOptions = {},
): CommonAncestor[] {
  const { index, common } = shared(model, names, options, 'commonAncestors');
  return common.map(({ node, generations }) => ({ id: index.ids[node]!, generations }));
}

/**
 * The common ancestors that no other common ancestor descends from: where the lineages of
 * `names` diverged. Order as in commonAncestors.
 * @throws as commonAncestors.
 */
export function lowestCommonAncestors(
  model: GraphModel,
  names: readonly string[],
  options: WalkOptions = {},
): string[] {
  const { index, masks, common } = shared(model, names, options, 'lowestCommonAncestors');
  return lowest(index, masks, common);
}

function lowest(index: QueryIndex, masks: WalkMasks, common: Shared['common']): string[] {
  const isCommon = new Uint8Array(index.ids.length);
  for (const { node } of common) isCommon[node] = 1;
  // Every node between a common ancestor and a common descendant of it is common too, so an
  // ancestor that has a common descendant has a common child: one step down is enough to look.
  const children = [
    { adjacency: index.incoming, mask: masks.along },
    { adjacency: index.outgoing, mask: masks.against },
  ];
  const hasCommonChild = (node: number) =>
    children.some(({ adjacency: { offsets, neighbour, relation }, mask }) => {
      for (let i = offsets[node]!, end = offsets[node + 1]!; i < end; i++) {
        if (isCommon[neighbour[i]!] && neighbour[i] !== node && mask & (1 << relation[i]!)) {
          return true;
        }
      }
      return false;
    });
  return common.filter(({ node }) => !hasCommonChild(node)).map(({ node }) => index.ids[node]!);
}
