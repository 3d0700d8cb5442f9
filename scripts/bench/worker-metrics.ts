/**
 * The worker page's metrics (bench/worker.html): the lineage layout in a Web Worker.
 */
import type { Browser } from 'playwright-core';
import { openPage, type BrowserBenchOptions } from './page-probes';
import type { ResultsBuilder } from './results';

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
