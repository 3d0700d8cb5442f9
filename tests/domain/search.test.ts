import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { resolveNode, UnknownNameError } from '../../src/lib/domain/resolve-name';
import {
  createSearchIndex,
  EXACT_ALIAS,
  normalizeForSearch,
  searchNodes,
} from '../../src/lib/domain/search';
import { tinyGraph } from './queries/tiny-graph';

const model = tinyGraph([
  { id: 'marxism', en: 'Marxism', th: 'ลัทธิมากซ์', aliases: ['ลัทธิมาร์กซ์', 'Scientific socialism'] },
  { id: 'leninism', en: 'Leninism', th: 'ลัทธิเลนิน' },
  { id: 'marxism-leninism', en: 'Marxism–Leninism', th: 'ลัทธิมากซ์–เลนิน' },
  { id: 'maoism', en: 'Maoism', th: 'ลัทธิเหมา', aliases: ['Mao Zedong Thought', 'ความคิดเหมาเจ๋อตง'] },
  { id: 'trotskyism', en: 'Trotskyism', th: 'ลัทธิทรอตสกี' },
  { id: 'stalinism', en: 'Stalinism', th: 'ลัทธิสตาลิน' },
  { id: 'karl-marx', kind: 'person', en: 'Karl Marx', th: 'คาร์ล มาร์กซ์' },
  {
    id: 'mao-zedong',
    kind: 'person',
    en: 'Mao Zedong',
    th: 'เหมา เจ๋อตง',
    aliases: ['Mao Tse-tung'],
  },
  { id: 'ho-chi-minh', kind: 'person', en: 'Hồ Chí Minh', th: 'โฮจิมินห์' },
  { id: 'first-international', kind: 'organization', en: 'First International', th: 'สากลที่หนึ่ง' },
]);
const index = createSearchIndex(model.nodes);
const ids = (query: string, options?: Parameters<typeof searchNodes>[2]) =>
  searchNodes(index, query, options).map((hit) => hit.id);

describe('normalizeForSearch', () => {
  it('folds case, Unicode forms, dashes and spaces', () => {
    expect(normalizeForSearch('Marxism-Leninism')).toBe('marxism leninism');
    expect(normalizeForSearch('Marxism–Leninism')).toBe('marxism leninism');
    expect(normalizeForSearch('MARXISM — LENINISM')).toBe('marxism leninism');
    expect(normalizeForSearch('  marxism\u2010leninism ')).toBe('marxism leninism');
    expect(normalizeForSearch('ＭＡＲＸ')).toBe('marx');
    expect(normalizeForSearch('Hồ Chí Minh')).toBe('ho chi minh');
    expect(normalizeForSearch("People's Republic")).toBe('peoples republic');
  });

  it('drops Thai silent consonants with their thanthakhat', () => {
    expect(normalizeForSearch('มาร์กซ์')).toBe('มาก');
    expect(normalizeForSearch('มากซ์')).toBe('มาก');
    expect(normalizeForSearch('ลัทธิมาร์กซ์')).toBe(normalizeForSearch('ลัทธิมากซ์'));
    expect(normalizeForSearch('ศักดิ์')).toBe('ศัก');
  });
});

