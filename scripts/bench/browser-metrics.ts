/**
 * What the bench measures in headless Chromium, on the built app and on the floor page (bare
 * cytoscape + cytoscape-dagre drawing the same graph).
 *
 * The contract with the app (src/, owned by the explorer):
 *   - `?graph=<same-origin URL>` opens that graph file instead of the bundled one;
 *   - after the first graph is drawn: `performance.mark('isms:first-render')` (or
 *     `document.body.dataset.rendered = 'true'`);
 *   - `window.__isms` (src/lib/cytoscape/snapshot.ts, `IsmsHook`): the view as data in screen
 *     coordinates (`snapshot()`: pan, node boxes), and the intents the bench times,
 *     `runLayout(name)` and `exportPicture('png', { scale: 2 })`; without it,
 *     `window.__ismsExport` (export mode) is used for the PNG if present.
 * The floor page (bare cytoscape) offers its instance as `window.__floor`.
 * Whatever the app does not offer is recorded as null with the reason.
 *
 * Split by job: the page probes (./page-probes.ts), the app's session metrics
 * (./app-metrics.ts), the floor page's (./floor-metrics.ts) and the worker page's
 * (./worker-metrics.ts); this module is their one entry point for scripts/bench.ts.
 */

// One launcher for the bench, the e2e tests and the CLI (scripts/browser/chromium.ts).
export { CHROMIUM_ARGS, launchChromium } from '../browser/chromium';
export { measureApp, type BrowserEntry } from './app-metrics';
export { measureFloor } from './floor-metrics';
export { firstRenderOf, type BrowserBenchOptions } from './page-probes';
export { measureWorker } from './worker-metrics';
