/**
 * What the canvas shows: the filters of a view applied to a graph, and the selection's
 * neighbourhood within that. Pure functions over the model, so they are tested without a DOM.
 */
import { edgeIdOf, type GraphModel } from '../domain/graph-model';
import type { Node } from '../domain/schema';
import { reachableWithin } from '../domain/subgraph';
import type { ViewState } from './url-state';

export interface VisibleGraph {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
  readonly totalNodes: number;
  readonly totalEdges: number;
}

export interface Neighbourhood {
  readonly nodes: ReadonlySet<string>;
  readonly edges: ReadonlySet<string>;
}

type Filters = Pick<
  ViewState,
  'kinds' | 'relations' | 'from' | 'to' | 'connected' | 'isolate' | 'focus' | 'depth'
>;

/**
 * Whether a node's time span meets the year range. A node without years cannot be judged, so it
 * stays; an open end (no end year: an ideology still held) runs to the present.
 */
export function inYearRange(node: Node, from: number | null, to: number | null): boolean {
  const start = node.time?.start;
  const end = node.time?.end ?? (start !== undefined ? Infinity : undefined);
  if (start === undefined && end === undefined) return true;
  if (to !== null && start !== undefined && start > to) return false;
  if (from !== null && end !== undefined && end < from) return false;
  return true;
}

/** The nodes and edges a view shows: kinds, relations, years, then focus, then "connected only". */
export function visibleGraph(model: GraphModel, view: Filters): VisibleGraph {
  const kinds = new Set<string>(view.kinds);
  const relations = new Set<string>(view.relations);
  let nodes = new Set<string>();
  for (const node of model.nodes) {
    if (kinds.has(node.kind) && inYearRange(node, view.from, view.to)) nodes.add(node.id);
  }
  const passingEdges = model.edges.filter(
    (e) => relations.has(e.relation) && nodes.has(e.source) && nodes.has(e.target),
  );
  if (view.isolate && view.focus !== null && nodes.has(view.focus)) {
    nodes = neighbourhoodWithin(passingEdges, view.focus, view.depth).nodes as Set<string>;
  }
  const edges = new Set<string>();
  const touched = new Set<string>();
  for (const edge of passingEdges) {
    if (!nodes.has(edge.source) || !nodes.has(edge.target)) continue;
    edges.add(edgeIdOf(edge));
    touched.add(edge.source);
    touched.add(edge.target);
  }
  if (view.connected) {
    nodes = new Set([...nodes].filter((id) => touched.has(id) || id === view.focus));
  }
  return { nodes, edges, totalNodes: model.nodes.length, totalEdges: model.edges.length };
}

/** Nodes within `depth` steps of `start` along the given edges (either direction), and the edges among them. */
export function neighbourhoodWithin(
  edges: readonly { source: string; target: string; relation: string }[],
  start: string,
  depth: number,
): Neighbourhood {
  const adjacent = new Map<string, string[]>();
  for (const e of edges) {
    (adjacent.get(e.source) ?? adjacent.set(e.source, []).get(e.source)!).push(e.target);
    (adjacent.get(e.target) ?? adjacent.set(e.target, []).get(e.target)!).push(e.source);
  }
  const nodes = reachableWithin([start], depth, (id) => adjacent.get(id) ?? []);
  const within = new Set<string>();
  for (const e of edges) {
    if (nodes.has(e.source) && nodes.has(e.target))
      within.add(edgeIdOf(e as Parameters<typeof edgeIdOf>[0]));
  }
  return { nodes, edges: within };
}

/** The selection's neighbourhood among the visible elements, or null without a visible selection. */
export function selectionNeighbourhood(
  model: GraphModel,
  visible: VisibleGraph,
  focus: string | null,
  depth: number,
): Neighbourhood | null {
  if (focus === null || !visible.nodes.has(focus)) return null;
  const edges = model.edges.filter((e) => visible.edges.has(edgeIdOf(e)));
  return neighbourhoodWithin(edges, focus, depth);
}

/** Ids of the visible nodes one step from `id`, in a stable order (by English label). */
export function visibleNeighbours(model: GraphModel, visible: VisibleGraph, id: string): string[] {
  const out = new Set<string>();
  for (const e of model.outgoing(id)) if (visible.edges.has(edgeIdOf(e))) out.add(e.target);
  for (const e of model.incoming(id)) if (visible.edges.has(edgeIdOf(e))) out.add(e.source);
  return [...out].sort((a, b) =>
    (model.node(a)?.label.en ?? a).localeCompare(model.node(b)?.label.en ?? b),
  );
}
