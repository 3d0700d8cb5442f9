import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromGEXF } from '../../../src/lib/domain/formats/gexf';
import { fromGraphML } from '../../../src/lib/domain/formats/graphml';
import { formatForFileName, importGraph } from '../../../src/lib/domain/formats/index';
import { validateGraphData } from '../../../src/lib/domain/load-graph';
import type { ImportResult } from '../../../src/lib/domain/formats/import-mapping';

const fixture = (name: string) => readFileSync(`tests/fixtures/import/${name}`);

function imported(result: ImportResult) {
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  expect(validateGraphData(result.graph).ok).toBe(true);
  return result;
}

describe('importing a foreign GraphML file (yEd style)', () => {
  const { graph, report } = imported(
    importGraph('yed-style.graphml', fixture('yed-style.graphml')),
  );
  const node = (id: string) => graph.nodes.find((n) => n.id === id);

  it('takes labels from the label key or from yEd’s node graphics', () => {
    expect(graph.nodes.map((n) => [n.id, n.label.en])).toEqual([
      ['n0', 'Marxism'],
      ['n1', 'Leninism'],
      ['karl-marx', 'Karl Marx'],
      ['n3', 'Dialectics'],
    ]);
  });

  it('maps a kind attribute (with its key default) onto our kinds, else concept', () => {
    expect(graph.nodes.map((n) => n.kind)).toEqual(['ideology', 'ideology', 'person', 'concept']);
  });

  it('maps edge labels onto relations, else influenced_by with a note saying what the file said', () => {
    expect(graph.edges.map((e) => `${e.source} ${e.relation} ${e.target} ${e.certainty}`)).toEqual([
      'n1 derived_from n0 stated',
      'karl-marx developed n0 stated',
      'n0 influenced_by n3 inferred',
    ]);
    expect(graph.edges[2]!.note?.en).toBe('Imported as “influenced_by”; the file said “uses”.');
  });

  it('fills a missing Thai label with the English one and a missing summary with a placeholder', () => {
    expect(node('n1')!.label).toEqual({ en: 'Leninism', th: 'Leninism' });
    expect(node('n0')!.summary).toEqual({
      en: 'Theory of history & class struggle.',
      th: 'Theory of history & class struggle.',
    });
    expect(node('n1')!.summary).toEqual({
      en: 'Imported from yed-style.graphml; no summary yet.',
      th: 'นำเข้าจาก yed-style.graphml ยังไม่มีคำอธิบาย',
    });
  });

  it('cites a synthetic source named after the file', () => {
    expect(graph.meta.id).toBe('yed-style');
    expect(graph.meta.sources).toEqual([
      { id: 'imported', title: 'Imported from yed-style.graphml' },
    ]);
    expect(node('n0')!.sources).toEqual([{ source: 'imported', section: 'yed-style.graphml' }]);
  });

  it('reports every guess, grouped', () => {
    expect(report).toEqual([
      'no Thai label; used the English label (4): n0, n1, karl-marx, n3',
      'no Thai summary; used the English summary (1): n0',
      'no summary; a placeholder was used (3): n1, karl-marx, n3',
      "ids renamed to kebab-case (1): 'Karl Marx' → 'karl-marx'",
      "nodes of an unknown kind, imported as concept (1): n3 ('Method')",
      "edges of an unknown relation, imported as influenced_by (1): n0 → n3 ('uses')",
      "edges left out: they point at a node that is not in the file (1): 'n1' → 'n9' (no 'n9')",
    ]);
  });
});

describe('importing a foreign GEXF file (Gephi style)', () => {
  const { graph, report } = imported(importGraph('gephi-style.gexf', fixture('gephi-style.gexf')));

  it('reads labels, a category attribute as the kind and edge labels as relations', () => {
    expect(graph.meta.title.en).toBe('Anarchism and its neighbours');
    expect(graph.nodes.map((n) => [n.id, n.kind, n.label.en, n.label.th])).toEqual([
      ['0', 'ideology', 'Anarchism', 'อนาธิปไตย'],
      ['1', 'ideology', 'Anarcho-communism', 'Anarcho-communism'],
      ['2', 'person', 'Peter Kropotkin', 'Peter Kropotkin'],
    ]);
  });

  it('leaves out an edge that would close a derived_from cycle, and says so', () => {
    expect(graph.edges.map((e) => `${e.source} ${e.relation} ${e.target}`)).toEqual([
      '1 derived_from 0',
      '2 developed 1',
    ]);
    expect(report).toContain(
      'edges left out because they break a graph rule (1): 0 → 1 (derived_from cycle: 0 → 1 → 0)',
    );
  });
});

