// The view a person sees first, at 1400×900: every ideology label readable (drawn, at least
// 9px on screen, not covered by another drawn label) at the default address in English and
// Thai and with only ideologies shown, and a filtered view laid out again to fill the canvas.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IsmsHook, ViewSnapshot } from '../../src/lib/cytoscape/snapshot';
import { useApp } from './harness';

const open = useApp();

/** The view once its layout has settled and its labels are decluttered. */
async function settledSnapshot(page: Page): Promise<ViewSnapshot> {
  await page.evaluate(async () => {
    await (window as unknown as { __isms: IsmsHook }).__isms.layoutDone();
    // Decluttering runs on the frames after a layout, and once a zoom settles (150 ms).
    await new Promise((done) => setTimeout(done, 400));
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
  const snapshot = await page.evaluate(() =>
    (window as unknown as { __isms: IsmsHook }).__isms.snapshot(),
  );
  if (snapshot === null) throw new Error('no snapshot: the canvas is not mounted');
  return snapshot;
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** Ideology labels that are not readable, each with why. */
function unreadableIdeologies(snapshot: ViewSnapshot): string[] {
  const visible = snapshot.nodes.filter((n) => n.visible);
  const drawn = visible.filter((n) => n.labelVisible);
  const problems: string[] = [];
  for (const node of visible.filter((n) => n.kind === 'ideology')) {
    if (!node.labelVisible) problems.push(`${node.id}: label not drawn`);
    else if (node.labelFontPx < 9) problems.push(`${node.id}: ${node.labelFontPx.toFixed(1)}px`);
    else {
      const cover = drawn.find((m) => m.id !== node.id && overlaps(node.labelBox, m.labelBox));
      if (cover) problems.push(`${node.id}: covered by ${cover.id}`);
    }
  }
  return problems;
}

describe('the opening view', () => {
  for (const [what, query] of [
    ['English', ''],
    ['Thai', '?lang=th'],
    ['English, ideologies only', '?kinds=ideology'],
    ['Thai, ideologies only', '?kinds=ideology&lang=th'],
  ] as const) {
    it(`${what}: every ideology label is readable`, async () => {
      const { page, errors } = await open(query);
      const snapshot = await settledSnapshot(page);
      expect(snapshot.layout).toBe('lineage');
      const ideologies = snapshot.nodes.filter((n) => n.visible && n.kind === 'ideology');
      expect(ideologies.length).toBeGreaterThan(40);
      expect(unreadableIdeologies(snapshot)).toEqual([]);
      expect(errors).toEqual([]);
    }, 60_000);
  }

  it('keeps every kind shown at the default address', async () => {
    const { page } = await open('');
    const snapshot = await settledSnapshot(page);
    const kinds = new Set(snapshot.nodes.filter((n) => n.visible).map((n) => n.kind));
    expect(kinds.size).toBeGreaterThanOrEqual(7);
  }, 60_000);
});

describe('a filtered view', () => {
  for (const query of [
    '?kinds=ideology',
    '?focus=maoism&isolate=1',
    '?kinds=person,organization',
  ]) {
    it(`${query} is laid out again to fill the canvas`, async () => {
      const { page } = await open(query);
      const snapshot = await settledSnapshot(page);
      const visible = snapshot.nodes.filter((n) => n.visible);
      expect(visible.length).toBeGreaterThan(2);
      const xs = visible.map((n) => n.x);
      const ys = visible.map((n) => n.y);
      const spanX = (Math.max(...xs) - Math.min(...xs)) / snapshot.width;
      const spanY = (Math.max(...ys) - Math.min(...ys)) / snapshot.height;
      expect(Math.max(spanX, spanY)).toBeGreaterThanOrEqual(0.7);
      // Every node of the view on the canvas.
      for (const node of visible) {
        expect(node.x).toBeGreaterThanOrEqual(0);
        expect(node.x).toBeLessThanOrEqual(snapshot.width);
        expect(node.y).toBeGreaterThanOrEqual(0);
        expect(node.y).toBeLessThanOrEqual(snapshot.height);
      }
    }, 60_000);
  }

  it('is laid out again when the filter changes in place, and fills the canvas', async () => {
    const { page } = await open('');
    const before = await settledSnapshot(page);
    await page.getByRole('button', { name: 'None' }).first().click();
    await page.getByRole('button', { name: /^Ideologies/ }).click();
    await page.waitForFunction(
      (count) =>
        ((window as unknown as { __isms: IsmsHook }).__isms
          .snapshot()
          ?.nodes.filter((n) => n.visible).length ?? count) < count,
      before.nodes.filter((n) => n.visible).length,
    );
    const after = await settledSnapshot(page);
    expect(after.zoom).toBeGreaterThan(before.zoom);
    expect(unreadableIdeologies(after)).toEqual([]);
  }, 60_000);
});
