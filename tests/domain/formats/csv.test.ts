import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  csvField,
  EDGE_CSV_COLUMNS,
  NODE_CSV_COLUMNS,
  spreadsheetSafe,
  toCSV,
} from '../../../src/lib/domain/formats/csv';
import { graphArbitrary, SAMPLE } from './sample-graph';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes. */
function readCSV(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quoted = false;
        i++;
      } else {
        field += c;
        i++;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
      i++;
    } else if (c === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else {
      if (c === '"' || c === '\r' || c === '\n')
        throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
      field += c;
      i++;
    }
  }
  if (field !== '' || row.length) throw new Error('last record does not end in CRLF');
  return rows;
}

function records(text: string): Record<string, string>[] {
  const [header, ...rows] = readCSV(text);
  for (const row of rows) expect(row).toHaveLength(header!.length);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i]!])));
}

describe('toCSV', () => {
  const { nodes, edges } = toCSV(SAMPLE);

  it('starts each table with its header row, and no byte-order mark', () => {
    expect(nodes.split('\r\n')[0]).toBe(
      'id,kind,label_en,label_th,aliases,summary_en,summary_th,start,end,circa,sources',
    );
    expect(edges.split('\r\n')[0]).toBe(
      'source,target,relation,certainty,note_en,note_th,start,end,sources',
    );
    expect(readCSV(nodes)[0]).toEqual([...NODE_CSV_COLUMNS]);
    expect(readCSV(edges)[0]).toEqual([...EDGE_CSV_COLUMNS]);
    expect(nodes.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes one row per node and per edge', () => {
    expect(records(nodes)).toHaveLength(SAMPLE.nodes.length);
    expect(records(edges)).toHaveLength(SAMPLE.edges.length);
  });

  it('keeps Thai text, commas, quotes and line breaks through a strict reader', () => {
    const [marxism, leninism, , republic] = records(nodes);
    expect(marxism).toEqual({
      id: 'marxism',
      kind: 'ideology',
      label_en: 'Marxism',
      label_th: 'ลัทธิมากซ์',
      aliases: 'ลัทธิมาร์กซ์ | Marx, Karl: theory | the "scientific" socialism',
      summary_en: SAMPLE.nodes[0]!.summary.en,
      summary_th: SAMPLE.nodes[0]!.summary.th,
      start: '1848',
      end: '',
      circa: '',
      sources: JSON.stringify(SAMPLE.nodes[0]!.sources),
    });
    expect(leninism).toMatchObject({ start: '1903', end: '1924', circa: 'true' });
    expect(republic).toMatchObject({ start: '-375', circa: 'true' });
    expect(records(edges)[3]).toEqual({
      source: 'marxism',
      target: 'plato-republic',
      relation: 'influenced_by',
      certainty: 'disputed',
      note_en: SAMPLE.edges[3]!.note!.en,
      note_th: 'บทความกล่าวเช่นนั้น, แต่ไม่แน่ชัด',
      start: '',
      end: '',
      sources: JSON.stringify(SAMPLE.edges[3]!.sources),
    });
  });

  it('quotes only the fields that need it', () => {
    expect(edges.split('\r\n')[1]).toBe(
      'leninism,marxism,derived_from,stated,,,,,"[{""source"":""wiki-th"",""section"":""ลัทธิเลนิน""}]"',
    );
  });

  // Read back as written, after the spreadsheet-safety rule (tested on its own below): the
  // generated text has leading "=", "-", tabs and CRLFs, which the rule changes on purpose.
  it('reads back every label and summary of any generated graph', () => {
    const safe = spreadsheetSafe;
    fc.assert(
      fc.property(graphArbitrary, (file) => {
        const tables = toCSV(file);
        const rows = records(tables.nodes);
        expect(rows.map((r) => [r.id, r.label_en, r.label_th, r.summary_en, r.summary_th])).toEqual(
          file.nodes.map((n) => [
            n.id,
            safe(n.label.en),
            safe(n.label.th),
            safe(n.summary.en),
            safe(n.summary.th),
          ]),
        );
        expect(
          records(tables.edges).map((r) => [r.source, r.relation, r.target, r.note_en]),
        ).toEqual(file.edges.map((e) => [e.source, e.relation, e.target, safe(e.note?.en ?? '')]));
      }),
      { numRuns: 150 },
    );
  });
});

describe('CSV cells a spreadsheet would run (OWASP CSV injection)', () => {
  it.each([
    [
      '=HYPERLINK("http://evil.example","click")',
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    ],
    ["+1+cmd|' /C calc'!A0", "\"'+1+cmd|' /C calc'!A0\""],
    ['-2+3', '"\'-2+3"'],
    ['@SUM(A1:A9)', '"\'@SUM(A1:A9)"'],
    ['\t=1', '"\'\t=1"'],
    ['\r=1', '"\'\r=1"'],
    ['\u0007=1', '"\'=1"'],
  ])('neutralises %j with a quote and keeps it quoted', (value, written) => {
    expect(csvField(value)).toBe(written);
  });

  it('leaves plain numbers, such as a year BCE, and ordinary text alone', () => {
    expect(csvField('-375')).toBe('-375');
    expect(csvField('1848')).toBe('1848');
    expect(csvField('Marxism – Leninism')).toBe('Marxism – Leninism');
    expect(csvField('a=b')).toBe('a=b');
  });

  it('removes control characters and keeps line breaks inside the quoted cell', () => {
    expect(csvField('a\u0000b\u001bc\u007fd\u009be')).toBe('abcde');
    expect(csvField('one\r\ntwo\nthree')).toBe('"one\r\ntwo\nthree"');
  });

  const anyText = fc.string({
    unit: fc.oneof(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t',
        '\r',
        '\n',
        '\u0000',
        '\u001b',
        '\u009b',
        '"',
        ',',
        "'",
      ),
      fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme' }),
    ),
    maxLength: 30,
  });

  // Written out here rather than imported, so that the test does not share the rule's mistakes.
  // eslint-disable-next-line no-control-regex
  const invisible = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
  const readCell = (value: string) => (readCSV(`${csvField(value)}\r\n`) as [[string]])[0][0];

  it('never writes a cell that starts a formula or holds a control character', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const cell = readCell(value);
        expect(cell).not.toMatch(invisible);
        if (/^[=+\-@\t\r]/.test(cell)) expect(cell).toMatch(/^-?\d+(\.\d+)?$/);
        if (cell.startsWith("'")) expect(csvField(value).startsWith('"\'')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('changes nothing else: the cell read back is the text without controls, maybe after a quote', () => {
    fc.assert(
      fc.property(anyText, (value) => {
        const visible = value.replace(invisible, '');
        const formula = /^[=+\-@\t\r]/.test(visible) && !/^-?\d+(\.\d+)?$/.test(visible);
        expect(readCell(value)).toBe(formula ? `'${visible}` : visible);
      }),
      { numRuns: 500 },
    );
  });
});
