import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphJsonSchemaText } from '../../src/lib/domain/json-schema';
import { loadGraphText, validateGraphData } from '../../src/lib/domain/load-graph';
import { RELATIONS, relationIds } from '../../src/lib/domain/relations';
import { nodeKinds } from '../../src/lib/domain/kinds';
import { edgeSchema, nodeSchema } from '../../src/lib/domain/schema';
import { editDistance, closestMatches, NameIndex } from '../../src/lib/domain/suggest';
import { toKebabCase } from '../../src/lib/domain/zod-issues';

const ROOT = resolve(import.meta.dirname, '../..');
const small = () =>
  JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/valid-small.json'), 'utf8'));

describe('node schema', () => {
  const node = {
    id: 'council-communism',
    kind: 'ideology',
    label: { en: 'Council communism', th: 'ลัทธิคอมมิวนิสต์สภา' },
    summary: { en: 'Workers’ councils rather than a party.', th: 'สภาคนงานแทนพรรค' },
    sources: [{ source: 'x', section: 'y' }],
  };

  it('fills in an empty alias list when none is given', () => {
    expect(nodeSchema.parse(node).aliases).toEqual([]);
  });

  it('accepts BCE years and approximate dates', () => {
    const parsed = nodeSchema.parse({ ...node, time: { start: -428, end: -348, circa: true } });
    expect(parsed.time).toEqual({ start: -428, end: -348, circa: true });
  });

  it.each(['Maoism', 'mao--ism', '-maoism', 'mao_ism', 'ลัทธิเหมา', ''])(
    'rejects the id %j',
    (id) => {
      expect(nodeSchema.safeParse({ ...node, id }).success).toBe(false);
    },
  );

  it('rejects unknown fields rather than silently dropping them', () => {
    expect(nodeSchema.safeParse({ ...node, colour: 'red' }).success).toBe(false);
  });
});

describe('edge schema', () => {
  const edge = {
    source: 'maoism',
    target: 'marxism-leninism',
    relation: 'derived_from',
    sources: [{ source: 'x', section: 'y' }],
  };

  it('defaults certainty to stated', () => {
    expect(edgeSchema.parse(edge).certainty).toBe('stated');
  });

  it('accepts every relation in the table and nothing else', () => {
    for (const relation of relationIds)
      expect(edgeSchema.safeParse({ ...edge, relation }).success).toBe(true);
    expect(edgeSchema.safeParse({ ...edge, relation: 'likes' }).success).toBe(false);
  });
});

describe('relation table', () => {
  it('has the relations the format promises, each with both labels and endpoint kinds', () => {
    for (const id of [
      'derived_from',
      'opposed',
      'founded',
      'developed',
      'led',
      'member_of',
      'split_from',
      'succeeded',
      'influenced_by',
      'authored',
      'adhered_to',
      'allied_with',
      'participated_in',
    ]) {
      expect(relationIds).toContain(id);
    }
    for (const spec of Object.values(RELATIONS)) {
      expect(spec.label.en && spec.label.th && spec.forward.th && spec.backward.en).toBeTruthy();
      expect(spec.from.length).toBeGreaterThan(0);
      for (const kind of [...spec.from, ...spec.to]) expect(nodeKinds).toContain(kind);
    }
  });

  it('makes derived_from acyclic and opposed symmetric', () => {
    expect(RELATIONS.derived_from.acyclic).toBe(true);
    expect(RELATIONS.opposed.symmetric).toBe(true);
    expect(RELATIONS.adhered_to.to).toEqual(['ideology']);
  });
});

