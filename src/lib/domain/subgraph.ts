/**
 * Subgraph selection: which nodes a person is looking at (a neighbourhood around some nodes) and
 * that selection as a graph file of its own. The explorer's export and the CLI's `export` both
 * cut graphs here, so a file saved from either holds exactly the same nodes and edges.
 */
import type { GraphModel } from './graph-model';
import { LIMITS } from './limits';
import type { RelationId } from './relations';
import type { Edge, GraphFile } from './schema';
import { closestMatches } from './suggest';

/** Thrown when a selection names a node id the graph does not have. */
export class UnknownNodeIdError extends Error {
  override readonly name = 'UnknownNodeIdError';
  constructor(
    readonly id: string,
    readonly suggestions: readonly string[],
  ) {
    const hint = suggestions.length
      ? ` (did you mean ${suggestions.map((s) => `'${s}'`).join(', ')}?)`
      : '';
    super(`subgraph: unknown node id '${id}'${hint}`);
  }
}

export interface NeighbourhoodOptions {
  /** Follow only edges of these relations; all relations when absent. */
  readonly via?: readonly RelationId[];
}

function checkIds(model: GraphModel, ids: Iterable<string>): string[] {
  const checked: string[] = [];
  for (const id of ids) {
    if (!model.node(id)) {
      throw new UnknownNodeIdError(
        id,
        closestMatches(
          id,
          model.nodes.map((n) => n.id),
        ),
      );
    }
    checked.push(id);
  }
  return checked;
}

/**
 * The ids of every node within `depth` steps of `ids`, following edges in either direction,
 * in breadth-first order (the given ids first). Depth 0 is the given nodes alone.
 * @throws UnknownNodeIdError for an id the graph does not have; RangeError for a bad depth.
 */
export function neighbourhood(
  model: GraphModel,
  ids: Iterable<string>,
  depth: number,
  options: NeighbourhoodOptions = {},
): Set<string> {
  if (!Number.isInteger(depth) || depth < 0) {
    throw new RangeError(`neighbourhood: depth must be a whole number ≥ 0, not ${depth}`);
  }
  const via = options.via ? new Set<string>(options.via) : undefined;
  return reachableWithin(checkIds(model, ids), depth, function* (id) {
    for (const edge of model.outgoing(id)) if (!via || via.has(edge.relation)) yield edge.target;
    for (const edge of model.incoming(id)) if (!via || via.has(edge.relation)) yield edge.source;
  });
}

/**
 * The ids within `depth` steps of `starts`, breadth first (the starts first, then each step's
 * ids in the order `neighboursOf` gives them). The one neighbourhood walk: over the model's
 * edges here, over the edges a view shows in state/visibility.ts.
 */
export function reachableWithin(
  starts: Iterable<string>,
  depth: number,
  neighboursOf: (id: string) => Iterable<string>,
): Set<string> {
  const seen = new Set<string>(starts);
  let frontier = [...seen];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: string[] = [];
    for (const id of frontier) {
      for (const other of neighboursOf(id)) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return seen;
}

/** `text` + `suffix`, cutting `text` short so that the whole stays within `max` characters. */
function withSuffix(text: string, suffix: string, max: number): string {
  const room = max - suffix.length;
  return (text.length > room ? text.slice(0, room).replace(/[-\s]+$/, '') : text) + suffix;
}

/**
 * A valid graph file holding the nodes `nodeIds` (in the graph's own order), the edges among them
 * that pass `edgeFilter`, and the graph's meta with every source kept and the id and title marked
 * as a subset. Selecting every node and every edge gives the graph back unchanged.
 * @throws UnknownNodeIdError for an id the graph does not have.
 */
export function subgraphOf(
  model: GraphModel,
  nodeIds: Iterable<string>,
  edgeFilter: (edge: Edge) => boolean = () => true,
): GraphFile {
  const wanted = new Set(checkIds(model, nodeIds));
  const nodes = model.nodes.filter((n) => wanted.has(n.id));
  const edges = model.edges.filter(
    (e) => wanted.has(e.source) && wanted.has(e.target) && edgeFilter(e),
  );
  const { file } = model;
  if (nodes.length === model.nodes.length && edges.length === model.edges.length) return file;
  const { meta } = file;
  const description = {
    en: `${nodes.length} of the ${model.nodes.length} nodes and ${edges.length} of the ${model.edges.length} edges of “${meta.title.en}”.`,
    th: `${nodes.length} จาก ${model.nodes.length} โหนด และ ${edges.length} จาก ${model.edges.length} เส้นเชื่อม ของ “${meta.title.th}”`,
  };
  const alreadySubset = meta.id.endsWith('-subset');
  return {
    ...(file.$schema !== undefined ? { $schema: file.$schema } : {}),
    version: file.version,
    meta: {
      id: alreadySubset ? meta.id : withSuffix(meta.id, '-subset', LIMITS.idLength),
      title: alreadySubset
        ? meta.title
        : {
            en: withSuffix(meta.title.en, ' (subset)', LIMITS.labelLength),
            th: withSuffix(meta.title.th, ' (บางส่วน)', LIMITS.labelLength),
          },
      // Titles are at most 200 characters, so this stays far below the 2,000 allowed.
      description,
      sources: meta.sources,
    },
    nodes,
    edges,
  };
}
