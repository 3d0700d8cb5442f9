// Large graphs in real Chromium: a generated 3,000-node graph opened by ?graph=, laid out in the
// layout worker behind a progress bar with Cancel, in large-graph mode (shown, and switchable).
// Requests to the layout worker are held by a test shim until released, so the progress bar is
// seen on every run however fast the layout is; no assertion depends on timing.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import { generateSyntheticGraph } from '../../src/lib/domain/synthetic-graph';
import { useApp, type AppPage } from './harness';

const GRAPH_PATH = '/__test/large-3000.json';
const graph = generateSyntheticGraph({ nodes: 3000, seed: 11 });
const body = JSON.stringify(graph);

/** Wraps `Worker` so that messages to a layout worker wait while `__layoutHold.on`. */
const HOLD_LAYOUT_WORKERS = `(() => {
  const held = [];
  window.__layoutHold = {
    on: true,
    release() {
      this.on = false;
      for (const send of held.splice(0)) send();
    },
  };
  const RealWorker = window.Worker;
  window.Worker = class extends RealWorker {
    postMessage(message, ...rest) {
      if (window.__layoutHold.on) held.push(() => super.postMessage(message, ...rest));
      else super.postMessage(message, ...rest);
    }
  };
})();`;

const app = useApp();

/** The 3,000-node graph, layout requests held (HOLD_LAYOUT_WORKERS); `query` adds to the URL. */
function openLarge(colorScheme: 'light' | 'dark' = 'light', query = ''): Promise<AppPage> {
  return app(`?graph=${GRAPH_PATH}${query}`, {
    wait: false,
    colorScheme,
    setup: async (page) => {
      // A predicate, not a glob: the page's own address ends in the graph's path too.
      await page.route(
        (url) => url.pathname === GRAPH_PATH,
        (route) => route.fulfill({ status: 200, contentType: 'application/json', body }),
      );
      await page.addInitScript(HOLD_LAYOUT_WORKERS);
    },
  });
}

const progressBar = (page: Page) => page.getByRole('progressbar', { name: 'Layout progress' });
const largeMode = (page: Page) => page.getByRole('switch', { name: 'Large graph mode' });
const release = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { __layoutHold: { release(): void } }).__layoutHold.release(),
  );
const hold = (page: Page) =>
  page.evaluate(() => {
    (window as unknown as { __layoutHold: { on: boolean } }).__layoutHold.on = true;
  });

