/**
 * Rules that need the whole graph rather than one field: unique ids, known sources, edges that
 * point at real nodes of allowed kinds, no self-loops or duplicates, no cycle through an acyclic
 * relation (a lineage cannot loop back on itself), and years in order. Every rule reports every
 * violation, so a user fixes a file in one pass.
 */
import type { NodeKind } from './kinds';
import type { PathSegment } from './problems';
import { RELATIONS, relationIds, relationSpec, type RelationId } from './relations';
import type { Edge, Node, Source, Time } from './schema';
import { findCycles } from './graph-cycles';
import { didYouMean, NameIndex } from './suggest';

/** A rule violation before it is given a line and column. */
export interface RawProblem {
  code: import('./problems').ProblemCode;
  path: PathSegment[];
  message: string;
  hint?: string;
}

/** What an edge says about where it goes: enough to tell two copies of it apart from others. */
export type EdgeEnds = Pick<Edge, 'source' | 'target' | 'relation'>;

export interface RuleInput {
  /** Nodes that passed the schema, with their index in the file. */
  nodes: { index: number; node: Node }[];
  /** Edges that passed the schema, with their index in the file. */
  edges: { index: number; edge: Edge }[];
  /** The cited sources; undefined when meta itself is broken, which skips the citation check. */
  sources: Source[] | undefined;
  /**
   * Every node that has a string id, valid or not, in file order: a broken node is not reported
   * as missing too, and a duplicate of it is still reported.
   */
  nodeIds: { index: number; id: string }[];
  /**
   * Edges that failed the schema but still name two endpoints and a known relation, in file
   * order, so that a duplicate of a broken edge is still reported.
   */
  brokenEdges?: { index: number; edge: EdgeEnds }[];
  /**
   * How many problems the caller keeps. Problems past it are still found, but without "did you
   * mean" hints: a file with thousands of dangling edges must not pay for hints nobody sees.
   */
  keep?: number;
}

export function checkGraphRules(input: RuleInput): RawProblem[] {
  const problems: RawProblem[] = [];
  const kindOf = new Map<string, NodeKind>();
  const declaredIds = checkUniqueNodeIds(input, kindOf, problems);
  if (input.sources) {
    const sourceIds = checkUniqueSourceIds(input.sources, problems);
    checkSourceRefs(input, sourceIds, problems);
  }
  checkTimes(input, problems);
  checkEdges(input, declaredIds, kindOf, problems);
  checkAcyclicRelations(input.edges, problems);
  return problems;
}

/** Whether the next problem pushed will still be kept, and so deserves a hint. */
function kept(input: RuleInput, problems: RawProblem[]): boolean {
  return problems.length < (input.keep ?? Infinity);
}

/** Reports every repeated id, of valid and broken nodes alike; returns every declared id. */
function checkUniqueNodeIds(
  input: RuleInput,
  kindOf: Map<string, NodeKind>,
  problems: RawProblem[],
): ReadonlyMap<string, number> {
  const firstIndex = new Map<string, number>();
  for (const { index, id } of input.nodeIds) {
    const first = firstIndex.get(id);
    if (first !== undefined) {
      problems.push({
        code: 'duplicate_id',
        path: ['nodes', index, 'id'],
        message: `duplicate node id '${id}' (first used at nodes[${first}])`,
        hint: 'every node needs its own id; merge the two nodes or rename one',
      });
    } else firstIndex.set(id, index);
  }
  // The first node that passed the schema gives the kind that edges are checked against.
  for (const { node } of input.nodes) if (!kindOf.has(node.id)) kindOf.set(node.id, node.kind);
  return firstIndex;
}

function checkUniqueSourceIds(sources: Source[], problems: RawProblem[]): Set<string> {
  const ids = new Set<string>();
  sources.forEach((source, index) => {
    if (ids.has(source.id)) {
      problems.push({
        code: 'duplicate_source',
        path: ['meta', 'sources', index, 'id'],
        message: `duplicate source id '${source.id}'`,
      });
    }
    ids.add(source.id);
  });
  return ids;
}

