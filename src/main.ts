/**
 * Entry point: bundled fonts and styles, the Explorer wired to the browser (URL history,
 * localStorage, IndexedDB), the Svelte app, then start-up (URL → view, stored or bundled graph).
 */
// First: zod must be jitless before any schema parses, for the Content-Security-Policy.
import './lib/domain/zod-jitless';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-thai/thai-400.css';
import '@fontsource/noto-sans-thai/thai-600.css';
import '@fontsource/noto-sans-thai/thai-700.css';
import './app.css';
import { mount } from 'svelte';
import App from './App.svelte';
import { installIsmsHook } from './lib/cytoscape/automation';
import { bootExplorer } from './lib/state/boot';
import { Explorer } from './lib/state/explorer.svelte';
import { loadFonts } from './lib/state/fonts';
import { browserGraphStore, browserHistory, browserPrefs } from './lib/state/ports';

void loadFonts();

const explorer = new Explorer({
  history: browserHistory,
  prefs: browserPrefs,
  graphs: browserGraphStore,
  // Two frames after the model is set, Cytoscape has drawn it: only a drawn graph is stored. A
  // hidden tab gets no frames, hence the timeout.
  drawn: () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(() => resolve()));
      setTimeout(resolve, 500);
    }),
  // For tests: `data-opened-drawn` counts the opened graphs drawn and kept (a reload from then
  // on shows the graph again).
  kept: () => {
    const body = document.body.dataset;
    body.openedDrawn = String(Number(body.openedDrawn ?? 0) + 1);
  },
  // Files are read in a worker (with progress, Cancel and a time limit), so the page never
  // freezes; the worker's code is loaded only when someone opens a file.
  importFile: async (name, bytes, task) =>
    (await import('./lib/state/import-off-thread')).importOffThread(name, bytes, task),
});

const dark = matchMedia('(prefers-color-scheme: dark)');
explorer.setSystemDark(dark.matches);
dark.addEventListener('change', (event) => explorer.setSystemDark(event.matches));

// For tests, the bench and automation: the view as data and a few intents, in every build
// (src/lib/cytoscape/snapshot.ts, README "Automation and the bench").
installIsmsHook(window as { __isms?: import('./lib/cytoscape/snapshot').IsmsHook });

const target = document.getElementById('app')!;
if (new URLSearchParams(location.search).get('embed') === 'export') {
  // The CLI's picture export: the canvas alone (src/components/export-embed.ts).
  void import('./components/export-embed').then((embed) =>
    embed.startExportEmbed(explorer, target),
  );
} else {
  mount(App, { target, props: { explorer } });
  void bootExplorer(explorer);
}
