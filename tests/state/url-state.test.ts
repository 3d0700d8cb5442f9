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

  it('tells which parameters the URL set, so stored preferences do not override them', () => {
    expect([...paramsPresent('?lang=en&focus=marxism')].sort()).toEqual(['focus', 'lang']);
  });
});
