// Screenshots as a person sees the explorer, kept for looking at (issue 13's proof), not for
// pixel comparison. By default, at 1400×900 into test-results/screenshots/ (git-ignored): the
// default address in English and Thai, light and dark, the ideologies alone, and an exported
// PNG; each checked for what a person would notice (dark looks dark, every ideology label
// readable, the picture not blank). Opt-in, `ISMS_SHOTS=1 npx vitest run
// tests/e2e/screenshots.test.ts` also writes more sizes and a focused node to /tmp/shots/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import { useApp } from './harness';
import { settledSnapshot, unreadableIdeologies } from './readable';

const SHOTS = resolve(import.meta.dirname, '../../test-results/screenshots');
const THAI = /[\u0E00-\u0E7F]/;

const app = useApp();

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

/** The colour most pixels have (the page's background), as mean brightness 0–1. */
function backgroundBrightness(png: PNG): number {
  const counts = new Map<number, number>();
  for (let i = 0; i < png.data.length; i += 4) {
    const key = (png.data[i]! << 16) | (png.data[i + 1]! << 8) | png.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [key] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
  return (((key >> 16) & 255) + ((key >> 8) & 255) + (key & 255)) / (3 * 255);
}

/** Share of pixels clearly unlike the picture's top-left pixel (its background). */
function inkShare(png: PNG): number {
  const bg = [png.data[0]!, png.data[1]!, png.data[2]!];
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const d =
      Math.abs(png.data[i]! - bg[0]!) +
      Math.abs(png.data[i + 1]! - bg[1]!) +
      Math.abs(png.data[i + 2]! - bg[2]!);
    if (d > 60) ink++;
  }
  return ink / (png.width * png.height);
}

describe('screenshots at 1400×900', () => {
  for (const lang of ['en', 'th'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${lang} ${scheme}: the default address, every ideology label readable`, async () => {
        const { page, errors } = await app(`?lang=${lang}`, { colorScheme: scheme });
        const snapshot = await settledSnapshot(page);
        const shot = await page.screenshot({ path: `${SHOTS}/${lang}-${scheme}.png` });
        const png = PNG.sync.read(shot);
        expect([png.width, png.height]).toEqual([1400, 900]);
        if (scheme === 'dark') expect(backgroundBrightness(png)).toBeLessThan(0.25);
        else expect(backgroundBrightness(png)).toBeGreaterThan(0.85);
        expect(inkShare(png)).toBeGreaterThan(0.02);
        const ideologies = snapshot.nodes.filter((n) => n.visible && n.kind === 'ideology');
        expect(ideologies.length).toBeGreaterThan(40);
        expect(unreadableIdeologies(snapshot)).toEqual([]);
        const thaiLabels = ideologies.filter((n) => THAI.test(n.label)).length;
        if (lang === 'th') expect(thaiLabels).toBe(ideologies.length);
        else expect(thaiLabels).toBe(0);
        expect(errors).toEqual([]);
      });
    }
  }

  it('?kinds=ideology: only ideologies, every label readable; a PNG of the view is not blank', async () => {
    const { page, errors } = await app('?kinds=ideology');
    const snapshot = await settledSnapshot(page);
    await page.screenshot({ path: `${SHOTS}/en-light-ideologies.png` });
    const visible = snapshot.nodes.filter((n) => n.visible);
    expect(visible.length).toBeGreaterThan(40);
    expect(visible.every((n) => n.kind === 'ideology')).toBe(true);
    expect(unreadableIdeologies(snapshot)).toEqual([]);

    const base64 = await page.evaluate(async () => {
      const blob = await (window as unknown as { __isms: IsmsHook }).__isms.exportPicture('png', {
        full: false,
        scale: 1,
      });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      let text = '';
      for (const byte of bytes) text += String.fromCharCode(byte);
      return btoa(text);
    });
    const bytes = Buffer.from(base64, 'base64');
    writeFileSync(`${SHOTS}/export-en-ideologies.png`, bytes);
    const exported = PNG.sync.read(bytes);
    expect(exported.width).toBeGreaterThan(500);
    expect(inkShare(exported)).toBeGreaterThan(0.02);
    expect(errors).toEqual([]);
  });
});

const OUT = process.env.ISMS_SHOTS_DIR ?? '/tmp/shots';
const sizes = {
  narrow: { width: 1024, height: 700 },
  wide: { width: 1600, height: 1000 },
};

describe.runIf(process.env.ISMS_SHOTS)('screenshots at more sizes (opt-in)', () => {
  beforeAll(() => {
    mkdirSync(OUT, { recursive: true });
  });

  for (const lang of ['en', 'th'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [size, viewport] of Object.entries(sizes)) {
        for (const [what, query] of [
          ['whole', ''],
          ['focus', 'focus=marxism-leninism'],
        ] as const) {
          it(`${lang} ${scheme} ${size} ${what}`, async () => {
            const { page, errors } = await app(`?lang=${lang}${query ? `&${query}` : ''}`, {
              viewport,
              colorScheme: scheme,
            });
            await page.screenshot({ path: `${OUT}/${lang}-${scheme}-${size}-${what}.png` });
            expect(errors).toEqual([]);
          });
        }
      }
    }
  }
});