describe('searchNodes', () => {
  it('ranks exact before prefix before word-prefix before substring', () => {
    expect(ids('marxism')).toEqual(['marxism', 'marxism-leninism']);
    expect(searchNodes(index, 'marxism')[0]).toEqual({
      id: 'marxism',
      score: 1,
      matched: 'Marxism',
      field: 'label.en',
    });
    // prefix of "Mao Zedong" and "Maoism"; the shorter text covers more of it.
    expect(ids('mao')).toEqual(['maoism', 'mao-zedong']);
    // word-prefix ("leninism" in "Marxism–Leninism") after prefix ("Leninism").
    expect(ids('lenin')).toEqual(['leninism', 'marxism-leninism']);
    // substring only.
    expect(ids('ninism')).toEqual(['leninism', 'marxism-leninism']);
    const scores = searchNodes(index, 'lenin').map((hit) => hit.score);
    expect(scores[0]).toBeGreaterThan(scores[1]!);
  });

  it('treats dash variants and spaces alike', () => {
    for (const query of [
      'Marxism-Leninism',
      'Marxism–Leninism',
      'marxism leninism',
      'marxism—leninism',
    ]) {
      expect(searchNodes(index, query)[0]).toMatchObject({ id: 'marxism-leninism', score: 1 });
    }
  });

  it('finds Thai labels, including by substring (Thai has no spaces)', () => {
    expect(ids('ลัทธิเหมา')[0]).toBe('maoism');
    expect(ids('เหมา')).toEqual(['mao-zedong', 'maoism']);
    // After a space (a word start) ranks above inside a word.
    expect(ids('เลนิน')).toEqual(['marxism-leninism', 'leninism']);
  });

  it('makes มากซ์ and มาร์กซ์ the same', () => {
    expect(searchNodes(index, 'คาร์ล มากซ์')[0]).toMatchObject({ id: 'karl-marx', score: 1 });
    expect(searchNodes(index, 'ลัทธิมาร์กซ์')[0]).toMatchObject({ id: 'marxism', score: 1 });
    expect(ids('มาร์กซ์')).toEqual(['karl-marx', 'marxism', 'marxism-leninism']);
    expect(ids('มากซ์')).toEqual(ids('มาร์กซ์'));
  });

  it('ignores Thai tone marks when tolerating typos', () => {
    expect(searchNodes(index, 'ความคิดเหมาเจอตง')[0]).toMatchObject({
      id: 'maoism',
      field: 'alias',
    });
  });

  it('finds aliases, exact aliases just below exact names', () => {
    expect(searchNodes(index, 'mao tse tung')[0]).toEqual({
      id: 'mao-zedong',
      score: EXACT_ALIAS,
      matched: 'Mao Tse-tung',
      field: 'alias',
    });
    expect(ids('scientific')).toEqual(['marxism']);
  });

  it('tolerates typos', () => {
    expect(ids('lenninism')[0]).toBe('leninism');
    expect(ids('trotskism')).toEqual(['trotskyism']);
    expect(ids('stalnism')).toEqual(['stalinism']);
    expect(ids('karl marks')).toEqual(['karl-marx']);
    expect(searchNodes(index, 'trotskism')[0]!.score).toBeLessThan(0.6);
  });

  it('tolerates two letters swapped, one edit like any other typo', () => {
    expect(ids('maosim')[0]).toBe('maoism');
    expect(ids('leninsim')[0]).toBe('leninism');
    expect(ids('stailnism')[0]).toBe('stalinism');
  });

  it('matches ids and ignores accents', () => {
    expect(searchNodes(index, 'first-international')[0]).toMatchObject({
      id: 'first-international',
      score: 1,
    });
    expect(ids('ho chi minh')).toEqual(['ho-chi-minh']);
  });

  it('filters by kind and honours the limit', () => {
    expect(ids('mao', { kinds: ['person'] })).toEqual(['mao-zedong']);
    expect(ids('ism', { limit: 2 })).toEqual(['maoism', 'marxism']);
    expect(ids('ism', { limit: 0 })).toEqual([]);
  });

  it('returns nothing for nonsense or a blank query', () => {
    expect(ids('zzzzqqq')).toEqual([]);
    expect(ids('')).toEqual([]);
    expect(ids(' – ')).toEqual([]);
  });

  it('orders deterministically: score, then label, then id', () => {
    const twins = tinyGraph([
      { id: 'b', en: 'Same' },
      { id: 'a', en: 'Same' },
      { id: 'c', en: 'Sama' },
    ]);
    expect(searchNodes(createSearchIndex(twins.nodes), 'sam').map((h) => h.id)).toEqual([
      'c',
      'a',
      'b',
    ]);
  });

  it('finds every node first by its own id and its own labels', () => {
    const word = fc.stringMatching(/^[a-z]{2,9}$/);
    const thaiLetter = fc.constantFrom(...'กขคงจชซดตนบปผพฟมยรลวสหอฮ'.split(''));
    const thaiVowel = fc.constantFrom('\u0E30', '\u0E32', '\u0E34', '\u0E35', '\u0E38', '\u0E39');
    const thai = fc
      .tuple(thaiLetter, fc.array(fc.tuple(thaiLetter, thaiVowel), { minLength: 1, maxLength: 3 }))
      .map(([first, rest]) => first + rest.map(([c, v]) => c + v).join(''));
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(word, word, thai), {
          minLength: 1,
          maxLength: 25,
          selector: ([a, b, t]) => [a, `${a} ${b}`, normalizeForSearch(t)].join('|'),
        }),
        (specs) => {
          // Make names unique across nodes and fields by suffixing the node's number.
          const nodes = specs.map(([a, b, t], i) => ({
            id: `${a}-n${i}`,
            en: `${a} ${b} ${i}`,
            th: `${t}${'กขค'[i % 3]}${i}`,
          }));
          const g = tinyGraph(nodes);
          const ix = createSearchIndex(g.nodes);
          for (const node of g.nodes) {
            for (const name of [node.id, node.label.en, node.label.th]) {
              expect(searchNodes(ix, name)[0]).toMatchObject({ id: node.id, score: 1 });
              expect(resolveNode(g, name).id).toBe(node.id);
            }
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe('resolveNode', () => {
  it('resolves by id, label, Thai label or alias, in any case or dash style', () => {
    expect(resolveNode(model, 'maoism').id).toBe('maoism');
    expect(resolveNode(model, 'MAOISM').id).toBe('maoism');
    expect(resolveNode(model, 'ลัทธิเหมา').id).toBe('maoism');
    expect(resolveNode(model, 'Mao Zedong Thought').id).toBe('maoism');
    expect(resolveNode(model, 'marxism leninism').id).toBe('marxism-leninism');
    expect(resolveNode(model, 'ลัทธิมาร์กซ์').id).toBe('marxism');
  });

  it('throws UnknownNameError with suggestions on anything but an exact match', () => {
    let error: unknown;
    try {
      resolveNode(model, 'lenninism');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownNameError);
    const unknown = error as UnknownNameError;
    expect(unknown.message).toBe("resolveNode: unknown name 'lenninism'");
    expect(unknown.query).toBe('lenninism');
    expect(unknown.suggestions[0]).toEqual({ id: 'leninism', label: 'Leninism' });
    // A prefix is not a name.
    expect(() => resolveNode(model, 'mao')).toThrow(UnknownNameError);
    expect(() => resolveNode(model, 'zzzzqqq')).toThrow("resolveNode: unknown name 'zzzzqqq'");
  });
});
