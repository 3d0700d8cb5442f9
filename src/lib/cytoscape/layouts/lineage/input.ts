/**
 * From a graph to a lineage `LayoutInput` without a renderer: edges oriented from the earlier
 * node to the later one, and node boxes estimated from the label (the adapter measures real
 * boxes in Cytoscape; the bench and the precomputed positions use this estimate).
 */
import type { RelationId } from '../../../domain/relations';
import type { Edge, Node } from '../../../domain/schema';
import type { NodeKind } from '../../../domain/kinds';
import { labelSize, prominence } from '../node-prominence';
import type { LayoutEdge, LayoutInput, LayoutNode } from '../types';

/**
 * Which end of each relation is the earlier one: `forward` means the source comes first (a
 * founder before what they founded), `backward` the target (an ideology before what derived
 * from it), `years` that the node with the earlier start year goes first. The same table as
 * the Cytoscape lineage layout's, so every engine ranks the same way.
 */
export const LINEAGE_CHRONOLOGY: Record<RelationId, 'forward' | 'backward' | 'years'> = {
  derived_from: 'backward',
  split_from: 'backward',
  succeeded: 'backward',
  influenced_by: 'backward',
  adhered_to: 'backward',
  founded: 'forward',
  developed: 'forward',
  led: 'forward',
  authored: 'forward',
  participated_in: 'forward',
  caused: 'forward',
  member_of: 'years',
  part_of: 'years',
  opposed: 'years',
  criticized: 'years',
  allied_with: 'years',
  occurred_in: 'years',
};

/**
 * Edge weights: lineage relations pull harder than the rest, so family lines stay straight and
 * keep their direction when cross-links close a cycle (as the Cytoscape lineage's weights).
 */
export const LINEAGE_WEIGHTS: Partial<Record<RelationId, number>> = {
  derived_from: 6,
  split_from: 4,
  succeeded: 3,
  developed: 2,
};

/** Shape sizes by kind, as in src/lib/cytoscape/encoding.ts (ideologies are 1.3× wider). */
const SHAPE: Record<Node['kind'], { width: number; height: number }> = {
  ideology: { width: 44, height: 34 },
  person: { width: 26, height: 26 },
  organization: { width: 28, height: 28 },
  state: { width: 26, height: 26 },
  event: { width: 28, height: 28 },
  work: { width: 24, height: 24 },
  concept: { width: 24, height: 24 },
};

/** Labels wrap at 120px; 12px Noto Sans averages about 6.6px a character. */
const LABEL_MAX_WIDTH = 120;
const CHAR_WIDTH = 6.6;
const LINE_HEIGHT = 15;
const PADDING = 6;

/**
 * The box of a node of `kind` with the label `text` under it, estimated from the label's
 * length: for the bench and precomputed positions, and for the adapter on large graphs, where
 * measuring thousands of label boxes in Cytoscape costs about a second of main thread. Given
 * its `degree`, a hub's larger shape and label are counted as the stylesheet draws them;
 * without it, the box of a leaf.
 */
export function estimateLabelBox(
  kind: NodeKind,
  text: string,
  degree?: number,
): { width: number; height: number } {
  const shape = SHAPE[kind];
  const grow = degree === undefined ? 0 : prominence(degree);
  const font = degree === undefined ? 1 : labelSize(kind, degree) / 12;
  const textWidth = text.length * CHAR_WIDTH * font;
  const lines = Math.max(1, Math.ceil(textWidth / LABEL_MAX_WIDTH));
  return {
    width: Math.round(
      Math.max(shape.width * (1 + grow), Math.min(LABEL_MAX_WIDTH, textWidth)) + PADDING,
    ),
    height: Math.round(shape.height * (1 + grow) + 4 + lines * LINE_HEIGHT * font + PADDING),
  };
}

/** `estimateLabelBox` for a node with its English label. */
export function estimateNodeSize(node: Pick<Node, 'kind' | 'label'>): {
  width: number;
  height: number;
} {
  return estimateLabelBox(node.kind, node.label.en);
}

/**
 * One edge of the lineage, oriented from the earlier node to the later one by
 * `LINEAGE_CHRONOLOGY` (start years decide for the symmetric and undated relations) and
 * weighted by `LINEAGE_WEIGHTS`.
 */
export function lineageEdge(
  edge: { source: string; target: string; relation: RelationId },
  yearOf: (id: string) => number | undefined,
): LayoutEdge {
  const weight = LINEAGE_WEIGHTS[edge.relation] ?? 1;
  const rule = LINEAGE_CHRONOLOGY[edge.relation] ?? 'years';
  let flip = rule === 'backward';
  if (rule === 'years') {
    const a = yearOf(edge.source);
    const b = yearOf(edge.target);
    flip = a !== undefined && b !== undefined && b < a;
  }
  return flip
    ? { source: edge.target, target: edge.source, weight }
    : { source: edge.source, target: edge.target, weight };
}

/** The lineage layout input of a graph: every node, every edge oriented earlier → later. */
export function lineageInput(
  graph: { nodes: readonly Node[]; edges: readonly Edge[] },
  sizeOf: (node: Node) => { width: number; height: number } = estimateNodeSize,
): LayoutInput {
  const yearOf = new Map<string, number | undefined>();
  const nodes: LayoutNode[] = graph.nodes.map((node) => {
    const year = node.time?.start;
    yearOf.set(node.id, year);
    const size = sizeOf(node);
    return year === undefined ? { id: node.id, ...size } : { id: node.id, ...size, year };
  });
  const edges = graph.edges.map((edge) => lineageEdge(edge, (id) => yearOf.get(id)));
  return { nodes, edges };
}
