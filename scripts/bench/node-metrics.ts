/**
 * What the bench measures in Node: validation (parse + schema + graph rules) per size, and
 * the query index and lineage queries on a large graph, as medians over seeded random
 * endpoints. Every graph comes from the seeded synthetic generator.
 */
import { createGraphModel, type GraphModel } from '../../src/lib/domain/graph-model';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import {
  ancestorsOf,
  commonAncestors,
  createQueryIndex,
  queryIndexOf,
  shortestPaths,
} from '../../src/lib/domain/queries/index';
import type { RelationId } from '../../src/lib/domain/relations';
import type { GraphFile } from '../../src/lib/domain/schema';
import { generateSyntheticGraph } from '../../src/lib/domain/synthetic-graph';
import type { ResultsBuilder } from './results';
import { medianTime, seededRandom } from './stats';

export const SEED = 20240601;

const graphs = new Map<string, GraphFile>();

/** The synthetic graph of `nodes` nodes (three edges each unless `edges` is given), cached. */
export function syntheticGraph(nodes: number, edges?: number): GraphFile {
  const key = `${nodes}/${edges ?? ''}`;
  let graph = graphs.get(key);
  if (!graph) {
    graph = generateSyntheticGraph(
      edges === undefined ? { nodes, seed: SEED } : { nodes, edges, seed: SEED },
    );
    graphs.set(key, graph);
  }
  return graph;
}

/** validate_ms: `loadGraphText` on the file's JSON text, median of `runs`. */
export async function measureValidate(
  results: ResultsBuilder,
  entry: string,
  text: string,
  runs: number,
): Promise<void> {
  const first = loadGraphText(text);
  if (!first.ok) {
    results.set(
      entry,
      'validate_ms',
      null,
      `the graph did not validate: ${first.problems[0]?.message}`,
    );
    return;
  }
  results.set(entry, 'validate_ms', await medianTime(runs, () => text, loadGraphText));
}

/** Relations a "how are these connected" path may follow in the query benchmarks. */
export const PATH_VIA: readonly RelationId[] = [
  'derived_from',
  'developed',
  'influenced_by',
  'founded',
  'adhered_to',
];

/** Index build and the four lineage queries on `graph`, `runs` seeded endpoint draws each. */
export async function measureQueries(
  results: ResultsBuilder,
  entry: string,
  graph: GraphFile,
  runs: number,
): Promise<void> {
  const lineage = graph.nodes
    .filter((n) => n.kind === 'ideology' || n.kind === 'concept')
    .map((n) => n.id);
  const random = seededRandom(SEED);
  const pick = () => lineage[Math.floor(random() * lineage.length)]!;
  results.set(
    entry,
    'index_build_ms',
    await medianTime(
      Math.max(3, Math.floor(runs / 3)),
      () => graph,
      (g) => createQueryIndex(createGraphModel(g)),
    ),
  );
  const model: GraphModel = createGraphModel(graph);
  queryIndexOf(model);
  let found = 0;
  results.set(
    entry,
    'path_ms',
    await medianTime(
      runs,
      () => [pick(), pick()] as const,
      ([a, b]) => {
        found += shortestPaths(model, a, b, { via: PATH_VIA, direction: 'any', k: 1 }).length;
      },
    ),
  );
  results.note(
    `${entry}.path_ms`,
    `shortestPaths k=1, direction any, via ${PATH_VIA.join(',')}; ${found}/${runs} pairs connected`,
  );
  results.set(
    entry,
    'paths_k3_ms',
    await medianTime(
      runs,
      () => [pick(), pick()] as const,
      ([a, b]) => shortestPaths(model, a, b, { via: PATH_VIA, direction: 'any', k: 3 }),
    ),
  );
  results.note(
    `${entry}.paths_k3_ms`,
    'shortestPaths k=3 (Yen), same endpoints rule and relations as path_ms',
  );
  results.set(entry, 'ancestors_ms', await medianTime(runs, pick, (id) => ancestorsOf(model, id)));
  results.note(
    `${entry}.ancestors_ms`,
    'ancestorsOf via derived_from, all generations, random ideology',
  );
  results.set(
    entry,
    'common_ms',
    await medianTime(
      runs,
      () => [pick(), pick()],
      (ids) => commonAncestors(model, ids),
    ),
  );
  results.note(`${entry}.common_ms`, 'commonAncestors of two random ideologies via derived_from');
}
