// The view a person sees first, at 1400×900: every ideology label readable (drawn, at least
// 9px on screen, not covered by another drawn label) at the default address in English and
// Thai and with only ideologies shown, and a filtered view laid out again to fill the canvas.
import { describe, expect, it } from 'vitest';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import { useApp } from './harness';
import { settledSnapshot, unreadableIdeologies } from './readable';

const open = useApp();

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
