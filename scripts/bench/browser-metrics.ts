/**
 * What the bench measures in headless Chromium, on the built app and on the floor page (bare
 * cytoscape + cytoscape-dagre drawing the same graph).
 *
 * The contract with the app (src/, owned by the explorer):
 *   - `?graph=<same-origin URL>` opens that graph file instead of the bundled one;
 *   - after the first graph is drawn: `performance.mark('isms:first-render')` (or
 *     `document.body.dataset.rendered = 'true'`);
 *   - `window.__isms = { view: activeGraphView }` (the GraphView of src/lib/cytoscape), so the
 *     bench can time `runLayout(name, { animate: false })` and `exportPng({ scale: 2 })`;
 *     without it, `window.__ismsExport` (export mode) is used for the PNG if present.
 * Whatever the app does not offer is recorded as null with the reason.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import { BROWSER_METRICS, type ResultsBuilder } from './results';
import { percentile } from './stats';

// One launcher for the bench, the e2e tests and the CLI (scripts/browser/chromium.ts).
export { CHROMIUM_ARGS, launchChromium } from '../browser/chromium';

/** Installed before any page script: long tasks and the first-render signal, recorded early. */
const INIT_SCRIPT = `
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(): make it exist
  window.__name = (fn) => fn;
  window.__bench = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

interface PageRun {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  close(): Promise<void>;
}

/** `promise`, or a rejection with `message` after `ms`. */
function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openPage(browser: Browser, url: string): Promise<PageRun> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(INIT_SCRIPT);
  const cdp = await context.newCDPSession(page);
  await page.goto(url, { waitUntil: 'commit' });
  return {
    page,
    cdp,
    errors,
    close: () => within(context.close(), 20_000, 'closing the page').catch(() => {}),
  };
}

/**
 * ms from navigation start to the first-render signal, or null on timeout. In the export embed
 * (`embed`), the signal is `window.__ismsExport` being defined, which it is once the layout
 * has settled.
 */
async function firstRender(page: Page, timeoutMs: number, embed = false): Promise<number | null> {
  try {
    await page.waitForFunction(
      (embedded) =>
        embedded
          ? typeof (window as unknown as { __ismsExport?: unknown }).__ismsExport === 'function'
          : performance.getEntriesByName('isms:first-render').length > 0 ||
            document.body?.dataset.rendered === 'true',
      embed,
      { timeout: timeoutMs, polling: 50 },
    );
  } catch {
    return null;
  }
  return page.evaluate(() => {
    const mark = performance.getEntriesByName('isms:first-render')[0];
    // the dataset flag has no timestamp: the poll found it within 50 ms of now
    return mark ? mark.startTime : performance.now();
  });
}

/** The pan of the page's Cytoscape (the app's through `window.__isms`, the floor's), if any. */
function viewportPan(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    type Cy = { pan(): { x: number; y: number } };
    const w = window as unknown as { __isms?: { view?: () => { cy?: Cy } | null }; __floor?: Cy };
    const cy = w.__isms?.view?.()?.cy ?? w.__floor;
    return cy ? { ...cy.pan() } : null;
  });
}

/**
 * A point of the canvas `box` (page coordinates) off every node, near the middle, for a drag
 * that pans: a press on a node would drag the node instead, unless the app makes nodes
 * pannable. The middle when no node positions can be read or no point is free.
 */
async function backgroundPoint(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<{ x: number; y: number }> {
  const free = await page.evaluate(({ width, height }) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Cy = {
      nodes(selector: string): { map<T>(f: (n: { renderedBoundingBox(): Box }) => T): T[] };
    };
    const w = window as unknown as { __isms?: { view?: () => { cy?: Cy } | null }; __floor?: Cy };
    const cy = w.__isms?.view?.()?.cy ?? w.__floor;
    if (!cy) return null;
    const boxes = cy.nodes(':visible').map((node) => node.renderedBoundingBox());
    const pad = 6;
    // outward from the middle, on a grid over the middle half of the canvas
    const steps = [0, 0.05, -0.05, 0.1, -0.1, 0.15, -0.15, 0.2, -0.2, 0.25, -0.25];
    for (const fy of steps) {
      for (const fx of steps) {
        const x = width * (0.5 + fx);
        const y = height * (0.5 + fy);
        const hit = boxes.some(
          (b) => x >= b.x1 - pad && x <= b.x2 + pad && y >= b.y1 - pad && y <= b.y2 + pad,
        );
        if (!hit) return { x, y };
      }
    }
    return null;
  }, box);
  return free
    ? { x: box.x + free.x, y: box.y + free.y }
    : { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * Frame-time p95 over a scripted drag and wheel zoom on the largest canvas; a string says why
 * there is none. A drag that did not move the view (it grabbed a node, say) is not a pan, and
 * is reported as such rather than timed.
 */
async function panP95(page: Page): Promise<number | string> {
  const box = await page.evaluate(() => {
    let best: DOMRect | null = null;
    for (const canvas of document.querySelectorAll('canvas')) {
      const rect = canvas.getBoundingClientRect();
      if (!best || rect.width * rect.height > best.width * best.height) best = rect;
    }
    return best ? { x: best.x, y: best.y, width: best.width, height: best.height } : null;
  });
  if (!box || box.width < 50) return 'no canvas found to pan';
  const start = await backgroundPoint(page, box);
  const panBefore = await viewportPan(page);
  await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { frames: number[]; recording: boolean } })
      .__bench;
    bench.frames = [];
    bench.recording = true;
    let last = performance.now();
    const tick = (now: number) => {
      if (!bench.recording) return;
      bench.frames.push(now - last);
      last = now;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame((now) => {
      last = now;
      requestAnimationFrame(tick);
    });
  });
  const cx = start.x;
  const cy = start.y;
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    await page.mouse.move(cx + Math.sin(i / 6) * 200, cy + Math.cos(i / 6) * 120);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  const panAfter = await viewportPan(page);
  const panned =
    !panBefore || !panAfter || panBefore.x !== panAfter.x || panBefore.y !== panAfter.y;
  for (let i = 0; i < 20; i++) {
    await page.mouse.wheel(0, i < 10 ? -120 : 120);
    await page.waitForTimeout(30);
  }
  await page.waitForTimeout(200);
  const frames = await page.evaluate(() => {
    const bench = (window as unknown as { __bench: { frames: number[]; recording: boolean } })
      .__bench;
    bench.recording = false;
    return bench.frames;
  });
  if (!panned) return 'the drag did not move the view (it started on a node and moved that)';
  return frames.length > 5 ? percentile(frames, 95) : 'fewer than 6 frames drawn';
}

async function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate((after) => {
    const tasks = (
      window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
    ).__bench.longTasks;
    return tasks.filter((t) => t.start >= after).reduce((max, t) => Math.max(max, t.duration), 0);
  }, since);
}

async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / (1024 * 1024);
}

/** Times `runLayout` for each layout through `window.__isms`; null where it is missing. */
async function layoutTimes(
  page: Page,
  timeoutMs: number,
): Promise<Record<string, number | null | string>> {
  return page.evaluate(async (limit) => {
    const hook = (window as unknown as { __isms?: { view?: () => unknown } }).__isms;
    const view = hook?.view?.() as
      { runLayout?: (name: string, options: object) => Promise<void> } | null | undefined;
    const out: Record<string, number | null | string> = {};
    const windows: [string, number, number][] = [];
    for (const name of ['lineage', 'timeline', 'network']) {
      if (!view?.runLayout) {
        out[name] = 'no window.__isms.view().runLayout in the app';
        continue;
      }
      const start = performance.now();
      const done = view.runLayout(name, { animate: false, fit: true }).then(() => 'done');
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
    if (view?.runLayout && typeof out.network === 'number')
      await view.runLayout('lineage', { animate: false });
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
      __isms?: { view?: () => { exportPng?: (o: object) => Promise<Blob> } | null };
      __ismsExport?: (o: { format: 'png'; scale: number }) => Promise<string>;
    };
    const view = w.__isms?.view?.();
    const start = performance.now();
    if (view?.exportPng) {
      const blob = await view.exportPng({ scale: 2, full: whole });
      if (!(blob instanceof Blob) || blob.size === 0) return 'exportPng gave no PNG';
    } else if (!whole) {
      return 'no window.__isms.view().exportPng to export the view with';
    } else if (typeof w.__ismsExport === 'function') {
      const text = await w.__ismsExport({ format: 'png', scale: 2 });
      if (typeof text !== 'string' || text.length === 0) return '__ismsExport gave no PNG';
    } else {
      return 'no window.__isms.view().exportPng nor window.__ismsExport in the app';
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

export interface BrowserBenchOptions {
  origin: string;
  firstRenderTimeoutMs: number;
  layoutTimeoutMs: number;
  log: (line: string) => void;
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

/** ms to the first-render signal of a fresh page at `url`, or null on timeout. */
export async function firstRenderOf(
  browser: Browser,
  url: string,
  timeoutMs: number,
): Promise<number | null> {
  const run = await openPage(browser, url);
  try {
    return await firstRender(run.page, timeoutMs);
  } finally {
    await run.close();
  }
}

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

/**
 * The lineage layout in a Web Worker on the bench's worker page (bench/worker.html): time,
 * the longest main-thread task meanwhile, whether cancelling works, and a cache hit's time.
 */
export async function measureWorker(
  browser: Browser,
  results: ResultsBuilder,
  entry: string,
  workerPath: string,
  options: BrowserBenchOptions,
): Promise<void> {
  const run = await openPage(browser, options.origin + workerPath);
  try {
    const handle = await run.page.waitForFunction(
      () => (window as unknown as { __workerBench?: Record<string, unknown> }).__workerBench,
      undefined,
      { timeout: options.firstRenderTimeoutMs * 2, polling: 100 },
    );
    const out = (await handle.jsonValue()) as Record<string, number | string | boolean>;
    if (typeof out.error === 'string') throw new Error(out.error);
    const num = (key: string) => (typeof out[key] === 'number' ? (out[key] as number) : null);
    results.set(entry, 'worker_layout_ms', num('worker_layout_ms'), 'no time from the worker page');
    results.set(
      entry,
      'worker_longest_task_ms',
      num('worker_longest_task_ms'),
      'no long-task data',
    );
    results.set(entry, 'worker_cancel_ok', out.cancelled === true ? 1 : 0);
    results.set(entry, 'layout_cache_hit_ms', num('cache_hit_ms'), 'no cache timing');
    results.note(
      `${entry}.worker_layout_ms`,
      `engine ${String(out.engine)}, ${String(out.progress_messages)} progress messages`,
    );
    options.log(
      `  ${entry}: worker layout (${String(out.engine)}) ${num('worker_layout_ms')?.toFixed(0)} ms`,
    );
  } catch (error) {
    const reason = `worker page failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
    results.unmeasured(
      entry,
      ['worker_layout_ms', 'worker_longest_task_ms', 'worker_cancel_ok', 'layout_cache_hit_ms'],
      reason,
    );
  } finally {
    await run.close();
  }
}