function checkSourceRefs(input: RuleInput, sourceIds: Set<string>, problems: RawProblem[]) {
  const check = (collection: 'nodes' | 'edges', index: number, refs: { source: string }[]) => {
    refs.forEach((ref, refIndex) => {
      if (sourceIds.has(ref.source)) return;
      const suggestion = kept(input, problems) ? didYouMean(ref.source, sourceIds) : undefined;
      problems.push({
        code: 'unknown_source',
        path: [collection, index, 'sources', refIndex, 'source'],
        message: `unknown source '${ref.source}'`,
        hint: suggestion ?? 'add it to meta.sources or cite a listed source',
      });
    });
  };
  for (const { index, node } of input.nodes) check('nodes', index, node.sources);
  for (const { index, edge } of input.edges) check('edges', index, edge.sources);
}

function checkTimes(input: RuleInput, problems: RawProblem[]) {
  const check = (collection: 'nodes' | 'edges', index: number, time: Time | undefined) => {
    if (time?.start === undefined || time.end === undefined || time.start <= time.end) return;
    problems.push({
      code: 'time_order',
      path: [collection, index, 'time', 'end'],
      message: `end year ${time.end} is before start year ${time.start}`,
      hint: 'years are CE (negative for BCE); convert Buddhist Era years by subtracting 543',
    });
  };
  for (const { index, node } of input.nodes) check('nodes', index, node.time);
  for (const { index, edge } of input.edges) check('edges', index, edge.time);
}

/** Every relation's number, for edge keys. */
const RELATION_NUMBER = new Map(relationIds.map((id, i) => [id, i]));
/** More distinct ids than a file within the limits can name (nodes, and two per edge). */
const ID_SPACE = 2 ** 22;

/**
 * An edge's identity as one number (source, relation, target; a symmetric relation's ends in a
 * fixed order), ids numbered as first met: at 60,000 edges, string keys built and hashed twice
 * over were a third of the rules' time.
 */
class EdgeKeys {
  readonly #ids = new Map<string, number>();

  #number(id: string): number {
    let n = this.#ids.get(id);
    if (n === undefined) this.#ids.set(id, (n = this.#ids.size));
    return n;
  }

  of(edge: EdgeEnds): number {
    let a = this.#number(edge.source);
    let b = this.#number(edge.target);
    if (b < a && relationSpec(edge.relation).symmetric) [a, b] = [b, a];
    return (a * relationIds.length + RELATION_NUMBER.get(edge.relation)!) * ID_SPACE + b;
  }
}

function kindList(kinds: readonly NodeKind[]): string {
  return kinds.length === 7 ? 'any kind' : kinds.join(', ');
}

/** Each valid and broken edge's key (NaN for a self-loop), and where each key is first used. */
interface EdgeKeyUse {
  readonly valid: Float64Array;
  readonly broken: Float64Array;
  readonly first: Map<number, number>;
}

/**
 * Where each edge key is first used, over valid and broken edges alike (self-loops aside, which
 * are reported as such), so that a duplicate is found whichever of its copies is broken.
 */
function edgeKeyUse(input: RuleInput): EdgeKeyUse {
  const keys = new EdgeKeys();
  const keyOf = (edge: EdgeEnds) => (edge.source === edge.target ? NaN : keys.of(edge));
  const brokenEdges = input.brokenEdges ?? [];
  const valid = new Float64Array(input.edges.length);
  const broken = new Float64Array(brokenEdges.length);
  input.edges.forEach(({ edge }, i) => (valid[i] = keyOf(edge)));
  brokenEdges.forEach(({ edge }, i) => (broken[i] = keyOf(edge)));
  // Both lists are in file order: merge them to visit every edge in file order.
  const first = new Map<number, number>();
  const use = (key: number, index: number) => {
    if (!Number.isNaN(key) && !first.has(key)) first.set(key, index);
  };
  let b = 0;
  input.edges.forEach(({ index }, i) => {
    for (; b < brokenEdges.length && brokenEdges[b]!.index < index; b++) {
      use(broken[b]!, brokenEdges[b]!.index);
    }
    use(valid[i]!, index);
  });
  for (; b < brokenEdges.length; b++) use(broken[b]!, brokenEdges[b]!.index);
  return { valid, broken, first };
}

function duplicateEdge(index: number, edge: EdgeEnds, first: number): RawProblem {
  const symmetricNote = relationSpec(edge.relation).symmetric ? ' (it reads both ways)' : '';
  return {
    code: 'duplicate_edge',
    path: ['edges', index],
    message: `duplicate edge ${edge.source} —${edge.relation}→ ${edge.target}, same as edges[${first}]${symmetricNote}`,
    hint: 'merge their sources into one edge',
  };
}

