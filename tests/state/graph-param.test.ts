// graph= in the address: added to what the explorer writes, removed without touching the rest.
import { describe, expect, it } from 'vitest';
import { graphParamOf, withGraphParam, withoutGraphParam } from '../../src/lib/state/graph-param';

describe('graph= in the address', () => {
  it('is appended with readable slashes, or not at all', () => {
    expect(withGraphParam('', '/graphs/big one.json')).toBe('?graph=/graphs/big%20one.json');
    expect(withGraphParam('?focus=maoism', 'g.gexf')).toBe('?focus=maoism&graph=g.gexf');
    expect(withGraphParam('?focus=maoism', null)).toBe('?focus=maoism');
  });

  it('is removed and every other parameter kept exactly as written', () => {
    expect(withoutGraphParam('?kinds=ideology,person&graph=/g.json&lang=th')).toBe(
      '?kinds=ideology,person&lang=th',
    );
    expect(withoutGraphParam('?graph=/g.json')).toBe('');
    expect(withoutGraphParam('')).toBe('');
    expect(withoutGraphParam('?graphs=1&focus=x')).toBe('?graphs=1&focus=x');
  });

  it('round-trips through graphParamOf', () => {
    const search = withGraphParam('?lang=th', '/data/a&b.json');
    expect(graphParamOf(search)).toBe('/data/a&b.json');
    expect(withoutGraphParam(search)).toBe('?lang=th');
  });
});
