/**
 * What the lineage drawing engines lay out, from the nodes and edges on the canvas: padded
 * boxes, and every edge oriented earlier → later (`lineageEdge`), one per link and in the same
 * order, so a route comes back for each drawn edge. The descent relations (derived_from,
 * split_from) are the backbone that decides the ranks; other relations with a direction in
 * time also rank, while those without one (opposed, part_of, …) are routed but do not move
 * a node up or down unless the node has nothing else to hold it.
 */
import { DESCENT_RELATIONS, type RelationId } from '../../../domain/relations';
import type { LineageLink, LineageNode } from './positions';
import { LINEAGE_CHRONOLOGY, LINEAGE_WEIGHTS, lineageEdge } from './input';
import type { DotEdge, DotInput } from './dot-engine';

/** How the boxes and edges are prepared; each value is the one that read best. */
export const defaults = {
  /** Space kept around each box (px), so labels of neighbours do not touch. */
  labelPadding: 6,
  /**
   * Years per rank: a dated edge spans at least (years apart / yearsPerRank) ranks, so the
   * lineage also reads roughly as time.
   */
  yearsPerRank: 40,
  /** Most ranks one edge may be stretched over by its years. */
  maxRankSpan: 3,
  /** How hard a descent edge pulls (other relations: LINEAGE_WEIGHTS, else 1). */
  descentWeight: 8,
};

export type DrawingInputOptions = typeof defaults;

/** The input and, per link, whether its edge runs against the link (target above source). */
export interface LineageDrawingInput {
  input: DotInput;
  flipped: boolean[];
}

const DESCENT = new Set<RelationId>(DESCENT_RELATIONS);

/** The engines' input for `nodes` and `links` (edges index-aligned with `links`). */
export function lineageDrawingInput(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  options: DrawingInputOptions = defaults,
): LineageDrawingInput {
  const yearOf = new Map<string, number | undefined>();
  const layoutNodes = nodes.map((node) => {
    yearOf.set(node.id, node.year);
    const width = Number.isFinite(node.width) && node.width > 0 ? node.width : 40;
    const height = Number.isFinite(node.height) && node.height > 0 ? node.height : 40;
    const box = {
      id: node.id,
      width: width + options.labelPadding,
      height: height + options.labelPadding,
    };
    return node.year === undefined ? box : { ...box, year: node.year };
  });
  const anchored = new Set<string>();
  for (const link of links) {
    if ((LINEAGE_CHRONOLOGY[link.relation] ?? 'years') !== 'years') {
      anchored.add(link.source);
      anchored.add(link.target);
    }
  }
  const flipped: boolean[] = [];
  const edges: DotEdge[] = links.map((link) => {
    const edge = lineageEdge(link, (id) => yearOf.get(id));
    flipped.push(edge.source !== link.source);
    const timeless = (LINEAGE_CHRONOLOGY[link.relation] ?? 'years') === 'years';
    const weight = DESCENT.has(link.relation)
      ? options.descentWeight
      : (LINEAGE_WEIGHTS[link.relation] ?? 1);
    const constraint = !timeless || !anchored.has(link.source) || !anchored.has(link.target);
    const minLen = constraint
      ? rankSpan(yearOf.get(edge.source), yearOf.get(edge.target), options)
      : 1;
    return { source: edge.source, target: edge.target, weight, minLen, constraint };
  });
  return { input: { nodes: layoutNodes, edges }, flipped };
}

/**
 * `input` with every ranking edge that would close a cycle through the descent backbone made
 * non-ranking (`constraint: false`, still routed): an ideology said to have founded its own
 * ancestor, or dates that run against descent. dot breaks cycles in the order it meets them,
 * not by weight, so such an edge could otherwise turn a descent edge upward. Greedy: descent
 * edges first, then the others in order, each kept only if its target cannot already reach its
 * source. O(E · (V + E)): for the sizes dot draws, not for the layered engine's.
 */
export function descentFirst(input: DotInput, links: readonly LineageLink[]): DotInput {
  const next = new Map<string, string[]>();
  const reaches = (from: string, to: string) => {
    const seen = new Set([from]);
    const stack = [from];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (id === to) return true;
      for (const n of next.get(id) ?? []) {
        if (!seen.has(n)) {
          seen.add(n);
          stack.push(n);
        }
      }
    }
    return false;
  };
  const add = (edge: DotEdge) =>
    next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const descent = links.map((link) => DESCENT.has(link.relation));
  input.edges.forEach((edge, i) => {
    if (descent[i]) add(edge);
  });
  const edges = input.edges.map((edge, i) => {
    if (descent[i] || edge.constraint === false || edge.source === edge.target) return edge;
    if (reaches(edge.target, edge.source)) return { ...edge, constraint: false };
    add(edge);
    return edge;
  });
  return { ...input, edges };
}

function rankSpan(
  from: number | undefined,
  to: number | undefined,
  options: DrawingInputOptions,
): number {
  if (from === undefined || to === undefined) return 1;
  const span = Math.round((to - from) / options.yearsPerRank);
  return Math.min(options.maxRankSpan, Math.max(1, span));
}
