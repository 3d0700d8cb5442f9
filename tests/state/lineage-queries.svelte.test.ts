// Lineage queries in the explorer's state: Path, "Lineage of …" and "Compare", read from and
// written to the URL, with in-memory ports over the 24-node lineage fixture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const fixture = readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/lineage-medium.json'));
const data = JSON.parse(fixture.toString('utf8')) as unknown;

function setup(search = '') {
  const history = memoryHistory(search);
  const explorer = new Explorer({ history, prefs: memoryPrefs(), graphs: memoryGraphStore() });
  explorer.start();
  explorer.showData(data, { kind: 'bundled', name: 'lineage-medium.json' });
  return { explorer, history, queries: explorer.queries };
}

const ml = 'marxism-leninism';

describe('Path', () => {
  it('answers a shared link: the path, its sentence and what the canvas marks', () => {
    const { queries } = setup('?path=maoism,marxism');
    expect(queries.chosen?.nodes).toEqual(['maoism', ml, 'leninism', 'marxism']);
    expect(queries.explanation).toBe(
      'Maoism derived from Marxism–Leninism, which derived from Leninism, which derived from Marxism.',
    );
    expect(queries.highlight).toEqual({
      nodes: ['maoism', ml, 'leninism', 'marxism'],
      edges: [
        'maoism__derived_from__marxism-leninism',
        'marxism-leninism__derived_from__leninism',
        'leninism__derived_from__marxism',
      ],
      key: ['maoism', 'marxism'],
    });
  });

  it('speaks the view’s language', () => {
    const { explorer, queries } = setup('?path=trotskyism,marxism&lang=th');
    expect(queries.explanation).toBe('ลัทธิทรอตสกีพัฒนามาจากลัทธิเลนิน ซึ่งพัฒนามาจากลัทธิมากซ์');
    explorer.setLang('en');
    expect(queries.explanation).toBe(
      'Trotskyism derived from Leninism, which derived from Marxism.',
    );
  });

  it('takes labels and Thai names, and writes the query as a new history entry', () => {
    const { explorer, history, queries } = setup('?focus=maoism&lineage=leninism');
    queries.findPath('ลัทธิเหมา', ' Marxism ', {
      via: ['derived_from', 'split_from'],
      any: false,
      k: 1,
    });
    expect(history.entries).toHaveLength(2);
    // Names that resolve are kept as ids; starting a path closes the lineage on show.
    expect(history.read()).toBe('?focus=maoism&path=maoism,marxism');
    expect(queries.lineage).toBeNull();
    expect(queries.chosen?.nodes.at(-1)).toBe('marxism');
    explorer.back();
    expect(queries.path).toBeNull();
    expect(queries.lineage?.kind).toBe('lineage');
  });

  it('finds alternatives over chosen relations; choosing one replaces the history entry', () => {
    const { history, queries } = setup();
    queries.findPath('maoism', 'marxism', {
      via: ['influenced_by', 'derived_from'],
      any: false,
      k: 3,
    });
    expect(history.read()).toBe('?path=maoism,marxism&via=derived_from,influenced_by&k=3');
    const found = queries.path?.kind === 'paths' ? queries.path.paths : [];
    expect(found.map((p) => p.nodes)).toEqual([
      ['maoism', ml, 'leninism', 'marxism'],
      ['maoism', 'stalinism', 'leninism', 'marxism'],
    ]);
    queries.chooseAlternative(2);
    expect(queries.chosen?.nodes[1]).toBe('stalinism');
    expect(queries.explanation).toContain('(disputed)');
    expect(history.entries).toHaveLength(2);
    expect(history.read()).toBe('?path=maoism,marxism&via=derived_from,influenced_by&k=3&alt=2');
  });

  it('asking the same question again adds no history entry', () => {
    const { history, queries } = setup();
    const query = { via: ['derived_from', 'split_from'] as const, any: false, k: 1 };
    queries.findPath('maoism', 'marxism', query);
    queries.findPath('Maoism', 'Marxism', query);
    expect(history.entries).toEqual(['', '?path=maoism,marxism']);
  });

  it('clamps an alternative the query did not find to the last one found', () => {
    const { queries } = setup('?path=maoism,marxism&k=5&alt=5');
    expect(queries.chosenIndex).toBe(0);
  });

  it('reports no path as an empty list, which Any direction can fill', () => {
    const { queries } = setup('?path=marxism,maoism');
    expect(queries.path).toMatchObject({ kind: 'paths', from: 'marxism', to: 'maoism', paths: [] });
    expect(queries.highlight).toBeNull();
    queries.findPath('marxism', 'maoism', { via: ['derived_from', 'split_from'], any: true, k: 1 });
    expect(queries.chosen?.steps.map((s) => s.direction)).toEqual([
      'backward',
      'backward',
      'backward',
    ]);
    expect(queries.explanation).toBe(
      'Marxism gave rise to Leninism, which gave rise to Marxism–Leninism, which gave rise to Maoism.',
    );
  });

  it('answers unknown names with suggestions instead of throwing', () => {
    const { queries } = setup('?path=maoizm,marxism');
    expect(queries.path?.kind).toBe('unknown');
    if (queries.path?.kind !== 'unknown') return;
    expect(queries.path.unknown).toHaveLength(1);
    expect(queries.path.unknown[0]?.query).toBe('maoizm');
    expect(queries.path.unknown[0]?.suggestions[0]).toBe('maoism');
    expect(queries.highlight).toBeNull();
  });

  it('keeps a name it cannot resolve as typed, so the link shows the same suggestions', () => {
    const { history, queries } = setup();
    queries.findPath('Maoizm', 'Marxism', {
      via: ['derived_from', 'split_from'],
      any: false,
      k: 1,
    });
    expect(history.read()).toBe('?path=Maoizm,marxism');
    expect(queries.path).toMatchObject({ kind: 'unknown', unknown: [{ query: 'Maoizm' }] });
  });

  it('Clear removes the query and its settings from the URL', () => {
    const { history, queries } = setup('?path=maoism,marxism&any=1&k=2');
    queries.clearPath();
    expect(history.read()).toBe('');
    expect(queries.path).toBeNull();
  });
});

