/**
 * What the lineage panels show, as plain values: the answer to a path query, a "Lineage of …"
 * query and a comparison, each computed by the domain's queries from names as a person typed
 * them, plus the elements the canvas should mark. Unknown names come back as values with
 * suggestions rather than as thrown errors, so the panels can show them in place.
 */
import { edgeIdOf, type GraphModel } from '../domain/graph-model';
import {
  ancestorsOf,
  commonAncestry,
  DEFAULT_VIA,
  descendantsOf,
  shortestPaths,
  type CommonAncestor,
  type Generation,
  type LineagePath,
  type PathStep,
} from '../domain/queries';
import type { RelationId } from '../domain/relations';
import { resolveNames as resolveAll } from '../domain/resolve-name';
import type { VisibleGraph } from './visibility';

/** A name that matched no node, with the closest nodes (ids), best first. */
export interface UnknownName {
  query: string;
  suggestions: readonly string[];
}

/** Elements for the canvas to draw over a dimmed rest: node ids and edge ids (`edgeIdOf`). */
export interface Highlight {
  nodes: readonly string[];
  edges: readonly string[];
  /** Nodes to mark more strongly: a path's ends, where two lineages split. */
  key: readonly string[];
}

export type PathOutcome =
  | { kind: 'unknown'; unknown: UnknownName[] }
  /** `paths` is empty when there is no path; shortest first otherwise. */
  | { kind: 'paths'; from: string; to: string; paths: LineagePath[] };

export type LineageOutcome =
  | { kind: 'unknown'; unknown: UnknownName[] }
  | {
      kind: 'lineage';
      root: string;
      ancestors: Generation[];
      descendants: Generation[];
      /** The root, its ancestors and its descendants. */
      nodes: ReadonlySet<string>;
      /** The edges of the followed relations among those nodes. */
      edges: readonly { id: string; source: string; target: string }[];
    };

export type CompareOutcome =
  | { kind: 'unknown'; unknown: UnknownName[] }
  | {
      kind: 'compare';
      a: string;
      b: string;
      /** Nearest first; the inputs themselves count at generation 0. */
      common: CommonAncestor[];
      /** Where the lineages split: common ancestors no other common ancestor descends from. */
      lowest: string[];
      highlight: Highlight;
    };

/** Resolves each name (id, label, alias); all of them, or every one that failed. */
export function resolveNames(
  model: GraphModel,
  names: readonly string[],
): { ok: true; ids: string[] } | { ok: false; unknown: UnknownName[] } {
  const resolved = resolveAll(model, names);
  if (resolved.ok) return { ok: true, ids: resolved.nodes.map((n) => n.id) };
  return {
    ok: false,
    unknown: resolved.unknown.map((e) => ({
      query: e.query,
      suggestions: e.suggestions.map((s) => s.id),
    })),
  };
}

/**
 * The name to keep in the URL: the node's id when the name resolves (short, readable, stable
 * across languages), else the text as typed, so the query can answer with suggestions.
 */
export function canonicalName(model: GraphModel | null, name: string): string {
  const text = name.trim();
  if (!model) return text;
  const resolved = resolveNames(model, [text]);
  return resolved.ok ? resolved.ids[0]! : text;
}

export interface PathQuery {
  via: readonly RelationId[];
  /** Walk edges backwards too. */
  any: boolean;
  /** How many paths, 1–5. */
  k: number;
}

/** Up to `k` shortest paths between two names, or the names that matched nothing. */
export function pathOutcome(
  model: GraphModel,
  names: readonly [string, string],
  query: PathQuery,
): PathOutcome {
  const resolved = resolveNames(model, names);
  if (!resolved.ok) return { kind: 'unknown', unknown: resolved.unknown };
  const [from, to] = resolved.ids as [string, string];
  const paths = shortestPaths(model, from, to, {
    via: query.via,
    direction: query.any ? 'any' : 'forward',
    k: query.k,
  });
  return { kind: 'paths', from, to, paths };
}

/** The stored edge a step walked (against its direction when the step went backwards). */
export function edgeIdOfStep(step: PathStep): string {
  return step.direction === 'forward'
    ? edgeIdOf({ source: step.from, relation: step.relation, target: step.to })
    : edgeIdOf({ source: step.to, relation: step.relation, target: step.from });
}