/** Positions and edge curve style, read off the view's snapshot (window.__isms). */
function canvasState(page: Page) {
  return page.evaluate(() => {
    const view = (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!;
    const positions = Object.fromEntries(view.nodes.map((n) => [n.id, { ...n.position }]));
    return {
      positions,
      pending: view.nodes.filter((n) => n.classes.includes('pending')).length,
      curve: view.edges[0]!.curveStyle,
      rendered: document.body.dataset.rendered === 'true',
    };
  });
}

describe('a 3,000-node graph opened by ?graph=', () => {
  it('is laid out in the worker behind a progress bar, in large-graph mode, and Cancel stops a later layout', async () => {
    const { page, errors } = await openLarge();
    const status = page.getByRole('status').filter({ hasText: /Showing/ });
    await status.waitFor();
    expect(await status.textContent()).toBe(
      `Showing 3000 of 3000 nodes, ${graph.edges.length} of ${graph.edges.length} edges`,
    );
    expect(await page.getByText('Synthetic lineage graph').first().isVisible()).toBe(true);

    // The first layout waits in the worker: its progress bar and Cancel are on show, and
    // nothing is drawn yet.
    await progressBar(page).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    expect((await canvasState(page)).pending).toBe(3000);

    await release(page);
    await progressBar(page).waitFor({ state: 'hidden' });
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');
    const drawn = await canvasState(page);
    expect(drawn.pending).toBe(0);
    // Lineage order: every derived_from edge runs from the later ideology down from its parent.
    const derived = graph.edges.filter((edge) => edge.relation === 'derived_from');
    expect(derived.length).toBeGreaterThan(1000);
    for (const edge of derived) {
      expect(
        drawn.positions[edge.source]!.y,
        `${edge.source} below ${edge.target}`,
      ).toBeGreaterThan(drawn.positions[edge.target]!.y);
    }

    // Large-graph mode is on by itself, explained, and can be switched off and on again.
    const toggle = largeMode(page);
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect(drawn.curve).toBe('haystack');
    const help = await page.locator('#large-graph-help').textContent();
    expect(help).toContain('plain lines');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('false');
    expect((await canvasState(page)).curve).toBe('bezier');
    await toggle.click();
    expect(await toggle.getAttribute('aria-checked')).toBe('true');
    expect((await canvasState(page)).curve).toBe('haystack');

    // A second layout (concepts hidden: a new set of elements, so not from the cache) is
    // cancelled: the progress bar goes, a note says so, and every node stays where it was.
    await hold(page);
    await page.getByRole('button', { name: /^Concepts/ }).click();
    await progressBar(page).waitFor();
    await page.getByRole('button', { name: 'Cancel' }).click();
    await progressBar(page).waitFor({ state: 'hidden' });
    await page.getByText('Layout cancelled').waitFor();
    expect((await canvasState(page)).positions).toEqual(drawn.positions);
    await release(page);
    expect(errors).toEqual([]);
  });
});

describe('a small graph of a person’s own', () => {
  it('is laid out by dagre on measured boxes, labels and all', async () => {
    const small = JSON.stringify(generateSyntheticGraph({ nodes: 60, seed: 5 }));
    const path = '/__test/small-60.json';
    const { page, errors } = await app(`?graph=${path}`, {
      setup: async (page) => {
        await page.route(
          (url) => url.pathname === path,
          (route) => route.fulfill({ status: 200, contentType: 'application/json', body: small }),
        );
      },
    });
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');
    // the gaps between neighbours in a rank: dagre packs boxes 18 px apart, so the gaps show
    // the boxes it was given (Cytoscape's 30 px default, label left out, were they unmeasured)
    const gaps = await page.evaluate(() => {
      const view = (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!;
      const byRank = new Map<number, number[]>();
      for (const node of view.nodes) {
        const y = Math.round(node.position.y);
        byRank.set(y, [...(byRank.get(y) ?? []), node.position.x]);
      }
      const gaps: number[] = [];
      for (const xs of byRank.values()) {
        xs.sort((a, b) => a - b);
        for (let i = 1; i < xs.length; i++) gaps.push(xs[i]! - xs[i - 1]!);
      }
      return gaps.sort((a, b) => a - b);
    });
    expect(gaps.length).toBeGreaterThan(10);
    // measured: 121 px and up here; unmeasured (Cytoscape's default boxes): all about 60 px
    expect(gaps[0]).toBeGreaterThan(80);
    expect(errors).toEqual([]);
  });
});

describe('the Network layout of a 3,000-node graph', () => {
  it('is computed in a worker behind the progress bar and comes out spread, not a blob', async () => {
    // opened on the Network layout: the same run as pressing Network, without a lineage first
    const { page, errors } = await openLarge('light', '&layout=network');
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    // fcose runs in the network worker: the page shows progress and can cancel meanwhile
    await progressBar(page).waitFor();
    expect(await page.getByRole('button', { name: 'Cancel' }).isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Network' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    await release(page);
    await progressBar(page).waitFor({ state: 'hidden', timeout: 60_000 });
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');

    // Node bodies that overlap another's: fcose's draft placement alone piled 98 % of them up.
    const { nodes, overlapping } = await page.evaluate(() => {
      const view = (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!;
      const boxes = view.nodes.map((n) => ({ ...n.position, w: n.width, h: n.height }));
      const hit = new Set<number>();
      for (let i = 0; i < boxes.length; i++) {
        for (let j = i + 1; j < boxes.length; j++) {
          const a = boxes[i]!;
          const b = boxes[j]!;
          if (Math.abs(a.x - b.x) < (a.w + b.w) / 2 && Math.abs(a.y - b.y) < (a.h + b.h) / 2) {
            hit.add(i).add(j);
          }
        }
      }
      return { nodes: boxes.length, overlapping: hit.size };
    });
    expect(nodes).toBe(3000);
    expect(overlapping / nodes).toBeLessThan(0.01);
    // laid out by the worker, not by the fallback on the page
    expect(warnings.filter((text) => text.includes('worker failed'))).toEqual([]);
    expect(errors).toEqual([]);
  });
});

/**
 * Ink per colour channel of a PNG, drawn over white: the sum of (255 − value), so that a
 * picture and another of the same graph at the same scale can be compared without aligning them.
 */
async function inkOf(page: Page, which: 'export' | 'cytoscape'): Promise<number[]> {
  return page.evaluate(async (source) => {
    const isms = (window as unknown as { __isms: IsmsHook }).__isms;
    const blob =
      source === 'export'
        ? await isms.exportPicture('png', { scale: 0.25, full: true, background: 'white' })
        : await isms.rendererPng({ scale: 0.25, background: '#ffffff' });
    const image = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(image.width, image.height);
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, image.width, image.height);
    context.drawImage(image, 0, 0);
    const data = context.getImageData(0, 0, image.width, image.height).data;
    const ink = [0, 0, 0];
    for (let i = 0; i < data.length; i += 4) {
      for (let c = 0; c < 3; c++) ink[c]! += 255 - data[i + c]!;
    }
    return ink;
  }, which);
}

describe('a whole-graph picture in large-graph mode', () => {
  it('draws what Cytoscape draws: its plain lines, stroked without Cytoscape, come out the same', async () => {
    const { page, errors } = await openLarge();
    await release(page);
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');
    expect(await largeMode(page).getAttribute('aria-checked')).toBe('true');
    // The export strokes the thousands of plain lines itself, without Cytoscape's per-edge
    // work; Cytoscape's own picture draws each one: the two hold the same ink in every channel
    // (the export's margin is white). Within 5 %: at a quarter scale the export leaves out the
    // labels' white outlines, a third of a pixel wide, which hid a little of the lines. Without
    // its lines the export would hold about a quarter of the ink.
    const exported = await inkOf(page, 'export');
    const reference = await inkOf(page, 'cytoscape');
    for (let c = 0; c < 3; c++) {
      expect(reference[c]!).toBeGreaterThan(0);
      expect(exported[c]! / reference[c]!).toBeGreaterThan(0.95);
      expect(exported[c]! / reference[c]!).toBeLessThan(1.05);
    }
    expect(errors).toEqual([]);
  });
});

describe('a picture on another background than the screen', () => {
  it('is drawn in large-graph mode and leaves the screen in it, without a legend of dashes', async () => {
    const { page, errors } = await openLarge('dark');
    await release(page);
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');
    const curve = () =>
      page.evaluate(() => {
        const view = (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!;
        return view.edges[0]!.curveStyle;
      });
    expect(await curve()).toBe('haystack');
    // the screen is dark, the picture white: drawn with the light palette and back
    const exported = await inkOf(page, 'export');
    expect(exported[0]!).toBeGreaterThan(0);
    expect(await curve()).toBe('haystack');
    expect(await largeMode(page).getAttribute('aria-checked')).toBe('true');
    // the legend says how edges look in this mode
    const legend = page.getByRole('complementary').or(page.locator('.legend')).first();
    expect(await legend.textContent()).toContain('drawn solid in large graph mode');
    expect(errors).toEqual([]);
  });
});

describe('dragging in large-graph mode', () => {
  it('pans the view even when the press lands on a node, which stays put; off, the node moves', async () => {
    const { page, errors } = await openLarge();
    await release(page);
    await page.waitForFunction(() => document.body.dataset.rendered === 'true');
    type Probe = { pan: { x: number; y: number }; node: { x: number; y: number } };
    const probe = (id: string) =>
      page.evaluate((nodeId): Probe => {
        const view = (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!;
        return {
          pan: { ...view.pan },
          node: { ...view.nodes.find((n) => n.id === nodeId)!.position },
        };
      }, id);
    const id = graph.nodes[0]!.id;
    // zoom in on the node so that the press surely lands on it
    const dragFrom = async () => {
      const at = await page.evaluate((nodeId) => {
        const isms = (window as unknown as { __isms: IsmsHook }).__isms;
        isms.zoomTo(1, nodeId);
        const node = isms.snapshot()!.nodes.find((n) => n.id === nodeId)!;
        return { x: node.x, y: node.y };
      }, id);
      const canvas = await page.locator('canvas').last().boundingBox();
      return { x: canvas!.x + at.x, y: canvas!.y + at.y };
    };
    const drag = async (from: { x: number; y: number }) => {
      await page.mouse.move(from.x, from.y);
      await page.mouse.down();
      for (let i = 1; i <= 5; i++) await page.mouse.move(from.x + 20 * i, from.y + 12 * i);
      await page.mouse.up();
    };

    expect(await largeMode(page).getAttribute('aria-checked')).toBe('true');
    let from = await dragFrom();
    let before = await probe(id);
    await drag(from);
    let after = await probe(id);
    expect(after.node).toEqual(before.node);
    expect(after.pan.x - before.pan.x).toBeCloseTo(100, 0);
    expect(after.pan.y - before.pan.y).toBeCloseTo(60, 0);

    await largeMode(page).click();
    expect(await largeMode(page).getAttribute('aria-checked')).toBe('false');
    from = await dragFrom();
    before = await probe(id);
    await drag(from);
    after = await probe(id);
    expect(after.node.x - before.node.x).toBeCloseTo(100, 0);
    expect(after.pan).toEqual(before.pan);
    expect(errors).toEqual([]);
  });
});

describe('?graph= that cannot be opened', () => {
  it('lists the problem and shows the bundled graph instead', async () => {
    const { page } = await app('?graph=https://example.com/other.json');
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('same-origin');
    expect(await page.getByText('Communism', { exact: true }).first().isVisible()).toBe(true);
    expect(await largeMode(page).count()).toBe(0);
  });
});

describe('a graph opened by ?graph=', () => {
  it('goes into Copy link, and leaves the address once the person goes back to the bundled graph', async () => {
    const small = readFileSync(resolve(import.meta.dirname, 'fixtures/lineage-medium.json'));
    const { page, context, errors } = await app('?graph=/__test/small.json&focus=maoism', {
      setup: async (page) => {
        await page.route(
          (url) => url.pathname === '/__test/small.json',
          (route) => route.fulfill({ status: 200, contentType: 'application/json', body: small }),
        );
      },
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const status = page.getByRole('status').filter({ hasText: /Showing/ });
    expect(await status.textContent()).toMatch(/^Showing 24 of 24 nodes/);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).searchParams.get('graph')).toBe('/__test/small.json');
    expect(new URL(copied).searchParams.get('focus')).toBe('maoism');

    // A selection on the linked graph: an older history entry that names it.
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Marxism–Leninism' })
      .first()
      .click();
    await page.waitForFunction(() => location.search.includes('focus=marxism-leninism'));
    expect(new URL(page.url()).searchParams.get('graph')).toBe('/__test/small.json');

    await page.getByRole('button', { name: 'Back to bundled graph' }).click();
    await status.filter({ hasNotText: 'of 24 nodes' }).waitFor();
    expect(new URL(page.url()).searchParams.has('graph')).toBe(false);
    // Back restores the older address, but not the graph= of a graph no longer shown.
    await page.goBack();
    await page.waitForFunction(() => location.search.includes('focus=maoism'));
    expect(new URL(page.url()).searchParams.has('graph')).toBe(false);
    await page.reload();
    await status.waitFor();
    expect(await status.textContent()).not.toMatch(/of 24 nodes/);
    expect(errors).toEqual([]);
  });
});
