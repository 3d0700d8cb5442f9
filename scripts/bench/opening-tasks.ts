/**
 * The main thread while a graph opens and its first layout runs: every long task (the
 * `longtask` PerformanceObserver, buffered from navigation) and the moments the layout worker
 * was asked and answered (a wrapped `Worker` notes each message each way; the import worker,
 * which reads files over 5 MB before any layout, is left out). Shared by the bench
 * (`open_layout_longest_task_ms`) and the e2e test that holds the layout under 200 ms a task.
 */
import type { Page } from 'playwright-core';

/**
 * Installed before any page script. Long tasks go to `window.__opening.tasks`; each message
 * posted to a worker and each answer to `posts` and `answers` (ms since navigation).
 */
export const OPENING_INIT_SCRIPT = `(() => {
  const opening = (window.__opening = { tasks: [], posts: [], answers: [] });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        opening.tasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  const RealWorker = window.Worker;
  if (typeof RealWorker !== 'function') return;
  window.Worker = class extends RealWorker {
    constructor(...args) {
      super(...args);
      // Only layout workers: a large file is read in the import worker before any layout.
      this.__layout = !/import/.test(String(args[0]));
      this.addEventListener('message', () => {
        if (this.__layout) opening.answers.push(performance.now());
      });
    }
    postMessage(...args) {
      if (this.__layout) opening.posts.push(performance.now());
      return super.postMessage(...args);
    }
  };
})();`;

export interface OpeningTasks {
  /** ms since navigation: the first message to a layout worker (the layout asked), or null. */
  layoutStart: number | null;
  /** ms since navigation: the worker's last answer before the first drawing (its result). */
  layoutAnswered: number | null;
  /** ms since navigation: the first-render mark (the layout's result drawn). */
  layoutEnd: number;
  /**
   * The longest main-thread task while the worker ran: started after the layout was asked and
   * over before its result arrived, ms (0: none).
   */
  longestDuringLayout: number;
  /** The longest task before the layout was asked: reading, validating, building elements. */
  longestBeforeLayout: number;
  /** The longest task from the result's arrival to the first drawing: placing and drawing. */
  longestAfterLayout: number;
  /** Every long task from navigation to the layout's end, in order. */
  tasks: { start: number; duration: number }[];
}

/**
 * Reads what OPENING_INIT_SCRIPT recorded, once the page has its first-render mark. Long-task
 * entries arrive a little after their task ends, hence the short wait.
 */
export async function openingTasks(page: Page): Promise<OpeningTasks> {
  await page.waitForFunction(() => performance.getEntriesByName('isms:first-render').length > 0);
  await page.waitForTimeout(200);
  return page.evaluate(() => {
    const opening = (
      window as unknown as {
        __opening: {
          tasks: { start: number; duration: number }[];
          posts: number[];
          answers: number[];
        };
      }
    ).__opening;
    const end = performance.getEntriesByName('isms:first-render')[0]!.startTime;
    const start = opening.posts.find((t) => t <= end) ?? null;
    const answered = opening.answers.filter((t) => t <= end).pop() ?? null;
    const tasks = opening.tasks.filter((t) => t.start <= end).sort((a, b) => a.start - b.start);
    const longest = (keep: (t: { start: number; duration: number }) => boolean) =>
      tasks.filter(keep).reduce((max, t) => Math.max(max, t.duration), 0);
    // the task that takes the result in holds the answer's timestamp: it belongs to the drawing
    const resultAt = answered ?? end;
    return {
      layoutStart: start,
      layoutAnswered: answered,
      layoutEnd: end,
      longestDuringLayout:
        start === null ? 0 : longest((t) => t.start >= start && t.start + t.duration < resultAt),
      longestBeforeLayout: start === null ? 0 : longest((t) => t.start < start),
      longestAfterLayout: longest((t) => t.start + t.duration >= resultAt),
      tasks,
    };
  });
}
