/**
 * The k shortest simple paths between two nodes over chosen relations: breadth-first search for
 * the first, Yen's algorithm for the alternatives. Ties go to the path whose node ids come first
 * in code-unit order, so the same graph always gives the same answer whatever the file order.
 */
import type { GraphModel } from '../graph-model';
import { resolveNode } from '../resolve-name';
import type { RelationId } from '../relations';
import { queryIndexOf, walkMasks, type QueryIndex, type WalkMasks } from './query-index';
import { DEFAULT_VIA, type LineagePath } from './types';

export interface PathOptions {
  /** Relations to follow; default ['derived_from']. */
  via?: readonly RelationId[];
  /**
   * 'forward' follows edges source → target only ("maoism derived_from marxism-leninism" leads
   * from Maoism to Marxism–Leninism); 'any' may also walk an edge backwards. Symmetric relations
   * (opposed, allied_with) are walkable both ways in either mode. Default 'forward'.
   */
  direction?: 'forward' | 'any';
  /** How many paths at most, shortest first; default 1, at most MAX_PATHS. */
  k?: number;
}

/**
 * The most paths one call finds. Yen's algorithm costs about k shortest-path searches; past a
 * hundred paths (a minute on a 50,000-node graph at k = 1,000) the answer is no longer readable.
 */
export const MAX_PATHS = 100;

/** A path as node numbers and the steps between them. */
interface RawPath {
  nodes: number[];
  edges: number[];
  backward: boolean[];
}

/** What a walk may not use: the root of a Yen spur and the edges its siblings already took. */
interface Blocked {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** Edges a walk can take out of a node (forward) or into it (reverse), with their masks. */
function sides(index: QueryIndex, masks: WalkMasks, reverse: boolean) {
  return [
    { adjacency: reverse ? index.incoming : index.outgoing, mask: masks.along, backward: false },
    { adjacency: reverse ? index.outgoing : index.incoming, mask: masks.against, backward: true },
  ] as const;
}

/**
 * The shortest path from `source` to `target` whose node ids come first in code-unit order.
 * Three passes: breadth-first from the source until the target is reached (it explores the
 * source's side only, which for lineage questions is the smaller one); back from the target over
 * the steps that lie on some shortest path; then forward again taking the lowest-ranked of those.
 */
function shortestRawPath(
  index: QueryIndex,
  source: number,
  target: number,
  masks: WalkMasks,
  blocked: Blocked,
): RawPath | undefined {
  const path: RawPath = { nodes: [source], edges: [], backward: [] };
  if (source === target) return path;
  const count = index.ids.length;
  const distance = new Int32Array(count).fill(-1);
  const queue = new Int32Array(count);
  const forward = sides(index, masks, false);
  let head = 0;
  let tail = 0;
  distance[source] = 0;
  queue[tail++] = source;
  search: while (head < tail) {
    const u = queue[head++]!;
    for (const { adjacency, mask } of forward) {
      if (mask === 0) continue;
      const { offsets, neighbour, relation, edge } = adjacency;
      for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
        const v = neighbour[i]!;
        if (distance[v] !== -1 || !(mask & (1 << relation[i]!))) continue;
        if (blocked.nodes[v] || blocked.edges[edge[i]!]) continue;
        distance[v] = distance[u]! + 1;
        if (v === target) break search;
        queue[tail++] = v;
      }
    }
  }
  if (distance[target] === -1) return undefined;

  const onShortest = new Uint8Array(count);
  onShortest[target] = 1;
  const stack = [target];
  const reverse = sides(index, masks, true);
  while (stack.length > 0) {
    const v = stack.pop()!;
    for (const { adjacency, mask } of reverse) {
      if (mask === 0) continue;
      const { offsets, neighbour, relation, edge } = adjacency;
      for (let i = offsets[v]!, end = offsets[v + 1]!; i < end; i++) {
        const u = neighbour[i]!;
        if (onShortest[u] || distance[u] !== distance[v]! - 1) continue;
        if (!(mask & (1 << relation[i]!)) || blocked.edges[edge[i]!]) continue;
        onShortest[u] = 1;
        stack.push(u);
      }
    }
  }

  let u = source;
  while (u !== target) {
    let bestKey = Infinity;
    let best = -1;
    let bestEdge = -1;
    let bestBackward = false;
    for (const { adjacency, mask, backward } of forward) {
      const { offsets, neighbour, relation, edge } = adjacency;
      for (let i = offsets[u]!, end = offsets[u + 1]!; i < end; i++) {
        const v = neighbour[i]!;
        if (!onShortest[v] || distance[v] !== distance[u]! + 1) continue;
        if (!(mask & (1 << relation[i]!)) || blocked.edges[edge[i]!]) continue;
        // Rank first, then relation, then along before against: one number orders all three.
        const key = (index.rank[v]! * 64 + relation[i]!) * 2 + (backward ? 1 : 0);
        if (key < bestKey) {
          bestKey = key;
          best = v;
          bestEdge = edge[i]!;
          bestBackward = backward;
        }
      }
    }
    path.nodes.push(best);
    path.edges.push(bestEdge);
    path.backward.push(bestBackward);
    u = best;
  }
  return path;
}

