/**
 * Graphs for format tests: one hand-written graph whose text has everything a format can get
 * wrong (Thai, commas, quotes, line breaks, <, & and >, BCE years, a disputed edge with a note),
 * and a fast-check arbitrary of small valid graphs built from the same awkward alphabet.
 */
import fc from 'fast-check';
import { validateGraphData } from '../../../src/lib/domain/load-graph';
import { relationSpec } from '../../../src/lib/domain/relations';
import type { GraphFile } from '../../../src/lib/domain/schema';

function valid(data: unknown): GraphFile {
  const result = validateGraphData(data);
  if (!result.ok) {
    throw new Error(
      `sample graph is invalid:\n${result.problems.map((p) => `${p.path} ${p.message}`).join('\n')}`,
    );
  }
  return result.graph;
}

const ref = (section: string) => [{ source: 'wiki-th', section }];

export const SAMPLE: GraphFile = valid({
  $schema: '../../graph/graph.schema.json',
  version: 1,
  meta: {
    id: 'sample',
    title: { en: 'Sample, "with" <awkward> & text', th: 'ตัวอย่าง' },
    description: { en: 'For format tests.', th: 'สำหรับทดสอบรูปแบบไฟล์' },
    sources: [
      {
        id: 'wiki-th',
        title: 'ลัทธิคอมมิวนิสต์ — Wikipedia',
        url: 'https://th.wikipedia.org/wiki/%E0%B8%A5%E0%B8%B1%E0%B8%97%E0%B8%98%E0%B8%B4?a=1&b=2',
        license: 'CC BY-SA 4.0',
        retrieved: '2025-01-01',
      },
      { id: 'other', title: 'Another source' },
    ],
  },
  nodes: [
    {
      id: 'marxism',
      kind: 'ideology',
      label: { en: 'Marxism', th: 'ลัทธิมากซ์' },
      aliases: ['ลัทธิมาร์กซ์', 'Marx, Karl: theory', 'the "scientific" socialism'],
      summary: {
        en: 'Theory of history, class struggle & "surplus value".\nSecond line, with <tags>.',
        th: 'ทฤษฎีประวัติศาสตร์และการต่อสู้ทางชนชั้น\r\nบรรทัดที่สอง',
      },
      time: { start: 1848 },
      sources: [...ref('ลัทธิมากซ์'), { source: 'other', section: 'p. 1, §2' }],
    },
    {
      id: 'leninism',
      kind: 'ideology',
      label: { en: 'Leninism', th: 'ลัทธิเลนิน' },
      summary: { en: 'Marxism with a vanguard party.', th: 'ลัทธิมากซ์ที่มีพรรคกองหน้า' },
      time: { start: 1903, end: 1924, circa: true },
      sources: ref('ลัทธิเลนิน'),
    },
    {
      id: 'karl-marx',
      kind: 'person',
      label: { en: 'Karl Marx', th: 'คาร์ล มากซ์' },
      summary: { en: 'German philosopher.', th: 'นักปรัชญาชาวเยอรมัน' },
      time: { start: 1818, end: 1883 },
      sources: ref('ประวัติ'),
    },
    {
      id: 'plato-republic',
      kind: 'work',
      label: { en: 'The Republic', th: 'อุตมรัฐ' },
      summary: {
        en: 'Dialogue on justice; early "communism" of guardians.',
        th: 'บทสนทนาว่าด้วยความยุติธรรม',
      },
      time: { start: -375, circa: true },
      sources: ref('แนวคิดยุคแรก'),
    },
    {
      id: 'communist-manifesto',
      kind: 'work',
      label: { en: 'The Communist Manifesto', th: 'แถลงการณ์พรรคคอมมิวนิสต์' },
      summary: { en: 'Pamphlet, 1848.', th: 'จุลสาร' },
      time: { start: 1848, end: 1848 },
      sources: ref('ลัทธิมากซ์'),
    },
  ],
  edges: [
    {
      source: 'leninism',
      target: 'marxism',
      relation: 'derived_from',
      sources: ref('ลัทธิเลนิน'),
    },
    {
      source: 'karl-marx',
      target: 'marxism',
      relation: 'developed',
      time: { start: 1844, circa: true },
      sources: ref('ลัทธิมากซ์'),
    },
    {
      source: 'karl-marx',
      target: 'communist-manifesto',
      relation: 'authored',
      sources: ref('ลัทธิมากซ์'),
    },
    {
      source: 'marxism',
      target: 'plato-republic',
      relation: 'influenced_by',
      certainty: 'disputed',
      note: {
        en: 'The article says so; historians disagree, "strongly".\nSee the talk page.',
        th: 'บทความกล่าวเช่นนั้น, แต่ไม่แน่ชัด',
      },
      sources: ref('แนวคิดยุคแรก'),
    },
  ],
});

