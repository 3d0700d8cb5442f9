/**
 * Hand-drawn graphs for query tests: nodes and edges written as short strings, expanded into a
 * valid graph file (checked by the real loader, so a typo in a test graph fails loudly).
 */
import { createGraphModel, type GraphModel } from '../../../src/lib/domain/graph-model';
import type { NodeKind } from '../../../src/lib/domain/kinds';
import { validateGraphData } from '../../../src/lib/domain/load-graph';
import type { RelationId } from '../../../src/lib/domain/relations';
import type { Certainty, GraphFile } from '../../../src/lib/domain/schema';

export interface TinyNode {
  id: string;
  kind?: NodeKind;
  en?: string;
  th?: string;
  aliases?: string[];
}

const SOURCES = [{ source: 'test', section: 'tiny' }];

/**
 * A validated graph. Edges are "a derived_from b" or "a opposed b ?disputed"; nodes given as a bare
 * id default to an ideology labelled with the id.
 */
export function tinyGraphFile(nodes: (string | TinyNode)[], edges: string[]): GraphFile {
  const data = {
    version: 1,
    meta: {
      id: 'tiny',
      title: { en: 'Tiny', th: 'เล็ก' },
      sources: [{ id: 'test', title: 'Hand-drawn test graph' }],
    },
    nodes: nodes.map((n) => {
      const spec = typeof n === 'string' ? { id: n } : n;
      return {
        id: spec.id,
        kind: spec.kind ?? 'ideology',
        label: { en: spec.en ?? spec.id, th: spec.th ?? `ไทย ${spec.id}` },
        aliases: spec.aliases ?? [],
        summary: { en: 'Test node.', th: 'โหนดทดสอบ' },
        sources: SOURCES,
      };
    }),
    edges: edges.map((line) => {
      const [source, relation, target, flag] = line.split(' ') as [
        string,
        RelationId,
        string,
        string | undefined,
      ];
      const certainty = (flag?.replace('?', '') ?? 'stated') as Certainty;
      return {
        source,
        relation,
        target,
        certainty,
        ...(certainty === 'disputed' ? { note: { en: 'Test dispute.' } } : {}),
        sources: SOURCES,
      };
    }),
  };
  const result = validateGraphData(data);
  if (!result.ok) {
    throw new Error(`tiny graph is invalid:\n${result.problems.map((p) => p.message).join('\n')}`);
  }
  return result.graph;
}

export function tinyGraph(nodes: (string | TinyNode)[], edges: string[] = []): GraphModel {
  return createGraphModel(tinyGraphFile(nodes, edges));
}
