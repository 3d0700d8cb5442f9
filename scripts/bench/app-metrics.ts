/**
 * The app's session metrics for one graph: first render, each layout's time, pan frames, PNG
 * export (whole graph and view), the longest tasks and the heap, each step on its own.
 */
import type { Browser, Page } from 'playwright-core';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import {
  firstRender,
  heapMb,
  longestTask,
  openPage,
  panP95,
  within,
  type BrowserBenchOptions,
} from './page-probes';
import { openingTasks } from './opening-tasks';
import { BROWSER_METRICS, type ResultsBuilder } from './results';

/** Times `runLayout` for each layout through `window.__isms`; null where it is missing. */
async function layoutTimes(
  page: Page,
  timeoutMs: number,
): Promise<Record<string, number | null | string>> {
  return page.evaluate(async (limit) => {
    const view = (window as unknown as { __isms?: Partial<IsmsHook> }).__isms;
    const out: Record<string, number | null | string> = {};
    const windows: [string, number, number][] = [];
    for (const name of ['lineage', 'timeline', 'network'] as const) {
      if (!view?.runLayout) {
        out[name] = 'no window.__isms.runLayout in the app';
        continue;
      }
      const start = performance.now();
      const done = view.runLayout(name).then(() => 'done');
      const timeout = new Promise<string>((settle) => setTimeout(() => settle('timeout'), limit));
      const outcome = await Promise.race([done, timeout]);
      if (outcome === 'timeout') {
        out[name] = `did not finish within ${limit / 1000} s`;
        break;
      }
      // the draw after the layout belongs to it
      await new Promise((frame) => requestAnimationFrame(() => requestAnimationFrame(frame)));
      out[name] = performance.now() - start;
      windows.push([name, start, performance.now()]);
    }
    // leave the page on the lineage, as a person first sees it
    if (view?.runLayout && typeof out.network === 'number') await view.runLayout('lineage');
    // long-task entries arrive a little after the task
    await new Promise((settle) => setTimeout(settle, 150));
    const tasks = (
      window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
    ).__bench.longTasks;
    for (const [name, from, to] of windows) {
      out[`${name}_longest_task`] = tasks
        .filter((t) => t.start >= from && t.start < to)
        .reduce((max, t) => Math.max(max, t.duration), 0);
    }
    return out;
  }, timeoutMs);
}

/**
 * Times a 2× PNG export of the whole graph (`full`) or of the view; a string says why it could
 * not be.
 */
async function exportTime(page: Page, full = true): Promise<number | string> {
  return page.evaluate(async (whole) => {
    const w = window as unknown as {
      __isms?: Partial<IsmsHook>;
      __ismsExport?: (o: { format: 'png'; scale: number }) => Promise<string>;
    };
    const hook = w.__isms;
    const start = performance.now();
    if (hook?.exportPicture) {
      const blob = await hook.exportPicture('png', { scale: 2, full: whole });
      if (!(blob instanceof Blob) || blob.size === 0) return 'exportPicture gave no PNG';
    } else if (!whole) {
      return 'no window.__isms.exportPicture to export the view with';
    } else if (typeof w.__ismsExport === 'function') {
      const text = await w.__ismsExport({ format: 'png', scale: 2 });
      if (typeof text !== 'string' || text.length === 0) return '__ismsExport gave no PNG';
    } else {
      return 'no window.__isms.exportPicture nor window.__ismsExport in the app';
    }
    return performance.now() - start;
  }, full);
}

export interface BrowserEntry {
  /** "bundled" or the size. */
  entry: string;
  /** The app URL path and query to open, e.g. `/?graph=/__isms/bench/1000.json`. */
  appPath: string;
  /** The title the app should show for this graph, to tell that `?graph=` was honoured. */
  expectTitle?: string;
  /** The page is the export embed (`?embed=export&graph=…`): canvas only, no panels. */
  embed?: boolean;
}

