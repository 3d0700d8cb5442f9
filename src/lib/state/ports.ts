/**
 * The browser services app state depends on, behind small interfaces, so the store runs in
 * tests with in-memory stand-ins: the history (URL), preferences (localStorage) and the stored
 * user graph (IndexedDB).
 */

import { graphParamOf, withGraphParam, withoutGraphParam } from './graph-param';
import { idbGraphStore } from './graph-store';

// Kept importable from here too: it moved to graph-param.ts with the other address helpers.
export { withoutGraphParam };

export interface HistoryPort {
  /** The current query string, with its leading `?` (or empty). */
  read(): string;
  push(search: string): void;
  replace(search: string): void;
  back(): void;
  forward(): void;
  /** Calls `listener` with the new query string when the person goes back or forward. */
  onPop(listener: (search: string) => void): () => void;
}

export interface PrefsPort {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

export interface StoredGraph {
  name: string;
  bytes: Uint8Array;
}

export interface GraphStorePort {
  load(): Promise<StoredGraph | null>;
  save(graph: StoredGraph): Promise<void>;
  clear(): Promise<void>;
  /**
   * Writes `graph` beside the kept one while it is drawn, not yet kept; resolves once written,
   * with a token for `keep`. A store without it is written only by `save`, once drawn.
   */
  stage?(graph: StoredGraph): Promise<string>;
  /** Keeps the staged graph `token` names: at once (a synchronous mark), then on disk. */
  keep?(token: string): Promise<void>;
}

/**
 * `graph=` (the graph file the address opened, see graph-url.ts) is not view state, but stays in
 * every address the explorer writes while that graph is shown, so that a reload or a copied
 * link opens the same graph; `forgetGraphParam` ends that. Held here rather than read back from
 * the address, because Back can restore an older address that still names it.
 */
let addressGraph: string | null | undefined;

/** The graph URL the page's address opened and still shows, or null. */
export function addressGraphUrl(): string | null {
  if (typeof location === 'undefined') return null;
  // Read once: null afterwards means the person has left that graph, not "read it again".
  if (addressGraph === undefined) addressGraph = graphParamOf(location.search);
  return addressGraph;
}

/** This page's address with the query string `search`. */
function addressWith(search: string): string {
  return `${location.pathname}${search}${location.hash}`;
}

function replaceSearch(search: string): void {
  history.replaceState(history.state, '', addressWith(search));
}

/**
 * Drops `graph=` once the person opens another graph (a file, or the bundled one): a reload
 * must then show what they chose, not the graph the link first named.
 */
export function forgetGraphParam(): void {
  addressGraph = null;
  const search = withoutGraphParam(location.search);
  if (search !== location.search) replaceSearch(search);
}

export const browserHistory: HistoryPort = {
  read: () => location.search,
  push: (search) =>
    history.pushState(null, '', addressWith(withGraphParam(search, addressGraphUrl()))),
  replace: (search) =>
    history.replaceState(null, '', addressWith(withGraphParam(search, addressGraphUrl()))),
  back: () => history.back(),
  forward: () => history.forward(),
  onPop: (listener) => {
    const handler = () => {
      // An older entry may still name a graph the person has since left.
      if (addressGraphUrl() === null && graphParamOf(location.search) !== null) {
        replaceSearch(withoutGraphParam(location.search));
      }
      listener(location.search);
    };
    addEventListener('popstate', handler);
    return () => removeEventListener('popstate', handler);
  },
};

export const browserPrefs: PrefsPort = {
  get: (key) => {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  set: (key, value) => {
    try {
      if (value === null) localStorage.removeItem(key);
      else localStorage.setItem(key, value);
    } catch {
      // Private windows may refuse storage; the preference then lasts for this visit only.
    }
  },
};

/** The user's opened graph file in IndexedDB, so it survives a reload (see graph-store.ts). */
export const browserGraphStore: GraphStorePort = idbGraphStore(
  typeof indexedDB === 'undefined' ? undefined : indexedDB,
  browserPrefs,
);

/** In-memory ports for tests and for environments without a browser history. */
export function memoryHistory(initial = ''): HistoryPort & { entries: string[]; index: number } {
  const listeners = new Set<(search: string) => void>();
  const port = {
    entries: [initial],
    index: 0,
    read: () => port.entries[port.index]!,
    push: (search: string) => {
      port.entries = [...port.entries.slice(0, port.index + 1), search];
      port.index = port.entries.length - 1;
    },
    replace: (search: string) => {
      port.entries[port.index] = search;
    },
    back: () => go(-1),
    forward: () => go(1),
    onPop: (listener: (search: string) => void) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  function go(step: number) {
    const next = port.index + step;
    if (next < 0 || next >= port.entries.length) return;
    port.index = next;
    for (const listener of listeners) listener(port.entries[next]!);
  }
  return port;
}

export function memoryPrefs(initial: Record<string, string> = {}): PrefsPort {
  const values = new Map(Object.entries(initial));
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => (value === null ? values.delete(key) : values.set(key, value)),
  };
}

export function memoryGraphStore(): GraphStorePort & { stored: StoredGraph | null } {
  const port = {
    stored: null as StoredGraph | null,
    load: async () => port.stored,
    save: async (graph: StoredGraph) => {
      port.stored = graph;
    },
    clear: async () => {
      port.stored = null;
    },
  };
  return port;
}