describe('mapping foreign data that does not fit', () => {
  const graphml = (body: string, keys = '') =>
    `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">${body}</graph></graphml>`;
  const keys =
    '<key id="k" for="node" attr.name="kind"/><key id="l" for="node" attr.name="label"/><key id="r" for="edge" attr.name="relation"/>';

  it('falls back to influenced_by when the named relation does not fit the kinds at its ends', () => {
    const result = imported(
      fromGraphML(
        graphml(
          '<node id="a"><data key="k">concept</data></node><node id="b"><data key="k">concept</data></node>' +
            '<edge source="a" target="b"><data key="r">founded</data></edge>',
          keys,
        ),
      ),
    );
    expect(result.graph.edges.map((e) => e.relation)).toEqual(['influenced_by']);
    expect(result.report).toContain(
      'edges whose relation does not fit the kinds of their ends, imported as influenced_by (1): a → b (founded: concept → concept)',
    );
  });

  it('leaves out an edge no relation fits, and duplicate edges, and self-loops', () => {
    const result = imported(
      fromGraphML(
        graphml(
          '<node id="e"><data key="k">event</data></node><node id="s"><data key="k">state</data></node>' +
            '<node id="c"><data key="k">concept</data></node>' +
            '<edge source="e" target="c"><data key="r">uses</data></edge>' +
            '<edge source="e" target="s"><data key="r">occurred in</data></edge>' +
            '<edge source="e" target="s"><data key="r">occurred_in</data></edge>' +
            '<edge source="c" target="c"/>',
          keys,
        ),
      ),
    );
    expect(result.graph.edges.map((e) => `${e.source} ${e.relation} ${e.target}`)).toEqual([
      'e occurred_in s',
    ]);
    expect(result.report.slice(3)).toEqual([
      'edges left out: no relation fits the kinds of their ends (1): e → c (uses: event → concept)',
      'edges left out: from a node to itself (1): c',
      'edges left out because they break a graph rule (1): e → s (same as an earlier edge)',
    ]);
  });

  it('makes ids unique and kebab-case, from the label when the id has no usable letters', () => {
    const result = imported(
      fromGraphML(
        graphml(
          '<node id="Mao Zedong"/><node id="mao-zedong"/><node id="ลัทธิเหมา"><data key="l">Maoism</data></node><node id="毛"/>',
          keys,
        ),
      ),
    );
    expect(result.graph.nodes.map((n) => n.id)).toEqual([
      'mao-zedong',
      'mao-zedong-2',
      'maoism',
      'node-4',
    ]);
  });

  it('splits a foreign aliases attribute at bars, and reads a JSON array whole', () => {
    const aliases = '<key id="a" for="node" attr.name="aliases"/>';
    const result = imported(
      fromGraphML(
        graphml(
          '<node id="x"><data key="a">Marx | Engels|Karl</data></node>' +
            '<node id="y"><data key="a">["Left | Right", "Centre"]</data></node>' +
            '<node id="z"><data key="a">[draft] | final</data></node>',
          aliases,
        ),
      ),
    );
    expect(result.graph.nodes.map((n) => n.aliases)).toEqual([
      ['Marx', 'Engels', 'Karl'],
      ['Left | Right', 'Centre'],
      ['[draft]', 'final'],
    ]);
  });

  it('reads nested yEd groups as one flat graph and says so', () => {
    const result = imported(
      fromGraphML(graphml('<node id="g"><graph><node id="g::a"/><node id="g::b"/></graph></node>')),
    );
    expect(result.graph.nodes.map((n) => n.id)).toEqual(['g', 'g-a', 'g-b']);
    expect(result.report[0]).toBe('1 nested graph was flattened into one');
  });
});

describe('files that cannot be read', () => {
  it('gives the line and column of broken XML', () => {
    const result = importGraph('unclosed-tag.graphml', fixture('unclosed-tag.graphml'));
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'import',
          path: '',
          line: 6,
          column: 3,
          message:
            "invalid XML: expected closing tag 'node' (opened in line 4, col 5) instead of closing tag 'graph'.",
          hint: 'a GraphML file must be well-formed XML; look for an unclosed tag or an unescaped & or <',
        },
      ],
    });
  });

  it('names the root element of an XML file that is not GraphML or GEXF', () => {
    const graphml = importGraph('x.graphml', '<gexf version="1.3"><graph/></gexf>');
    expect(!graphml.ok && graphml.problems[0]!.message).toBe(
      'not a GraphML file: the root element is <gexf>, not <graphml>',
    );
    const gexf = fromGEXF('<graphml/>');
    expect(!gexf.ok && gexf.problems[0]!.message).toBe(
      'not a GEXF file: the root element is <graphml>, not <gexf>',
    );
  });

  it('refuses an empty file, bytes that are not UTF-8, and formats it cannot read', () => {
    const empty = importGraph('x.gexf', '  ');
    expect(!empty.ok && empty.problems[0]!.code).toBe('empty');
    const latin1 = importGraph('x.graphml', new Uint8Array([0x3c, 0x61, 0xe9, 0x3e]));
    expect(!latin1.ok && latin1.problems[0]!.code).toBe('not_utf8');
    const csv = importGraph('graph.csv', 'id\n');
    expect(!csv.ok && csv.problems[0]).toMatchObject({
      code: 'unsupported_format',
      message: "cannot read .csv file 'graph.csv'",
    });
  });

  it('does not expand entities declared in a DOCTYPE', () => {
    const bomb =
      '<?xml version="1.0"?><!DOCTYPE g [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>' +
      '<graphml><key id="l" for="node" attr.name="label"/><graph><node id="x"><data key="l">&b;</data></node></graph></graphml>';
    const result = imported(fromGraphML(bomb));
    expect(result.graph.nodes[0]!.label.en).toBe('&b;');
  });
});

describe('importGraph and formatForFileName', () => {
  it('knows formats by extension, case-insensitively, with .xml as GraphML', () => {
    expect(
      [
        'a.json',
        'b.GraphML',
        'c.xml',
        'd.gexf',
        'e.csv',
        'f.PNG',
        'g.svg',
        'h.txt',
        'noext',
        'dir.json/x',
      ].map(formatForFileName),
    ).toEqual([
      'json',
      'graphml',
      'graphml',
      'gexf',
      'csv',
      'png',
      'svg',
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('reads JSON exactly as validate does, with an empty report', () => {
    const text = readFileSync('tests/fixtures/valid-small.json', 'utf8');
    const result = importGraph('tests/fixtures/valid-small.json', text);
    expect(result.ok && result.report).toEqual([]);
    const broken = importGraph('x.json', '{');
    expect(!broken.ok && broken.problems[0]!.code).toBe('json_syntax');
  });

  it('reads a .xml file as GraphML', () => {
    const result = importGraph('graph.xml', fixture('yed-style.graphml'));
    expect(result.ok && result.graph.nodes).toHaveLength(4);
  });
});