/** All browser metrics for one graph in the app. */
export async function measureApp(
  browser: Browser,
  results: ResultsBuilder,
  target: BrowserEntry,
  options: BrowserBenchOptions,
): Promise<void> {
  const { entry } = target;
  const run = await openPage(browser, options.origin + target.appPath);
  try {
    const rendered = await firstRender(run.page, options.firstRenderTimeoutMs, target.embed);
    if (rendered === null) {
      const signal = await within(
        run.page.evaluate(() => ({
          rendered: document.body?.dataset.rendered ?? null,
          hasHook: typeof (window as unknown as { __isms?: unknown }).__isms === 'object',
        })),
        5000,
        'the page did not answer',
      ).catch(() => ({ rendered: null, hasHook: false, stuck: true }));
      const expected = target.embed
        ? 'window.__ismsExport'
        : "performance.mark('isms:first-render') or body[data-rendered=true]";
      const why = `no first-render signal (${expected}) within ${options.firstRenderTimeoutMs / 1000} s${'stuck' in signal ? ' (the page is stuck in a long task)' : signal.hasHook ? '' : '; window.__isms missing too'}${run.errors.length ? `; page errors: ${run.errors.slice(0, 2).join(' | ')}` : ''}`;
      results.unmeasured(entry, BROWSER_METRICS, why);
      // the longest task is still worth knowing when the page is stuck in one
      const longest = await within(longestTask(run.page), 5000, 'stuck').catch(() => null);
      if (longest !== null) results.set(entry, 'longest_task_ms', longest);
      return;
    }
    if (target.expectTitle !== undefined) {
      const shown = await run.page.evaluate(
        (title) => document.body.innerText.includes(title),
        target.expectTitle,
      );
      if (!shown) {
        results.unmeasured(
          entry,
          BROWSER_METRICS,
          `the app did not open the graph given by ?graph= (title "${target.expectTitle}" not shown)`,
        );
        return;
      }
    }
    results.set(entry, 'first_render_ms', rendered);
    options.log(`  ${entry}: first render ${rendered.toFixed(0)} ms`);
    // each step on its own: one that fails or hangs costs its own metrics, not the rest
    const step = async <T>(
      metrics: string[],
      work: () => Promise<T>,
      record: (value: T) => void,
    ) => {
      try {
        record(await within(work(), options.layoutTimeoutMs * 4, 'timed out'));
      } catch (error) {
        const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
        results.unmeasured(entry, metrics, `failed: ${reason}`);
      }
    };
    await step(
      ['open_layout_longest_task_ms'],
      () => openingTasks(run.page),
      (opening) => {
        if (opening.layoutStart === null) {
          results.set(
            entry,
            'open_layout_longest_task_ms',
            null,
            'no layout ran on opening (precomputed positions or the page laid out itself)',
          );
        } else {
          results.set(entry, 'open_layout_longest_task_ms', opening.longestDuringLayout);
        }
        results.set(entry, 'open_before_layout_longest_task_ms', opening.longestBeforeLayout);
        results.set(entry, 'open_after_layout_longest_task_ms', opening.longestAfterLayout);
        if (opening.layoutStart !== null && opening.layoutAnswered !== null) {
          results.set(entry, 'open_layout_worker_ms', opening.layoutAnswered - opening.layoutStart);
        }
      },
    );
    const layoutMetrics = ['lineage', 'timeline', 'network'].map((name) => `layout_${name}_ms`);
    await step(
      layoutMetrics,
      () => layoutTimes(run.page, options.layoutTimeoutMs),
      (layouts) => {
        for (const name of ['lineage', 'timeline', 'network']) {
          const value = layouts[name];
          results.set(
            entry,
            `layout_${name}_ms`,
            typeof value === 'number' ? value : null,
            typeof value === 'string' ? value : 'skipped after an earlier layout timed out',
          );
          const longest = layouts[`${name}_longest_task`];
          if (typeof longest === 'number') {
            results.set(entry, `layout_${name}_longest_task_ms`, longest);
          }
        }
      },
    );
    await step(
      ['pan_p95_ms'],
      () => panP95(run.page),
      (pan) =>
        results.set(
          entry,
          'pan_p95_ms',
          typeof pan === 'number' ? pan : null,
          typeof pan === 'string' ? pan : undefined,
        ),
    );
    await step(
      ['export_png_ms'],
      () => exportTime(run.page),
      (exported) =>
        results.set(
          entry,
          'export_png_ms',
          typeof exported === 'number' ? exported : null,
          String(exported),
        ),
    );
    await step(
      ['export_png_view_ms'],
      () => exportTime(run.page, false),
      (exported) =>
        results.set(
          entry,
          'export_png_view_ms',
          typeof exported === 'number' ? exported : null,
          String(exported),
        ),
    );
    await step(
      ['longest_task_ms', 'longest_task_after_render_ms'],
      async () => [await longestTask(run.page), await longestTask(run.page, rendered)],
      ([all, after]) => {
        results.set(entry, 'longest_task_ms', all!);
        results.set(entry, 'longest_task_after_render_ms', after!);
      },
    );
    await step(
      ['heap_mb'],
      () => heapMb(run.cdp),
      (heap) => results.set(entry, 'heap_mb', heap),
    );
    if (run.errors.length > 0)
      results.note(`${entry}.page_errors`, run.errors.slice(0, 3).join(' | '));
  } finally {
    await run.close();
  }
}
