/**
 * The app's opening view as a person sees it at 1400×900: how many labels are readable at the
 * default address and at `?kinds=ideology`, read from `window.__isms.snapshot()` once the
 * layout is done and the labels have settled (decluttering runs after a zoom settles).
 */
import type { Browser } from 'playwright-core';
import type { IsmsHook, SnapshotNode } from '../../src/lib/cytoscape/snapshot';
import type { GraphFile } from '../../src/lib/domain/schema';
import { drawingPart, setReadable, type DrawingGraph } from './drawing-metrics';
import { readableLabels } from './label-readability';
import { firstRender, openPage, type BrowserBenchOptions } from './page-probes';
import type { ResultsBuilder } from './results';

/** The address that opens each drawing case. */
const ADDRESS: Record<DrawingGraph, string> = { all: '/', ideologies: '/?kinds=ideology' };

/**
 * Sets drawing_<graph>_isms_readable_pct (and _readable_ideology_pct) for both cases, and
 * returns the canvas size the app drew in (for dot's drawing to be fitted into), or null.
 */
export async function measureOpeningLabels(
  browser: Browser,
  results: ResultsBuilder,
  graph: GraphFile,
  options: BrowserBenchOptions,
): Promise<{ width: number; height: number } | null> {
  let canvas: { width: number; height: number } | null = null;
  for (const name of ['all', 'ideologies'] as const) {
    const metrics = [`drawing_${name}_isms_readable_pct`];
    if (name === 'all') metrics.push('drawing_all_isms_readable_ideology_pct');
    const run = await openPage(browser, options.origin + ADDRESS[name]);
    try {
      if ((await firstRender(run.page, options.firstRenderTimeoutMs)) === null) {
        results.unmeasured('bundled', metrics, `no first render at ${ADDRESS[name]}`);
        continue;
      }
      const view = await run.page.evaluate(async () => {
        const hook = (window as unknown as { __isms: IsmsHook }).__isms;
        await hook.layoutDone();
        // the fit's zoom settles, then labels are decluttered (label-bands.ts: 150 ms + a frame)
        await new Promise((settle) => setTimeout(settle, 800));
        return hook.snapshot();
      });
      if (!view) {
        results.unmeasured('bundled', metrics, 'no snapshot from window.__isms');
        continue;
      }
      canvas ??= { width: view.width, height: view.height };
      const count = readableLabels(
        view.nodes.map((node: SnapshotNode) => ({
          id: node.id,
          kind: node.kind,
          drawn: node.visible && node.labelVisible,
          fontPx: node.labelFontPx,
          box: node.labelBox,
        })),
      );
      setReadable(results, name, 'isms', count, drawingPart(graph, name));
      options.log(
        `  ${name}: isms at ${ADDRESS[name]}, zoom ${view.zoom.toFixed(2)}: ${count.readable} labels readable, ${count.readableIdeologies} ideologies`,
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      results.unmeasured('bundled', metrics, `failed: ${reason}`);
    } finally {
      await run.close();
    }
  }
  return canvas;
}
