/**
 * `window.__isms`, the read-only contract (./snapshot.ts, `IsmsHook`) that tests, the bench
 * and automation use instead of Cytoscape: the view on screen as data, when it was first drawn,
 * when its layouts are done, and the intents the bench times. Installed by src/main.ts in every
 * build; documented in README ("Automation and the bench").
 */
import { activeGraphView } from './graph-view';
import type { IsmsHook } from './snapshot';

/** The name of the performance mark set once the first graph is on screen. */
export const FIRST_RENDER_MARK = 'isms:first-render';

function view() {
  const current = activeGraphView();
  if (!current) throw new Error('isms: no graph view on screen yet');
  return current;
}

/** The hook for the view on screen (whichever it is when called). */
export function ismsHook(): IsmsHook {
  return {
    snapshot: () => activeGraphView()?.snapshot() ?? null,
    get firstRenderAt() {
      const entry = performance.getEntriesByName(FIRST_RENDER_MARK)[0];
      return entry ? entry.startTime : null;
    },
    get layoutsDone() {
      return activeGraphView()?.layoutsDone ?? 0;
    },
    layoutDone: async () => {
      await activeGraphView()?.layoutDone();
    },
    runLayout: (name) => view().runLayout(name, { animate: false }),
    zoomTo: (level, centreId) => view().zoomTo(level, centreId),
    exportPicture: async (format, options = {}) => {
      const picture = {
        scale: options.scale ?? 2,
        background: options.background ?? 'white',
        area: (options.full ?? true) ? ('all' as const) : ('view' as const),
        legend: null,
        caption: null,
        lang: 'en' as const,
      };
      if (format === 'svg') {
        const svg = await view().exportPicture('svg', picture);
        return new Blob([svg.text], { type: 'image/svg+xml' });
      }
      return (await view().exportPicture('png', picture)).blob;
    },
    rendererPng: (options) => view().rendererPng(options),
  };
}

/** Puts the hook on `window.__isms`. */
export function installIsmsHook(target: { __isms?: IsmsHook }): void {
  target.__isms = ismsHook();
}