function checkEdges(
  input: RuleInput,
  declaredIds: ReadonlyMap<string, number>,
  kindOf: Map<string, NodeKind>,
  problems: RawProblem[],
) {
  const keys = edgeKeyUse(input);
  // Built on the first unknown endpoint only: most files have none.
  let names: NameIndex | undefined;
  // Broken edges are checked in file order among the valid ones, for duplicates only.
  const broken = input.brokenEdges ?? [];
  let nextBroken = 0;
  const brokenDuplicatesBefore = (index: number) => {
    for (; nextBroken < broken.length && broken[nextBroken]!.index < index; nextBroken++) {
      const { index: at, edge } = broken[nextBroken]!;
      const key = keys.broken[nextBroken]!;
      if (Number.isNaN(key)) continue;
      const first = keys.first.get(key);
      if (first !== undefined && first !== at) problems.push(duplicateEdge(at, edge, first));
    }
  };
  const endpointExists = (index: number, end: 'source' | 'target', id: string): boolean => {
    if (kindOf.has(id) || declaredIds.has(id)) return true;
    let suggestion: string | undefined;
    if (kept(input, problems)) {
      names ??= new NameIndex(declaredIds.keys());
      suggestion = didYouMean(id, names);
    }
    problems.push({
      code: 'unknown_node',
      path: ['edges', index, end],
      message: `unknown node '${id}'`,
      hint: suggestion ?? 'add the node, or fix the id',
    });
    return false;
  };
  input.edges.forEach(({ index, edge }, i) => {
    brokenDuplicatesBefore(index);
    // both ends are checked (and reported) whatever the first gives
    const sourceExists = endpointExists(index, 'source', edge.source);
    const endpointsExist = endpointExists(index, 'target', edge.target) && sourceExists;
    if (edge.source === edge.target) {
      problems.push({
        code: 'self_loop',
        path: ['edges', index, 'target'],
        message: `edge from '${edge.source}' to itself`,
        hint: 'a relation needs two different nodes',
      });
      return;
    }
    const first = keys.first.get(keys.valid[i]!);
    if (first !== undefined && first !== index) problems.push(duplicateEdge(index, edge, first));

    const sourceKind = kindOf.get(edge.source);
    const targetKind = kindOf.get(edge.target);
    if (!endpointsExist || sourceKind === undefined || targetKind === undefined) return;
    const spec = relationSpec(edge.relation);
    if (!spec.from.includes(sourceKind) || !spec.to.includes(targetKind)) {
      problems.push({
        code: 'kind_not_allowed',
        path: ['edges', index, 'relation'],
        message: `'${edge.relation}' cannot go from ${sourceKind} '${edge.source}' to ${targetKind} '${edge.target}'`,
        hint: `'${edge.relation}' goes from ${kindList(spec.from)} to ${kindList(spec.to)}`,
      });
    }
    if (edge.certainty === 'disputed' && !edge.note) {
      problems.push({
        code: 'disputed_without_note',
        path: ['edges', index, 'certainty'],
        message: 'a disputed edge needs a note',
        hint: 'add "note": { "en": "…", "th": "…" } saying what is disputed and why',
      });
    }
  });
  brokenDuplicatesBefore(Infinity);
}

/** Reports one concrete cycle per strongly connected component of each acyclic relation. */
function checkAcyclicRelations(edges: RuleInput['edges'], problems: RawProblem[]) {
  const byRelation = new Map<RelationId, RuleInput['edges']>();
  for (const e of edges) {
    const { relation, source, target } = e.edge;
    if (source === target || !relationSpec(relation).acyclic) continue;
    let list = byRelation.get(relation);
    if (!list) byRelation.set(relation, (list = []));
    list.push(e);
  }
  // in the relation table's order, as reported before
  for (const relation of Object.keys(RELATIONS) as RelationId[]) {
    const ofRelation = byRelation.get(relation);
    if (!ofRelation) continue;
    for (const cycle of findCycles(ofRelation)) {
      const names = [...cycle.map((e) => e.edge.source), cycle[0]!.edge.source];
      problems.push({
        code: 'cycle',
        path: ['edges', cycle[0]!.index],
        message: `${relation} cycle: ${names.join(' → ')}`,
        hint: `a lineage cannot loop back on itself; remove or reverse one of ${cycle
          .map((e) => `edges[${e.index}]`)
          .join(', ')}`,
      });
    }
  }
}
