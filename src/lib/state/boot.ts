/**
 * Start-up: the view from the URL, then the user's stored graph if there is one, else the
 * bundled graph. Any failure becomes a problem report on screen, never a blank page.
 */
import type { Explorer } from './explorer.svelte';
import { BUNDLED_FILE, loadBundledGraphData } from './bundled-graph';

export async function bootExplorer(explorer: Explorer): Promise<void> {
  explorer.start();
  if (await explorer.restoreUserGraph().catch(() => false)) return;
  await showBundled(explorer);
}

/** Loads the bundled graph; "Back to bundled graph" calls this too. */
export async function showBundled(explorer: Explorer): Promise<void> {
  try {
    const data = await loadBundledGraphData();
    explorer.showData(data, { kind: 'bundled', name: BUNDLED_FILE });
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
