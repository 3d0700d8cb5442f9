import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nodeKinds } from '../../src/lib/domain/kinds';
import { relationIds } from '../../src/lib/domain/relations';
import { layoutNames } from '../../src/lib/cytoscape/layouts/types';
import {
  defaultViewState,
  formatViewState,
  paramsPresent,
  parseViewState,
  type ViewState,
} from '../../src/lib/state/url-state';

/** A subset of `all`, in table order (the canonical form the store always writes). */
const subsetOf = <T>(all: readonly T[]) =>
  fc
    .array(fc.boolean(), { minLength: all.length, maxLength: all.length })
    .map((keep) => all.filter((_, i) => keep[i]));

const id = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,8}){0,3}$/);
const year = fc.option(fc.integer({ min: -5000, max: 2200 }), { nil: null });
/** A name as typed (id, English or Thai label): no commas, no outer spaces. */
const name = fc.oneof(
  id,
  fc.constantFrom('Maoism', 'Marxism–Leninism', 'ลัทธิเหมา', 'Karl Marx', 'a+b & c/d?'),
  fc
    .string({ minLength: 1, maxLength: 40 })
    .map((s) => s.replaceAll(',', ' ').trim())
    .filter((s) => s !== ''),
);
const pair = fc.option(fc.tuple(name, name), { nil: null });
const via = subsetOf(relationIds).filter((r) => r.length > 0);

const viewState: fc.Arbitrary<ViewState> = fc.record({
  focus: fc.option(id, { nil: null }),
  lang: fc.constantFrom('en' as const, 'th' as const),
  layout: fc.constantFrom(...layoutNames),
  kinds: subsetOf(nodeKinds),
  relations: subsetOf(relationIds),
  from: year,
  to: year,
  connected: fc.boolean(),
  depth: fc.integer({ min: 1, max: 3 }),
  isolate: fc.boolean(),
  list: fc.boolean(),
  path: pair,
  via,
  any: fc.boolean(),
  k: fc.integer({ min: 1, max: 5 }),
  alt: fc.integer({ min: 1, max: 5 }),
  lineage: fc.option(name, { nil: null }),
  compare: pair,
});

describe('URL state', () => {
  it('round-trips every view: state → URL → the same state', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        expect(parseViewState(formatViewState(state))).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('writes nothing for the default view', () => {
    expect(formatViewState(defaultViewState())).toBe('');
    expect(parseViewState('')).toEqual(defaultViewState());
  });

  it('reads the documented parameters', () => {
    const view = parseViewState(
      '?focus=maoism&lang=th&layout=timeline&kinds=ideology,person&relations=derived_from&from=1840&to=1950&connected=1&depth=2',
    );
    expect(view).toMatchObject({
      focus: 'maoism',
      lang: 'th',
      layout: 'timeline',
      kinds: ['ideology', 'person'],
      relations: ['derived_from'],
      from: 1840,
      to: 1950,
      connected: true,
      depth: 2,
      isolate: false,
    });
  });

  it('writes lists with plain commas, in table order', () => {
    const url = formatViewState({ ...defaultViewState(), kinds: ['ideology', 'person'] });
    expect(url).toBe('?kinds=ideology,person');
  });

  it('falls back to defaults for values it cannot read', () => {
    const view = parseViewState('?focus=Not%20An%20Id&lang=fr&layout=circle&depth=9&from=soon');
    expect(view).toEqual(defaultViewState());
  });

  it('ignores unknown kinds and relations but keeps the known ones', () => {
    expect(parseViewState('?kinds=ideology,unicorn').kinds).toEqual(['ideology']);
    expect(parseViewState('?relations=led,bogus').relations).toEqual(['led']);
  });

  it('reads the lineage queries: path, via, any, k, alt, lineage, compare', () => {
    const view = parseViewState(
      '?path=maoism,marxism&via=influenced_by,derived_from&any=1&k=3&alt=2&lineage=maoism&compare=trotskyism,maoism',
    );
    expect(view).toMatchObject({
      path: ['maoism', 'marxism'],
      via: ['derived_from', 'influenced_by'],
      any: true,
      k: 3,
      alt: 2,
      lineage: 'maoism',
      compare: ['trotskyism', 'maoism'],
    });
    expect(formatViewState(view)).toBe(
      '?path=maoism,marxism&via=derived_from,influenced_by&any=1&k=3&alt=2&lineage=maoism&compare=trotskyism,maoism',
    );
  });

  it('takes names as typed in a shared link, and leaves out the default relation', () => {
    const view = parseViewState(
      '?path=%E0%B8%A5%E0%B8%B1%E0%B8%97%E0%B8%98%E0%B8%B4%E0%B9%80%E0%B8%AB%E0%B8%A1%E0%B8%B2,+Marxism+',
    );
    expect(view.path).toEqual(['ลัทธิเหมา', 'Marxism']);
    expect(formatViewState({ ...defaultViewState(), via: ['derived_from', 'split_from'] })).toBe(
      '',
    );
  });

  it('drops lineage queries it cannot read rather than guessing', () => {
    const view = parseViewState('?path=maoism&compare=a,b,c&via=bogus&k=9&alt=0&lineage=a,b');
    expect(view).toEqual(defaultViewState());
    expect(parseViewState('?path=maoism,').path).toBeNull();
  });

  it('tells which parameters the URL set, so stored preferences do not override them', () => {
    expect([...paramsPresent('?lang=en&focus=marxism')].sort()).toEqual(['focus', 'lang']);
  });
});
