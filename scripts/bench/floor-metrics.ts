/**
 * The floor page's metrics (bare cytoscape + cytoscape-dagre drawing the same graph): first
 * render, pan frames and heap, the baseline the app is compared with.
 */
import type { Browser } from 'playwright-core';
import { firstRender, heapMb, openPage, panP95, type BrowserBenchOptions } from './page-probes';
import type { ResultsBuilder } from './results';

/** The floor page's first render and frame times for the same graph. */
export async function measureFloor(
  browser: Browser,
  results: ResultsBuilder,
  entry: string,
  floorPath: string,
  options: BrowserBenchOptions,
): Promise<void> {
  const run = await openPage(browser, options.origin + floorPath);
  try {
    const rendered = await firstRender(run.page, options.firstRenderTimeoutMs);
    results.set(
      entry,
      'floor_first_render_ms',
      rendered,
      `the floor page gave no first-render mark within ${options.firstRenderTimeoutMs / 1000} s${run.errors.length ? `: ${run.errors[0]}` : ''}`,
    );
    if (rendered !== null) {
      const pan = await panP95(run.page);
      results.set(
        entry,
        'floor_pan_p95_ms',
        typeof pan === 'number' ? pan : null,
        typeof pan === 'string' ? pan : undefined,
      );
      results.set(entry, 'floor_heap_mb', await heapMb(run.cdp));
    }
  } finally {
    await run.close();
  }
}
