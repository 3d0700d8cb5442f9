import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { freshPrecomputed, storedPrecomputed } from '../../../../scripts/bench/precompute-layouts';
import {
  LayoutCache,
  layoutCacheKey,
  lineageLayout,
} from '../../../../src/lib/cytoscape/layouts/lineage';
import {
  lineageElementIds,
  loadPrecomputedLayouts,
  seedPrecomputedLayouts,
} from '../../../../src/lib/cytoscape/layouts/lineage/precomputed';

describe('precomputed lineage of the bundled graph', () => {
  it.each(['en', 'th'] as const)(
    'is up to date with graph/communism.json in %s (else: npm run layouts)',
    async (lang) => {
      expect(await storedPrecomputed(lang)).toEqual(await freshPrecomputed(lang));
    },
    60_000,
  );

  it('is what lineageLayout returns for the whole bundled graph once the cache is seeded', async () => {
    const graph = JSON.parse(
      readFileSync(new URL('../../../../graph/communism.json', import.meta.url), 'utf8'),
    );
    const [layout] = await loadPrecomputedLayouts();
    const cache = new LayoutCache();
    await seedPrecomputedLayouts(cache);
    const key = layoutCacheKey(graph.meta.id, 'lineage', lineageElementIds(graph));
    expect(key).toBe(layout!.key);
    const positions = await lineageLayout({ nodes: [], edges: [] }, { cache, cacheKey: key });
    expect(Object.keys(positions)).toHaveLength(graph.nodes.length);
    expect(positions).toBe(layout!.positions);
  });

  it('has a Thai drawing of its own, under the key the canvas looks up for Thai labels', async () => {
    const graph = JSON.parse(
      readFileSync(new URL('../../../../graph/communism.json', import.meta.url), 'utf8'),
    );
    const [thai] = await loadPrecomputedLayouts('th');
    const [english] = await loadPrecomputedLayouts('en');
    expect(thai!.lang).toBe('th');
    expect(thai!.key).toBe(layoutCacheKey(graph.meta.id, 'lineage/th', lineageElementIds(graph)));
    expect(thai!.key).not.toBe(english!.key);
    // Thai labels wrap into other boxes, so the drawing differs.
    expect(thai!.positions).not.toEqual(english!.positions);
    const cache = new LayoutCache();
    await seedPrecomputedLayouts(cache, undefined, 'th');
    expect(cache.get(thai!.key)).toBe(thai!.positions);
    expect(cache.get(english!.key)).toBeUndefined();
  });
});
