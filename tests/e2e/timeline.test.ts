// The timeline's opening view in a real browser: every ideology label readable (drawn, at least
// 9 px, covered by no other drawn label), in English and Thai, and the cut axis drawn.
import { describe, expect, it } from 'vitest';
import type { IsmsHook, ViewSnapshot } from '../../src/lib/cytoscape/snapshot';
import { useApp } from './harness';

const app = useApp();

async function settled(page: import('playwright-core').Page): Promise<ViewSnapshot> {
  await page.evaluate(() => (window as unknown as { __isms: IsmsHook }).__isms.layoutDone());
  // Decluttering runs a frame after the zoom settles.
  await page.waitForTimeout(400);
  return page.evaluate(() => (window as unknown as { __isms: IsmsHook }).__isms.snapshot()!);
}

type Box = { x1: number; y1: number; x2: number; y2: number };
const overlap = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

describe('the timeline at its opening view', () => {
  for (const lang of ['en', 'th'] as const) {
    it(`shows every ideology label readably and a break in the axis (${lang})`, async () => {
      const { page, errors } = await app(`?layout=timeline&lang=${lang}`);
      const snap = await settled(page);
      expect(snap.layout).toBe('timeline');
      const shown = snap.nodes.filter((n) => n.visible);
      const ideologies = shown.filter((n) => n.kind === 'ideology');
      expect(ideologies.length).toBeGreaterThan(50);
      const unreadable = ideologies
        .filter(
          (n) =>
            !n.labelVisible ||
            n.labelFontPx < 9 ||
            shown.some((m) => m !== n && m.labelVisible && overlap(n.labelBox, m.labelBox)),
        )
        .map((n) => n.label);
      expect(unreadable).toEqual([]);
      // The empty centuries before Jesus are cut out: a zig-zag between the years either side.
      expect(snap.breaks.length).toBeGreaterThan(0);
      const cut = snap.breaks.find((b) => b.from === -800)!;
      expect(cut).toBeDefined();
      const tickY = (label: string) => snap.ticks.find((t) => t.label === label)?.y;
      expect(tickY('800 BCE')).toBeLessThan(cut.y);
      expect(tickY('4 BCE')).toBeGreaterThan(cut.y);
      // The axis is on screen at the opening view.
      expect(cut.x).toBeGreaterThan(0);
      expect(cut.x).toBeLessThan(snap.width);
      // Years read down: 1917's nodes below 1848's.
      const y = (id: string) => snap.nodes.find((n) => n.id === id)!.y;
      expect(y('bolsheviks')).toBeGreaterThan(y('marxism'));
      expect(errors).toEqual([]);
    });
  }

  it('draws the break in the SVG export too', async () => {
    const { page, errors } = await app('?layout=timeline');
    const svg = await page.evaluate(async () =>
      (
        await (window as unknown as { __isms: IsmsHook }).__isms.exportPicture('svg', {
          full: true,
        })
      ).text(),
    );
    expect(svg).toMatch(/<g class="axis-break"><path d="M[^"]+Z"/);
    expect(errors).toEqual([]);
  });
});
