import { describe, expect, it } from 'vitest';
import { KIND_ENCODING } from '../../../src/lib/cytoscape/encoding';
import { fromGEXF, GEXF_KIND_COLORS, toGEXF } from '../../../src/lib/domain/formats/gexf';
import { SAMPLE } from './sample-graph';
import { list, readXml, type Element } from './xml-reader';

function parse(text: string) {
  const root = readXml(text).gexf!;
  const graph = root.graph as Element;
  const classes = list(graph.attributes);
  const titles = (domain: string) => {
    const group = classes.find((c) => c['@class'] === domain)!;
    return new Map(list(group.attribute).map((a) => [a['@id'] as string, a]));
  };
  const nodes = list((graph.nodes as Element).node);
  const edges = list((graph.edges as Element).edge);
  const valuesOf = (item: Element, domain: string) => {
    const declared = titles(domain);
    return Object.fromEntries(
      list((item.attvalues as Element).attvalue).map((v) => [
        declared.get(v['@for'] as string)!['@title'],
        v['@value'],
      ]),
    ) as Record<string, string>;
  };
  return { root, graph, titles, nodes, edges, valuesOf };
}

describe('toGEXF', () => {
  const { root, graph, titles, nodes, edges, valuesOf } = parse(toGEXF(SAMPLE));

  it('writes a directed, static GEXF 1.3 document', () => {
    expect(root['@version']).toBe('1.3');
    expect(root['@xmlns']).toBe('http://gexf.net/1.3');
    expect(graph['@defaultedgetype']).toBe('directed');
    expect(graph['@mode']).toBe('static');
  });

  it('declares node and edge attributes with GEXF types', () => {
    expect([...titles('node').values()].map((a) => a['@title'])).toEqual([
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
    ]);
    expect(titles('node').get('start')?.['@type']).toBe('integer');
    expect(titles('node').get('circa')?.['@type']).toBe('boolean');
    expect([...titles('edge').values()].map((a) => a['@title'])).toEqual([
      'relation',
      'certainty',
      'note_en',
      'note_th',
      'start',
      'end',
      'circa',
      'sources',
    ]);
  });

  it('writes one node per node with its label, and each edge labelled with its relation', () => {
    expect(nodes.map((n) => [n['@id'], n['@label']])).toEqual(
      SAMPLE.nodes.map((n) => [n.id, n.label.en]),
    );
    expect(edges.map((e) => [e['@source'], e['@target'], e['@label']])).toEqual(
      SAMPLE.edges.map((e) => [e.source, e.target, e.relation]),
    );
  });

  it('keeps line breaks, quotes and Thai inside attribute values', () => {
    const values = valuesOf(nodes[0]!, 'node');
    expect(values.summary_en).toBe(SAMPLE.nodes[0]!.summary.en);
    expect(values.summary_th).toBe(SAMPLE.nodes[0]!.summary.th);
    expect(values.aliases).toBe('ลัทธิมาร์กซ์ | Marx, Karl: theory | the "scientific" socialism');
    expect(JSON.parse(values.sources!)).toEqual(SAMPLE.nodes[0]!.sources);
    expect(valuesOf(edges[3]!, 'edge')).toMatchObject({
      relation: 'influenced_by',
      certainty: 'disputed',
      note_en: SAMPLE.edges[3]!.note!.en,
    });
  });

  it('colours each node by kind with the explorer’s colours', () => {
    expect(GEXF_KIND_COLORS).toEqual(
      Object.fromEntries(Object.entries(KIND_ENCODING).map(([kind, e]) => [kind, e.color])),
    );
    const color = nodes[2]!['viz:color'] as Element;
    expect([color['@r'], color['@g'], color['@b']]).toEqual(['217', '130', '43']); // person, #d9822b
  });

  it('labels nodes in the chosen language', () => {
    const th = parse(toGEXF(SAMPLE, { lang: 'th' }));
    expect(th.nodes[0]!['@label']).toBe('ลัทธิมากซ์');
  });
});

describe('fromGEXF', () => {
  it('reads our own export back exactly, with nothing to report', () => {
    const { $schema: _, ...expected } = SAMPLE;
    for (const lang of ['en', 'th'] as const) {
      expect(fromGEXF(toGEXF(SAMPLE, { lang }))).toEqual({ ok: true, graph: expected, report: [] });
    }
  });
});
