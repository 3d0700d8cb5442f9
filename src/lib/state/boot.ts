/**
 * Start-up: the view from the URL, then the graph the URL names (`?graph=`), else the user's
 * stored graph if there is one, else the bundled graph. Any failure becomes a problem report on
 * screen, never a blank page.
 */
import { seedPrecomputedLayouts } from '../cytoscape/layouts/lineage/precomputed';
import type { Lang } from '../domain/lang';
import type { Explorer } from './explorer.svelte';
import { BUNDLED_FILE, loadBundledGraphData } from './bundled-graph';
import { graphParamOf } from './graph-param';
import { openGraphUrl } from './graph-url';

export async function bootExplorer(
  explorer: Explorer,
  search: string = typeof location === 'undefined' ? '' : location.search,
): Promise<void> {
  const named = graphParamOf(search);
  explorer.start();
  // A graph named in the address; if it cannot be opened, its problems show over the bundled one.
  if (named !== null && (await openGraphUrl(explorer, named))) return;
  // Fetch the bundled graph while IndexedDB is asked for a stored one: opening the database
  // takes a while on a first visit, and most visits end up showing the bundled graph.
  const bundled = loadBundledGraphData();
  bundled.catch(() => undefined);
  if (await explorer.restoreUserGraph().catch(() => false)) return;
  await showBundled(explorer, bundled);
}

/** Loads the bundled graph; "Back to bundled graph" calls this too. */
export async function showBundled(
  explorer: Explorer,
  data: Promise<unknown> = loadBundledGraphData(),
): Promise<void> {
  try {
    // The bundled lineage's precomputed positions go into the layout cache before the graph is
    // shown, so its first drawing needs no layout run.
    // The drawing of the page's language first; the other after the first render, so that
    // switching language needs no layout run either.
    const lang = explorer.view.lang;
    const seed = (of: Lang) =>
      seedPrecomputedLayouts(undefined, undefined, of).catch(() => undefined);
    const [loaded] = await Promise.all([data, seed(lang)]);
    mark('isms:graph-fetched');
    explorer.showData(loaded, { kind: 'bundled', name: BUNDLED_FILE });
    mark('isms:graph-shown');
    void seed(lang === 'th' ? 'en' : 'th');
  } catch (error) {
    explorer.reportProblems(BUNDLED_FILE, [
      {
        code: 'io',
        path: '',
        message: `the bundled graph could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'reload the page; if it persists, rebuild the app',
      },
    ]);
  }
}

/** A performance mark for the bench (`performance.getEntriesByName`); no-op where unsupported. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}
