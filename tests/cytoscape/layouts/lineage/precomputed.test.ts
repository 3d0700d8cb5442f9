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
  it('is up to date with graph/communism.json (else: npm run layouts)', async () => {
    expect(await storedPrecomputed()).toEqual(await freshPrecomputed());
  });

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
});