/** Text with the characters formats trip on: separators, quotes, markup, line breaks, Thai, emoji. */
const awkwardText = (maxLength: number) =>
  fc
    .array(
      fc.constantFrom(
        'a',
        'Z',
        '0',
        ' ',
        ',',
        ';',
        '"',
        "'",
        '<',
        '>',
        '&',
        '&amp;',
        '\n',
        '\r\n',
        '\t',
        '|',
        'ก',
        'ไ',
        'ท',
        'ย',
        '่',
        'ั',
        '—',
        'é',
        '😀',
        '#',
        '=',
        '-',
        ']]>',
        '--',
        '{',
        '}',
      ),
      { minLength: 1, maxLength },
    )
    // Cut by code point: half an emoji is not text any format has to carry.
    .map((parts) => Array.from(parts.join('')).slice(0, maxLength).join(''))
    .filter((s) => s.trim().length > 0);

/** Aliases are joined with " | ", unless one has the separator or the list reads as JSON. */
const aliasText = fc.oneof(
  awkwardText(20),
  fc.constantFrom('Marx | Engels', ' | ', '["a", "b"]', '[draft]', '[', 'a|b'),
);

const KINDS = ['ideology', 'person', 'organization', 'work', 'concept'] as const;
const RELATIONS = ['derived_from', 'influenced_by', 'criticized', 'opposed', 'part_of'] as const;

/** Small valid graphs with awkward text everywhere; edges that break a rule are dropped. */
export const graphArbitrary: fc.Arbitrary<GraphFile> = fc
  .record({
    nodes: fc.array(
      fc.record({
        kind: fc.constantFrom(...KINDS),
        en: awkwardText(40),
        th: awkwardText(40),
        aliases: fc.array(aliasText, { maxLength: 3 }),
        summaryEn: awkwardText(80),
        summaryTh: awkwardText(80),
        start: fc.option(fc.integer({ min: -5000, max: 2200 }), { nil: undefined }),
        length: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
        circa: fc.option(fc.boolean(), { nil: undefined }),
        section: awkwardText(20),
      }),
      { minLength: 1, maxLength: 8 },
    ),
    edges: fc.array(
      fc.record({
        a: fc.nat(),
        b: fc.nat(),
        relation: fc.constantFrom(...RELATIONS),
        certainty: fc.constantFrom('stated', 'disputed', 'inferred'),
        noteEn: fc.option(awkwardText(60), { nil: undefined }),
        noteTh: fc.option(awkwardText(60), { nil: undefined }),
      }),
      { maxLength: 12 },
    ),
    title: awkwardText(30),
  })
  .map(({ nodes, edges, title }) => {
    const fileNodes = nodes.map((n, i) => {
      const end =
        n.start !== undefined && n.length !== undefined
          ? Math.min(2200, n.start + n.length)
          : undefined;
      const time =
        n.start !== undefined || n.circa !== undefined
          ? {
              ...(n.start !== undefined ? { start: n.start } : {}),
              ...(end !== undefined ? { end } : {}),
              ...(n.circa !== undefined ? { circa: n.circa } : {}),
            }
          : undefined;
      return {
        id: `n-${i}`,
        kind: n.kind,
        label: { en: n.en, th: n.th },
        aliases: n.aliases,
        summary: { en: n.summaryEn, th: n.summaryTh },
        ...(time ? { time } : {}),
        sources: [{ source: 'gen', section: n.section }],
      };
    });
    const seen = new Set<string>();
    const fileEdges = [];
    for (const e of edges) {
      // Edges always point from a later node to an earlier one, so no relation can loop.
      const hi = e.a % fileNodes.length;
      const lo = e.b % fileNodes.length;
      if (hi <= lo) continue;
      const source = fileNodes[hi]!;
      const target = fileNodes[lo]!;
      const spec = relationSpec(e.relation);
      if (!spec.from.includes(source.kind) || !spec.to.includes(target.kind)) continue;
      const key = spec.symmetric ? `${lo}|${e.relation}|${hi}` : `${hi}|${e.relation}|${lo}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const note =
        e.noteEn !== undefined
          ? { en: e.noteEn, ...(e.noteTh !== undefined ? { th: e.noteTh } : {}) }
          : undefined;
      fileEdges.push({
        source: source.id,
        target: target.id,
        relation: e.relation,
        certainty: e.certainty === 'disputed' && !note ? 'stated' : e.certainty,
        ...(note ? { note } : {}),
        sources: [{ source: 'gen', section: 'edges' }],
      });
    }
    return valid({
      version: 1,
      meta: {
        id: 'generated',
        title: { en: title, th: title },
        sources: [{ id: 'gen', title: 'Generated' }],
      },
      nodes: fileNodes,
      edges: fileEdges,
    });
  });