export function pathHighlight(path: LineagePath): Highlight {
  return {
    nodes: path.nodes,
    edges: path.steps.map(edgeIdOfStep),
    key: [path.nodes[0]!, path.nodes.at(-1)!],
  };
}

/** Edges of `via` relations that join two of `nodes`. */
function edgesAmong(
  model: GraphModel,
  nodes: ReadonlySet<string>,
  via: readonly RelationId[],
): { id: string; source: string; target: string }[] {
  const relations = new Set<string>(via);
  const edges: { id: string; source: string; target: string }[] = [];
  for (const id of nodes) {
    for (const edge of model.outgoing(id)) {
      if (relations.has(edge.relation) && nodes.has(edge.target)) {
        edges.push({ id: edgeIdOf(edge), source: edge.source, target: edge.target });
      }
    }
  }
  return edges;
}

/** A node's ancestors and descendants by generation, and the subgraph they form. */
export function lineageOutcome(
  model: GraphModel,
  name: string,
  via: readonly RelationId[] = DEFAULT_VIA,
): LineageOutcome {
  const resolved = resolveNames(model, [name]);
  if (!resolved.ok) return { kind: 'unknown', unknown: resolved.unknown };
  const root = resolved.ids[0]!;
  const ancestors = ancestorsOf(model, root, { via });
  const descendants = descendantsOf(model, root, { via });
  const nodes = new Set([root, ...ancestors.map((g) => g.id), ...descendants.map((g) => g.id)]);
  return {
    kind: 'lineage',
    root,
    ancestors,
    descendants,
    nodes,
    edges: edgesAmong(model, nodes, via),
  };
}

/**
 * The common ancestors of two names and where their lineages split. The canvas marks both nodes,
 * every common ancestor, the lineage edges among those ancestors, and the shortest way from each
 * node up to each split point.
 */
export function compareOutcome(
  model: GraphModel,
  names: readonly [string, string],
  via: readonly RelationId[] = DEFAULT_VIA,
): CompareOutcome {
  const resolved = resolveNames(model, names);
  if (!resolved.ok) return { kind: 'unknown', unknown: resolved.unknown };
  const [a, b] = resolved.ids as [string, string];
  const { common, lowest } = commonAncestry(model, [a, b], { via });
  const nodes = new Set([a, b, ...common.map((c) => c.id)]);
  const edges = new Set(edgesAmong(model, nodes, via).map((e) => e.id));
  for (const meet of lowest) {
    for (const start of [a, b]) {
      const [path] = shortestPaths(model, start, meet, { via });
      for (const id of path?.nodes ?? []) nodes.add(id);
      for (const step of path?.steps ?? []) edges.add(edgeIdOfStep(step));
    }
  }
  return {
    kind: 'compare',
    a,
    b,
    common,
    lowest,
    highlight: { nodes: [...nodes], edges: [...edges], key: lowest },
  };
}

/** What the filters show, narrowed to a lineage: its nodes, and its links among them. */
export function withinLineage(
  visible: VisibleGraph,
  lineage: Extract<LineageOutcome, { kind: 'lineage' }>,
): VisibleGraph {
  const nodes = new Set([...lineage.nodes].filter((id) => visible.nodes.has(id)));
  const edges = new Set(
    lineage.edges.filter((e) => nodes.has(e.source) && nodes.has(e.target)).map((e) => e.id),
  );
  return { ...visible, nodes, edges };
}

/** Generations as rows, nearest first: `[[1, ids], [2, ids], …]`. */
export function generationRows(found: readonly Generation[]): [number, string[]][] {
  const rows = new Map<number, string[]>();
  for (const { id, generation } of found) {
    const row = rows.get(generation) ?? [];
    row.push(id);
    rows.set(generation, row);
  }
  return [...rows].sort((a, b) => a[0] - b[0]);
}

/** Whether a node has any link of `via` at all, i.e. whether "Lineage of …" has anything to show. */
export function hasLineage(
  model: GraphModel,
  id: string,
  via: readonly RelationId[] = DEFAULT_VIA,
): boolean {
  const relations = new Set<string>(via);
  return [...model.outgoing(id), ...model.incoming(id)].some((e) => relations.has(e.relation));
}
