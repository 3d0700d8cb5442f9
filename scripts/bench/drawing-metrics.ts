/**
 * The lineage drawing's quality beside Graphviz dot's, for the bundled graph and its
 * ideologies alone, on the same boxes and edge directions (drawing-compare.ts): crossings as
 * drawn, edges through other nodes, overlapping boxes, and the time each took in Node. Written
 * under the `bundled` entry as `drawing_<graph>_<engine>_<metric>`.
 */
import type { GraphFile } from '../../src/lib/domain/schema';
import { compareEngines } from './drawing-compare';
import type { ResultsBuilder } from './results';

/** drawing_{all,ideologies}_{isms,dot}_{crossings,through,overlaps,ms} under `bundled`. */
export async function measureDrawings(
  results: ResultsBuilder,
  graph: GraphFile,
  log: (line: string) => void,
): Promise<void> {
  const ideologies = new Set(graph.nodes.filter((n) => n.kind === 'ideology').map((n) => n.id));
  const cases: [string, Pick<GraphFile, 'nodes' | 'edges'>][] = [
    ['all', graph],
    [
      'ideologies',
      {
        nodes: graph.nodes.filter((n) => ideologies.has(n.id)),
        edges: graph.edges.filter((e) => ideologies.has(e.source) && ideologies.has(e.target)),
      },
    ],
  ];
  for (const [name, part] of cases) {
    for (const score of await compareEngines(part, ['isms', 'dot'])) {
      const prefix = `drawing_${name}_${score.engine}`;
      results.set('bundled', `${prefix}_crossings`, score.crossings);
      results.set('bundled', `${prefix}_through`, score.edgesThroughNodes);
      results.set('bundled', `${prefix}_overlaps`, score.overlappingBoxes);
      results.set('bundled', `${prefix}_ms`, score.ms);
      log(
        `  ${name}: ${score.engine} ${score.crossings} crossings, ${score.edgesThroughNodes} through nodes, ${score.overlappingBoxes} overlaps, ${score.ms.toFixed(0)} ms`,
      );
    }
  }
}
