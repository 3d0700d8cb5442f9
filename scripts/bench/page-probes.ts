/**
 * The bench's probes of a page in headless Chromium, shared by the app's, the floor page's and
 * the worker page's metrics: opening a page with long tasks recorded from the start, waiting
 * for its first-render signal, timing pans by frame, the longest task, the heap.
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import { OPENING_INIT_SCRIPT } from './opening-tasks';
import { percentile } from './stats';

/** Installed before any page script: long tasks and the first-render signal, recorded early. */
export const INIT_SCRIPT = `
  // tsx (esbuild keepNames) wraps functions passed to page.evaluate in __name(): make it exist
  window.__name = (fn) => fn;
  window.__bench = { longTasks: [] };
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
`;

export interface PageRun {
  page: Page;
  cdp: CDPSession;
  errors: string[];
  close(): Promise<void>;
}

/** `promise`, or a rejection with `message` after `ms`. */
export function within<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${message} after ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function openPage(browser: Browser, url: string): Promise<PageRun> {
  const context = await browser.newContext({
    viewport: { width: 1400, height: 900 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(INIT_SCRIPT);
  await page.addInitScript(OPENING_INIT_SCRIPT);
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
export async function firstRender(
  page: Page,
  timeoutMs: number,
  embed = false,
): Promise<number | null> {
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
export function viewportPan(page: Page): Promise<{ x: number; y: number } | null> {
  return page.evaluate(() => {
    type Cy = { pan(): { x: number; y: number } };
    const w = window as unknown as { __isms?: Partial<IsmsHook>; __floor?: Cy };
    const app = w.__isms?.snapshot?.();
    if (app) return { ...app.pan };
    return w.__floor ? { ...w.__floor.pan() } : null;
  });
}

/**
 * A point of the canvas `box` (page coordinates) off every node, near the middle, for a drag
 * that pans: a press on a node would drag the node instead, unless the app makes nodes
 * pannable. The middle when no node positions can be read or no point is free.
 */
export async function backgroundPoint(
  page: Page,
  box: { x: number; y: number; width: number; height: number },
): Promise<{ x: number; y: number }> {
  const free = await page.evaluate(({ width, height }) => {
    type Box = { x1: number; y1: number; x2: number; y2: number };
    type Cy = {
      nodes(selector: string): { map<T>(f: (n: { renderedBoundingBox(): Box }) => T): T[] };
    };
    const w = window as unknown as { __isms?: Partial<IsmsHook>; __floor?: Cy };
    const app = w.__isms?.snapshot?.();
    // a node's body and its label, in screen pixels
    const boxes: Box[] = app
      ? app.nodes
          .filter((n) => n.visible)
          .map((n) => ({
            x1: Math.min(n.x - (n.width * app.zoom) / 2, n.labelBox.x1),
            y1: Math.min(n.y - (n.height * app.zoom) / 2, n.labelBox.y1),
            x2: Math.max(n.x + (n.width * app.zoom) / 2, n.labelBox.x2),
            y2: Math.max(n.y + (n.height * app.zoom) / 2, n.labelBox.y2),
          }))
      : (w.__floor?.nodes(':visible').map((node) => node.renderedBoundingBox()) ?? null)!;
    if (!boxes) return null;
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
export async function panP95(page: Page): Promise<number | string> {
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

export async function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate((after) => {
    const tasks = (
      window as unknown as { __bench: { longTasks: { start: number; duration: number }[] } }
    ).__bench.longTasks;
    return tasks.filter((t) => t.start >= after).reduce((max, t) => Math.max(max, t.duration), 0);
  }, since);
}

export async function heapMb(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
  return usage.usedSize / (1024 * 1024);
}

export interface BrowserBenchOptions {
  origin: string;
  firstRenderTimeoutMs: number;
  layoutTimeoutMs: number;
  log: (line: string) => void;
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