describe('loading', () => {
  it('accepts the small fixture and applies defaults', () => {
    const result = validateGraphData(small());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.graph.edges[0]!.certainty).toBe('stated');
  });

  it('accepts a UTF-8 byte-order mark', () => {
    const text = readFileSync(resolve(ROOT, 'tests/fixtures/valid-small.json'), 'utf8');
    expect(loadGraphText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('reports all problems at once, not just the first', () => {
    const data = small();
    data.nodes[0].kind = 'ideolgy';
    data.edges[0].target = 'nowhere';
    data.nodes[2].time = { start: 1900, end: 1800 };
    const result = validateGraphData(data);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems.map((p) => p.code).sort()).toEqual([
        'schema',
        'time_order',
        'unknown_node',
      ]);
  });

  it('caps the number of problems listed so a hostile file cannot flood the output', () => {
    const data = small();
    data.edges = Array.from({ length: 2000 }, (_, i) => ({
      source: `a${i}`,
      target: 'marxism',
      relation: 'derived_from',
      sources: [{ source: 'test', section: 's' }],
    }));
    const result = validateGraphData(data);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(501);
      expect(result.problems.at(-1)!.code).toBe('too_many_problems');
    }
  });

  it('refuses more nodes than the limit before validating any of them', () => {
    const data = small();
    data.nodes = new Array(200_001).fill(0);
    const result = validateGraphData(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatchObject({ code: 'too_large', path: 'nodes' });
  });

  it('reports a cycle through a long derived_from chain without overflowing the stack', () => {
    const data = small();
    const n = 20_000;
    data.nodes = Array.from({ length: n }, (_, i) => ({
      ...data.nodes[0],
      id: `i${i}`,
      aliases: [],
    }));
    data.edges = Array.from({ length: n }, (_, i) => ({
      source: `i${i}`,
      target: `i${(i + 1) % n}`,
      relation: 'derived_from',
      sources: [{ source: 'test', section: 's' }],
    }));
    const result = validateGraphData(data);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toEqual(['cycle']);
  });
});

describe('hostile text', () => {
  const withUrl = (url: string) => {
    const file = small();
    file.meta.sources[0].url = url;
    return loadGraphText(JSON.stringify(file, null, 2));
  };

  it.each([
    'javascript:alert(document.domain)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,x',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
  ])('refuses the source url %j with a located message', (url) => {
    const result = withUrl(url);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({
        path: 'meta.sources[0].url',
        message: expect.stringContaining('must be an http: or https: address'),
        line: expect.any(Number),
        column: expect.any(Number),
      }),
    ]);
  });

  it('accepts http and https source urls', () => {
    expect(withUrl('http://example.org/a').ok).toBe(true);
    expect(withUrl('https://th.wikipedia.org/wiki?curid=23142').ok).toBe(true);
  });

  it.each(['\u200b', '\u200b\u200c\u200d', '\ufeff', '\u2060\u00ad', ' \u3164 ', '\u202e'])(
    'refuses a label of only invisible characters (%j)',
    (label) => {
      const file = small();
      file.nodes[0].label.th = JSON.parse(`"${label}"`);
      const result = validateGraphData(file);
      expect(result.ok).toBe(false);
      // U+FEFF counts as white space in JavaScript, so it gets the message for a blank label.
      if (!result.ok)
        expect(result.problems[0]!.message).toMatch(
          /must have a visible character|must not be empty or blank/,
        );
    },
  );

  it('still accepts Thai text with its combining vowels and tone marks', () => {
    const file = small();
    file.nodes[0].label.th = 'ลัทธิเหมา';
    expect(validateGraphData(file).ok).toBe(true);
  });

  it('reports a number too large to hold in plain words, where it is', () => {
    const text = JSON.stringify(small(), null, 2).replace('"start": 1848', '"start": 1e309');
    const result = loadGraphText(text);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.problems).toEqual([
        expect.objectContaining({
          path: 'nodes[0].time.start',
          message: "'start' is a number too large to hold",
          line: expect.any(Number),
        }),
      ]);
  });

  it('refuses a key given twice in one object, at the second one, escaped or not', () => {
    const result = loadGraphText('{\n  "a": { "b": 1,\n    "\\u0062": 2 } }');
    expect(result).toEqual({
      ok: false,
      problems: [expect.objectContaining({ code: 'duplicate_key', line: 3, column: 5 })],
    });
    // The same key in different objects, or as a value, is fine.
    const fine = loadGraphText('{ "a": { "b": "b" }, "c": [{ "b": 1 }, { "b": 2 }] }');
    expect(fine.ok || fine.problems[0]!.code).not.toBe('duplicate_key');
  });
});

describe('suggestions', () => {
  it('counts a transposition as one edit and gives up past the bound', () => {
    expect(editDistance('lenisnim', 'leninism')).toBe(2);
    expect(editDistance('marxsim', 'marxism')).toBe(1);
    expect(editDistance('abc', 'xyzxyz', 2)).toBe(3);
  });

  it('suggests the closest ids first', () => {
    expect(
      closestMatches('lenninism', ['leninism', 'marxism', 'maoism', 'marxism-leninism']),
    ).toEqual(['leninism']);
  });

  it('gives the same suggestions from an index built once as from a scan', () => {
    // A small alphabet makes near misses common; lengths on both sides of 32 cover both ways of
    // measuring, and "Ab" checks that case does not matter.
    const name = fc.stringMatching(/^[ab\-Ab]{0,40}$/);
    fc.assert(
      fc.property(fc.uniqueArray(name, { maxLength: 40 }), name, fc.nat(), (names, other, pick) => {
        const index = new NameIndex(names);
        const near = names.length ? `${names[pick % names.length]!.slice(1)}b` : other;
        for (const query of [other, near]) {
          expect(index.closest(query, 50)).toEqual(closestMatches(query, names, 50));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('guesses kebab-case ids from names', () => {
    expect(toKebabCase('Marxism–Leninism')).toBe('marxism-leninism');
    expect(toKebabCase('  Pol Pot ')).toBe('pol-pot');
  });
});

describe('JSON Schema', () => {
  it('graph/graph.schema.json is up to date with the zod schema (run `npm run schema`)', () => {
    const committed = readFileSync(resolve(ROOT, 'graph/graph.schema.json'), 'utf8');
    expect(committed).toBe(graphJsonSchemaText());
  });
});
