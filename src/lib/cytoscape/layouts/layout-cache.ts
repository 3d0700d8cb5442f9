/**
 * Positions cached per graph, layout and element set, so coming back to a view is instant. The
 * key hashes the sorted element ids, so the same subset in any order hits the same entry; the
 * cache is a small in-memory LRU (positions of a 5,000-node lineage are about 200 kB).
 */
import type { EdgeRoutes, Positions } from './types';
import type { Lang } from '../../domain/lang';

/** cyrb53: a fast 53-bit string hash, good enough to tell element sets apart. */
function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/**
 * The name a layout is cached under in `lang`: Thai labels wrap into other boxes than English
 * ones, so each language has its own drawing.
 */
export function layoutCacheName(layout: string, lang: Lang): string {
  return lang === 'th' ? `${layout}/th` : layout;
}

/**
 * The cache key of a layout: graph id, layout name (include the engine or options if they can
 * change, e.g. `lineage/layered`) and the ids of the elements laid out, nodes and edges.
 */
export function layoutCacheKey(
  graphId: string,
  layoutName: string,
  elementIds: Iterable<string>,
): string {
  const ids = [...elementIds].sort();
  return `${graphId}|${layoutName}|${ids.length}|${hash53(ids.join('\n'))}`;
}

/** A least-recently-used map from cache keys to positions. */
export class LayoutCache<T = Positions> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly maxEntries = 24) {}

  get(key: string): T | undefined {
    const positions = this.entries.get(key);
    if (positions !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, positions);
    }
    return positions;
  }

  set(key: string, positions: T): void {
    this.entries.delete(key);
    this.entries.set(key, positions);
    while (this.entries.size > this.maxEntries) {
      this.entries.delete(this.entries.keys().next().value!);
    }
  }

  has(key: string): boolean {
    return this.entries.has(key);
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}

/** The edge routes of the cached drawings, under the same keys as their positions. */
export const routeCache = new LayoutCache<EdgeRoutes>();

/** The cache the explorer shares across views. */
export const layoutCache = new LayoutCache();
