/**
 * The graph model: a loaded graph file indexed once for lookups by id and by adjacency. Queries,
 * the explorer and the exporters all read through this model rather than scanning arrays.
 */
import { NODE_KINDS, nodeKinds, type NodeKind } from './kinds';
import { relationIds, type RelationId } from './relations';
import type { Edge, GraphFile, Node } from './schema';

export interface GraphModel {
  readonly file: GraphFile;
  readonly nodes: readonly Node[];
  readonly edges: readonly Edge[];
  /** The node with this id, or undefined. */
  node(id: string): Node | undefined;
  /** Edges leaving `id` (where it is the source). */
  outgoing(id: string): readonly Edge[];
  /** Edges arriving at `id` (where it is the target). */
  incoming(id: string): readonly Edge[];
}

/** A stable id for an edge; node ids are kebab-case, so `__` cannot occur inside them. */
export function edgeIdOf(edge: Pick<Edge, 'source' | 'relation' | 'target'>): string {
  return `${edge.source}__${edge.relation}__${edge.target}`;
}

const EMPTY: readonly Edge[] = [];

/** Indexes a validated graph file. O(nodes + edges), done once per load. */
export function createGraphModel(file: GraphFile): GraphModel {
  const byId = new Map<string, Node>();
  for (const node of file.nodes) byId.set(node.id, node);
  const out = new Map<string, Edge[]>();
  const into = new Map<string, Edge[]>();
  for (const edge of file.edges) {
    (out.get(edge.source) ?? out.set(edge.source, []).get(edge.source)!).push(edge);
    (into.get(edge.target) ?? into.set(edge.target, []).get(edge.target)!).push(edge);
  }
  return {
    file,
    nodes: file.nodes,
    edges: file.edges,
    node: (id) => byId.get(id),
    outgoing: (id) => out.get(id) ?? EMPTY,
    incoming: (id) => into.get(id) ?? EMPTY,
  };
}

export interface GraphCounts {
  nodes: number;
  edges: number;
  byKind: Partial<Record<NodeKind, number>>;
  byRelation: Partial<Record<RelationId, number>>;
}

/** Node counts by kind and edge counts by relation, in table order. */
export function countGraph(file: Pick<GraphFile, 'nodes' | 'edges'>): GraphCounts {
  const byKind: Partial<Record<NodeKind, number>> = {};
  const byRelation: Partial<Record<RelationId, number>> = {};
  for (const node of file.nodes) byKind[node.kind] = (byKind[node.kind] ?? 0) + 1;
  for (const edge of file.edges) byRelation[edge.relation] = (byRelation[edge.relation] ?? 0) + 1;
  return { nodes: file.nodes.length, edges: file.edges.length, byKind, byRelation };
}

/** "161 nodes (ideology 42, person 51, …); 312 edges (derived_from 40, …)"; "1 node", "1 edge". */
export function describeCounts(counts: GraphCounts): string {
  const kinds = nodeKinds
    .filter((k) => counts.byKind[k])
    .map((k) => `${k} ${counts.byKind[k]}`)
    .join(', ');
  const relations = relationIds
    .filter((r) => counts.byRelation[r])
    .map((r) => `${r} ${counts.byRelation[r]}`)
    .join(', ');
  const nodes = `${counts.nodes} node${counts.nodes === 1 ? '' : 's'}`;
  const edges = `${counts.edges} edge${counts.edges === 1 ? '' : 's'}`;
  return `${nodes} (${kinds || 'none'}); ${edges} (${relations || 'none'})`;
}

export { NODE_KINDS };
