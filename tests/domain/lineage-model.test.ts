import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LINEAGE_VIA,
  inTableOrder,
  isDefaultVia,
  layerOf,
  layersIn,
  viaForLayers,
  widenings,
  wideningsThatAnswer,
  withLayer,
} from '../../src/lib/domain/lineage-model';
import { followingWords, stepPhrase } from '../../src/lib/domain/lineage-words';
import { ancestorsOf, commonAncestry, explain, shortestPaths } from '../../src/lib/domain/queries';
import { relationIds, type RelationId } from '../../src/lib/domain/relations';
import { tinyGraph } from './queries/tiny-graph';

// trotskyism split_from leninism derived_from marxism; hoxhaism only part_of leninism;
// maoism only influenced_by leninism.
const model = tinyGraph(
  ['marxism', 'leninism', 'trotskyism', 'hoxhaism', 'maoism'],
  [
    'leninism derived_from marxism',
    'trotskyism split_from leninism',
    'hoxhaism part_of leninism',
    'maoism influenced_by leninism',
  ],
);

describe('the lineage model', () => {
  it('follows descent by default: derived_from and split_from', () => {
    expect(DEFAULT_LINEAGE_VIA).toEqual(['derived_from', 'split_from']);
    expect(shortestPaths(model, 'trotskyism', 'marxism')[0]?.nodes).toEqual([
      'trotskyism',
      'leninism',
      'marxism',
    ]);
    expect(ancestorsOf(model, 'trotskyism').map((g) => g.id)).toEqual(['leninism', 'marxism']);
    expect(commonAncestry(model, ['trotskyism', 'leninism']).lowest).toEqual(['leninism']);
  });

  it('does not follow classification or influence unless asked', () => {
    expect(ancestorsOf(model, 'hoxhaism')).toEqual([]);
    expect(ancestorsOf(model, 'maoism')).toEqual([]);
    const via = viaForLayers({ classification: true });
    expect(ancestorsOf(model, 'hoxhaism', { via }).map((g) => g.id)).toEqual([
      'leninism',
      'marxism',
    ]);
  });

  it('puts each relation in its layer', () => {
    expect(layerOf('derived_from')).toBe('descent');
    expect(layerOf('split_from')).toBe('descent');
    expect(layerOf('part_of')).toBe('classification');
    expect(layerOf('influenced_by')).toBe('influence');
    expect(layerOf('led')).toBeNull();
  });

  it('turns ticks into relations in table order, and back', () => {
    expect(viaForLayers({})).toEqual(['derived_from', 'split_from']);
    expect(viaForLayers({ influence: true, classification: true })).toEqual([
      'derived_from',
      'split_from',
      'influenced_by',
      'part_of',
    ]);
    expect(layersIn(['derived_from', 'influenced_by'])).toEqual({
      influence: true,
      classification: false,
    });
    expect(withLayer(['derived_from', 'split_from'], 'influence', true)).toEqual([
      'derived_from',
      'split_from',
      'influenced_by',
    ]);
    expect(withLayer(['part_of'], 'classification', false)).toEqual(DEFAULT_LINEAGE_VIA);
    expect(isDefaultVia(['split_from', 'derived_from'])).toBe(true);
  });

  it('keeps any relation list in table order without repeats', () => {
    const relation = fc.constantFrom(...relationIds);
    fc.assert(
      fc.property(fc.array(relation), (list: RelationId[]) => {
        const ordered = inTableOrder(list);
        expect(new Set(ordered).size).toBe(ordered.length);
        expect(ordered).toEqual(relationIds.filter((r) => list.includes(r)));
      }),
    );
  });

  it('offers influences, classification and any direction, then all at once', () => {
    const offered = widenings({ via: DEFAULT_LINEAGE_VIA, any: false }, true);
    expect(offered.map((w) => w.adds)).toEqual([
      ['influence'],
      ['classification'],
      ['any-direction'],
      ['influence', 'classification', 'any-direction'],
    ]);
    expect(widenings({ via: viaForLayers({ influence: true }), any: true }, true)).toEqual([
      {
        adds: ['classification'],
        settings: { via: ['derived_from', 'split_from', 'influenced_by', 'part_of'], any: true },
      },
    ]);
  });

  it('names only the additions that answer', () => {
    const finds = (from: string, to: string) => (s: { via: readonly RelationId[]; any: boolean }) =>
      shortestPaths(model, from, to, { via: s.via, direction: s.any ? 'any' : 'forward' }).length >
      0;
    const current = { via: DEFAULT_LINEAGE_VIA, any: false };
    expect(
      wideningsThatAnswer(current, true, finds('hoxhaism', 'marxism')).map((w) => w.adds),
    ).toEqual([['classification']]);
    expect(
      wideningsThatAnswer(current, true, finds('maoism', 'leninism')).map((w) => w.adds),
    ).toEqual([['influence']]);
    expect(
      wideningsThatAnswer(current, true, finds('marxism', 'trotskyism')).map((w) => w.adds),
    ).toEqual([['any-direction']]);
    // maoism → hoxhaism needs influence up and classification down, walked backwards.
    expect(
      wideningsThatAnswer(current, true, finds('maoism', 'hoxhaism')).map((w) => w.adds),
    ).toEqual([['influence', 'classification', 'any-direction']]);
    expect(wideningsThatAnswer(current, false, finds('marxism', 'trotskyism'))).toEqual([]);
  });
});

describe('lineage words', () => {
  it('names the relation of each step, in English and Thai', () => {
    const [path] = shortestPaths(model, 'trotskyism', 'marxism');
    expect(explain(model, path!, 'en')).toBe(
      'trotskyism broke away from leninism, which derived from marxism.',
    );
    expect(stepPhrase('part_of', 'forward', 'en')).toBe('is a current of');
    expect(stepPhrase('part_of', 'forward', 'th')).toBe('เป็นกระแสหนึ่งของ');
    expect(stepPhrase('split_from', 'forward', 'th')).toBe('แยกตัวออกมาจาก');
    expect(stepPhrase('derived_from', 'backward', 'en')).toBe('gave rise to');
  });

  it('says what a query follows', () => {
    expect(followingWords(DEFAULT_LINEAGE_VIA, 'en')).toBe(
      'Following descent: derived from, split from',
    );
    expect(followingWords(viaForLayers({ influence: true, classification: true }), 'en')).toBe(
      'Following descent: derived from, split from; influences: influenced by; classification: part of',
    );
    expect(followingWords(DEFAULT_LINEAGE_VIA, 'th')).toBe('ตามสายการสืบทอด: พัฒนามาจาก, แยกตัวจาก');
  });
});