function pathKey(path: RawPath): string {
  return path.edges.map((e, i) => `${e}${path.backward[i] ? '<' : '>'}`).join(' ');
}

/** Shorter first; then by node ranks, then by relation and direction of each step. */
function comparePaths(index: QueryIndex, a: RawPath, b: RawPath): number {
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.nodes.length; i++) {
    const d = index.rank[a.nodes[i]!]! - index.rank[b.nodes[i]!]!;
    if (d !== 0) return d;
  }
  const edges = index.model.edges;
  for (let i = 0; i < a.edges.length; i++) {
    const ra = edges[a.edges[i]!]!.relation;
    const rb = edges[b.edges[i]!]!.relation;
    if (ra !== rb) return ra < rb ? -1 : 1;
    if (a.backward[i] !== b.backward[i]) return a.backward[i] ? 1 : -1;
  }
  return 0;
}

function sameRoot(a: RawPath, b: RawPath, steps: number): boolean {
  if (b.edges.length < steps) return false;
  for (let i = 0; i < steps; i++) {
    if (a.edges[i] !== b.edges[i] || a.backward[i] !== b.backward[i]) return false;
  }
  return true;
}

/** Yen's algorithm: each next path leaves an earlier one at some node (the spur) and never returns. */
function yen(
  index: QueryIndex,
  first: RawPath,
  target: number,
  masks: WalkMasks,
  k: number,
): RawPath[] {
  const found = [first];
  const candidates: RawPath[] = [];
  const seen = new Set([pathKey(first)]);
  const blocked: Blocked = {
    nodes: new Uint8Array(index.ids.length),
    edges: new Uint8Array(index.model.edges.length),
  };
  while (found.length < k) {
    const previous = found[found.length - 1]!;
    for (let i = 0; i < previous.edges.length; i++) {
      const spur = previous.nodes[i]!;
      for (let r = 0; r < i; r++) blocked.nodes[previous.nodes[r]!] = 1;
      const cut: number[] = [];
      for (const path of found) {
        if (sameRoot(previous, path, i)) cut.push(path.edges[i]!);
      }
      for (const e of cut) blocked.edges[e] = 1;
      const tail = shortestRawPath(index, spur, target, masks, blocked);
      for (let r = 0; r < i; r++) blocked.nodes[previous.nodes[r]!] = 0;
      for (const e of cut) blocked.edges[e] = 0;
      if (!tail) continue;
      const path: RawPath = {
        nodes: [...previous.nodes.slice(0, i), ...tail.nodes],
        edges: [...previous.edges.slice(0, i), ...tail.edges],
        backward: [...previous.backward.slice(0, i), ...tail.backward],
      };
      const key = pathKey(path);
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    let best = 0;
    for (let c = 1; c < candidates.length; c++) {
      if (comparePaths(index, candidates[c]!, candidates[best]!) < 0) best = c;
    }
    found.push(candidates.splice(best, 1)[0]!);
  }
  return found;
}

function toLineagePath(index: QueryIndex, path: RawPath): LineagePath {
  const ids = path.nodes.map((n) => index.ids[n]!);
  return {
    nodes: ids,
    steps: path.edges.map((e, i) => {
      const edge = index.model.edges[e]!;
      return {
        from: ids[i]!,
        relation: edge.relation,
        to: ids[i + 1]!,
        direction: path.backward[i] ? 'backward' : 'forward',
        certainty: edge.certainty,
      };
    }),
  };
}

/**
 * Up to `k` shortest simple paths from `from` to `to` (ids, labels or aliases), shortest first;
 * an empty array when there is none. A path from a node to itself has no steps.
 * @throws UnknownNameError for a name that matches no node; UnknownRelationError for a bad `via`;
 *   RangeError when `k` is not a whole number from 1 to MAX_PATHS.
 */
export function shortestPaths(
  model: GraphModel,
  from: string,
  to: string,
  options: PathOptions = {},
): LineagePath[] {
  const { via = DEFAULT_VIA, direction = 'forward', k = 1 } = options;
  if (!Number.isInteger(k) || k < 1 || k > MAX_PATHS) {
    throw new RangeError(
      `shortestPaths: k must be a whole number from 1 to ${MAX_PATHS}, got ${k}`,
    );
  }
  const index = queryIndexOf(model);
  const masks = walkMasks(index, via, direction);
  const source = index.numberOf.get(resolveNode(model, from).id)!;
  const target = index.numberOf.get(resolveNode(model, to).id)!;
  const none: Blocked = { nodes: new Uint8Array(0), edges: new Uint8Array(0) };
  const first = shortestRawPath(index, source, target, masks, none);
  if (!first) return [];
  const paths = k === 1 ? [first] : yen(index, first, target, masks, k);
  return paths.map((path) => toLineagePath(index, path));
}