describe('Lineage of …', () => {
  it('lists generations and narrows the canvas to the lineage, laid out as a lineage', () => {
    const { explorer, history, queries } = setup('?layout=timeline');
    queries.showLineage('leninism');
    expect(history.read()).toBe('?lineage=leninism');
    const lineage = queries.lineage;
    expect(lineage?.kind).toBe('lineage');
    if (lineage?.kind !== 'lineage') return;
    expect(lineage.ancestors).toEqual([{ id: 'marxism', generation: 1 }]);
    expect(lineage.descendants).toEqual([
      { id: ml, generation: 1 },
      { id: 'stalinism', generation: 1 },
      { id: 'trotskyism', generation: 1 },
      { id: 'maoism', generation: 2 },
    ]);
    expect([...explorer.visible.nodes].sort()).toEqual(
      ['leninism', 'maoism', 'marxism', ml, 'stalinism', 'trotskyism'].sort(),
    );
    // Only the lineage links: Trotskyism's opposition to Stalinism stays off.
    expect([...explorer.visible.edges].sort()).toEqual([
      'leninism__derived_from__marxism',
      'maoism__derived_from__marxism-leninism',
      'marxism-leninism__derived_from__leninism',
      'stalinism__derived_from__leninism',
      'trotskyism__derived_from__leninism',
    ]);
    expect(explorer.visible.totalNodes).toBe(24);
    queries.closeLineage();
    expect(explorer.visible.nodes.size).toBe(24);
  });

  it('still applies the filters inside the lineage', () => {
    const { explorer } = setup('?lineage=leninism&to=1925');
    expect(explorer.visible.nodes.has('maoism')).toBe(false);
    expect(explorer.visible.edges.has('maoism__derived_from__marxism-leninism')).toBe(false);
  });

  it('leaves the canvas alone for a name it does not know', () => {
    const { explorer, queries } = setup('?lineage=lenism');
    expect(queries.lineage).toMatchObject({ kind: 'unknown' });
    expect(explorer.visible.nodes.size).toBe(24);
  });
});

describe('Compare', () => {
  it('finds the common ancestors and where the lineages split', () => {
    const { history, queries } = setup('?path=maoism,marxism');
    queries.compare('trotskyism', 'maoism');
    expect(history.read()).toBe('?compare=trotskyism,maoism');
    const result = queries.comparison;
    expect(result?.kind).toBe('compare');
    if (result?.kind !== 'compare') return;
    expect(result.lowest).toEqual(['leninism']);
    expect(result.common.map((c) => [c.id, c.generations])).toEqual([
      ['leninism', { trotskyism: 1, maoism: 2 }],
      ['marxism', { trotskyism: 2, maoism: 3 }],
    ]);
    // Both nodes, the common ancestors and Maoism's way up to the split are marked.
    expect([...(queries.highlight?.nodes ?? [])].sort()).toEqual(
      ['leninism', 'maoism', 'marxism', ml, 'trotskyism'].sort(),
    );
    expect([...(queries.highlight?.edges ?? [])].sort()).toEqual([
      'leninism__derived_from__marxism',
      'maoism__derived_from__marxism-leninism',
      'marxism-leninism__derived_from__leninism',
      'trotskyism__derived_from__leninism',
    ]);
    expect(queries.highlight?.key).toEqual(['leninism']);
  });
});

describe('query state ↔ URL', () => {
  const names = fc.constantFrom('maoism', 'Marxism', 'ลัทธิเลนิน', 'trotskyism', 'stalinism', 'x');
  const query = fc.oneof(
    fc.record({
      kind: fc.constant('path' as const),
      from: names,
      to: names,
      via: fc.subarray(['derived_from', 'influenced_by', 'opposed'] as const, { minLength: 1 }),
      any: fc.boolean(),
      k: fc.integer({ min: 1, max: 5 }),
    }),
    fc.record({ kind: fc.constant('lineage' as const), from: names }),
    fc.record({ kind: fc.constant('compare' as const), from: names, to: names }),
  );

  it('a query opened from its own link gives the same answer', () => {
    fc.assert(
      fc.property(query, (q) => {
        const { history, queries } = setup();
        if (q.kind === 'path') queries.findPath(q.from, q.to, q);
        else if (q.kind === 'lineage') queries.showLineage(q.from);
        else queries.compare(q.from, q.to);
        const reopened = setup(history.read()).queries;
        expect(reopened.path).toEqual(queries.path);
        expect(reopened.explanation).toBe(queries.explanation);
        expect(reopened.lineage).toEqual(queries.lineage);
        expect(reopened.comparison).toEqual(queries.comparison);
        expect(reopened.highlight).toEqual(queries.highlight);
      }),
      { numRuns: 60 },
    );
  });
});
