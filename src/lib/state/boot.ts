/**
 * Start-up: the view from the URL, then the user's stored graph if there is one, else the
 * bundled graph. Any failure becomes a problem report on screen, never a blank page.
 */
import type { Explorer } from './explorer.svelte';
import { BUNDLED_FILE, loadBundledGraphData } from './bundled-graph';

export async function bootExplorer(explorer: Explorer): Promise<void> {
  explorer.start();
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
    const loaded = await data;
    mark('isms:graph-fetched');
    explorer.showData(loaded, { kind: 'bundled', name: BUNDLED_FILE });
    mark('isms:graph-shown');
  } catch (error) {
    explorer.problems = {
      file: BUNDLED_FILE,
      problems: [
        {
          code: 'io',
          path: '',
          message: `the bundled graph could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
          hint: 'reload the page; if it persists, rebuild the app',
        },
      ],
    };
  }
}

/** A performance mark for the bench (`performance.getEntriesByName`); no-op where unsupported. */
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') {
    performance.mark(name);
  }
}
