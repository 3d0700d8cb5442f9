import { describe, expect, it } from 'vitest';
import { LayoutCache, layoutCacheKey } from '../../../src/lib/cytoscape/layouts/layout-cache';

describe('layoutCacheKey', () => {
  it('does not depend on the order of the element ids', () => {
    expect(layoutCacheKey('communism', 'lineage', ['a', 'b', 'a__derived_from__b'])).toBe(
      layoutCacheKey('communism', 'lineage', ['a__derived_from__b', 'b', 'a']),
    );
  });

  it('tells graphs, layouts and element sets apart', () => {
    const base = layoutCacheKey('communism', 'lineage', ['a', 'b']);
    expect(layoutCacheKey('other', 'lineage', ['a', 'b'])).not.toBe(base);
    expect(layoutCacheKey('communism', 'timeline', ['a', 'b'])).not.toBe(base);
    expect(layoutCacheKey('communism', 'lineage', ['a', 'c'])).not.toBe(base);
    expect(layoutCacheKey('communism', 'lineage', ['a'])).not.toBe(base);
  });

  it('starts with the graph id and layout name, readable in a debugger', () => {
    expect(layoutCacheKey('communism', 'lineage/layered', ['a'])).toMatch(
      /^communism\|lineage\/layered\|1\|[0-9a-z]+$/,
    );
  });
});

describe('LayoutCache', () => {
  it('forgets the least recently used entry first', () => {
    const cache = new LayoutCache(2);
    cache.set('a', { n: { x: 1, y: 1 } });
    cache.set('b', { n: { x: 2, y: 2 } });
    cache.get('a');
    cache.set('c', { n: { x: 3, y: 3 } });
    expect(cache.has('a')).toBe(true);
    expect(cache.has('b')).toBe(false);
    expect(cache.has('c')).toBe(true);
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.size).toBe(0);
  });
});
