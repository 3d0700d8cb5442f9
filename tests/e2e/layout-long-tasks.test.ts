// The first layout of a large graph keeps the page responsive: a synthetic graph of 1,000 and
// of 5,000 nodes opened by ?graph=, long tasks recorded from navigation (PerformanceObserver
// 'longtask', buffered) through the first drawing. Measured: the tasks that start between the
// first message to the layout worker and the first-render mark; none may reach 200 ms. What
// comes before (reading and validating the file, building the elements) is reported in the
// failure message but not held to it: that is the open issue of first drawing, not the layout.
import { describe, expect, it } from 'vitest';
import { OPENING_INIT_SCRIPT, openingTasks } from '../../scripts/bench/opening-tasks';
import { generateSyntheticGraph } from '../../src/lib/domain/synthetic-graph';
import { useApp } from './harness';

const app = useApp();

/** The longest main-thread task during the first layout of a synthetic graph of `nodes`. */
async function openSynthetic(nodes: number) {
  const path = `/__test/synthetic-${nodes}.json`;
  const body = JSON.stringify(generateSyntheticGraph({ nodes, seed: 1 }));
  const { page, errors } = await app(`?graph=${path}`, {
    wait: false,
    setup: async (page) => {
      await page.route(
        (url) => url.pathname === path,
        (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.addInitScript(OPENING_INIT_SCRIPT);
    },
  });
  return { opening: await openingTasks(page), errors };
}

describe('the first layout of a large graph', () => {
  it.each([1000, 5000])(
    'of %i nodes runs in the worker with no main-thread task of 200 ms or more',
    async (nodes) => {
      const { opening, errors } = await openSynthetic(nodes);
      const tasks = opening.tasks.map(
        (t) => `${t.duration.toFixed(0)} ms at ${t.start.toFixed(0)}`,
      );
      const story = `layout asked at ${opening.layoutStart?.toFixed(0)} ms, answered at ${opening.layoutAnswered?.toFixed(0)} ms, drawn at ${opening.layoutEnd.toFixed(0)} ms; long tasks: ${tasks.join(', ') || 'none'}`;
      expect(opening.layoutStart, `the layout worker was never asked (${story})`).not.toBeNull();
      expect(opening.longestDuringLayout, story).toBeLessThan(200);
      expect(errors).toEqual([]);
    },
    90_000,
  );
});
