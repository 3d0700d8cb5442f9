import { describe, expect, it } from 'vitest';
import { createGraphModel } from '../../../src/lib/domain/graph-model';
import { fromGraphML, toGraphML } from '../../../src/lib/domain/formats/graphml';
import { neighbourhood, subgraphOf } from '../../../src/lib/domain/subgraph';
import { SAMPLE } from './sample-graph';
import { list, readXml, type Element } from './xml-reader';

const NODE_KEYS = [
  'label',
  'label_en',
  'label_th',
  'kind',
  'aliases',
  'summary_en',
  'summary_th',
  'start',
  'end',
  'circa',
  'sources',
];
const EDGE_KEYS = [
  'relation',
  'certainty',
  'note_en',
  'note_th',
  'start',
  'end',
  'circa',
  'sources',
];

function parse(text: string) {
  const root = readXml(text).graphml!;
  const keys = list(root.key);
  const keyName = new Map(keys.map((k) => [k['@id'] as string, k['@attr.name'] as string]));
  const graph = root.graph as Element;
  const dataOf = (item: Element) =>
    Object.fromEntries(
      list(item.data).map((d) => [keyName.get(d['@key'] as string)!, d['#text'] ?? '']),
    ) as Record<string, string>;
  return { root, keys, graph, nodes: list(graph.node), edges: list(graph.edge), dataOf };
}

describe('toGraphML', () => {
  const { root, keys, graph, nodes, edges, dataOf } = parse(toGraphML(SAMPLE));

  it('writes a directed GraphML document in the GraphML namespace', () => {
    expect(root['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(graph['@edgedefault']).toBe('directed');
    expect(graph['@id']).toBe('sample');
  });

  it('declares a key for every node and edge attribute, with its type', () => {
    const declared = (domain: string) =>
      keys.filter((k) => k['@for'] === domain).map((k) => k['@attr.name']);
    expect(declared('node')).toEqual(NODE_KEYS);
    expect(declared('edge')).toEqual(EDGE_KEYS);
    const type = (domain: string, name: string) =>
      keys.find((k) => k['@for'] === domain && k['@attr.name'] === name)?.['@attr.type'];
    expect(type('node', 'start')).toBe('int');
    expect(type('node', 'circa')).toBe('boolean');
    expect(type('edge', 'relation')).toBe('string');
  });

  it('writes one node per node, with our ids, and one edge per edge', () => {
    expect(nodes.map((n) => n['@id'])).toEqual(SAMPLE.nodes.map((n) => n.id));
    expect(edges.map((e) => [e['@source'], e['@target']])).toEqual(
      SAMPLE.edges.map((e) => [e.source, e.target]),
    );
  });

  it('carries every node field, text exactly as written', () => {
    const marxism = dataOf(nodes[0]!);
    const node = SAMPLE.nodes[0]!;
    expect(marxism).toEqual({
      label: 'Marxism',
      label_en: 'Marxism',
      label_th: 'ลัทธิมากซ์',
      kind: 'ideology',
      aliases: 'ลัทธิมาร์กซ์ | Marx, Karl: theory | the "scientific" socialism',
      summary_en: node.summary.en,
      summary_th: node.summary.th,
      start: '1848',
      sources: JSON.stringify(node.sources),
    });
    expect(JSON.parse(marxism.sources!)).toEqual(node.sources);
    expect(dataOf(nodes[1]!)).toMatchObject({ start: '1903', end: '1924', circa: 'true' });
    expect(dataOf(nodes[3]!)).toMatchObject({ start: '-375' });
  });

  it('carries every edge field', () => {
    expect(dataOf(edges[3]!)).toEqual({
      relation: 'influenced_by',
      certainty: 'disputed',
      note_en: SAMPLE.edges[3]!.note!.en,
      note_th: SAMPLE.edges[3]!.note!.th,
      sources: JSON.stringify(SAMPLE.edges[3]!.sources),
    });
    expect(dataOf(edges[1]!)).toMatchObject({
      relation: 'developed',
      start: '1844',
      circa: 'true',
    });
  });

  it('puts the chosen language in label', () => {
    const th = parse(toGraphML(SAMPLE, { lang: 'th' }));
    expect(th.dataOf(th.nodes[0]!).label).toBe('ลัทธิมากซ์');
    expect(th.dataOf(th.nodes[0]!).label_en).toBe('Marxism');
  });

  it('writes exactly the nodes and edges of a subgraph', () => {
    const model = createGraphModel(SAMPLE);
    const sub = subgraphOf(model, neighbourhood(model, ['leninism'], 1));
    const out = parse(toGraphML(sub));
    expect(out.nodes.map((n) => n['@id'])).toEqual(['marxism', 'leninism']);
    expect(out.edges).toHaveLength(1);
    expect(out.dataOf(out.edges[0]!).relation).toBe('derived_from');
  });
});

describe('fromGraphML', () => {
  it('reads our own export back exactly, with nothing to report', () => {
    const { $schema: _, ...expected } = SAMPLE;
    for (const lang of ['en', 'th'] as const) {
      const result = fromGraphML(toGraphML(SAMPLE, { lang }));
      expect(result).toEqual({ ok: true, graph: expected, report: [] });
    }
  });
});
