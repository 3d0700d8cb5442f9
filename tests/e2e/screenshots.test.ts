// Screenshots as a person sees the explorer, for looking at, not for pixel comparison. Opt-in:
// `ISMS_SHOTS=1 npx vitest run tests/e2e/screenshots.test.ts` writes PNGs to /tmp/shots/
// (English and Thai, light and dark, whole graph and a focused node, 1024×700 and 1600×1000).
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openApp } from './harness';

const OUT = process.env.ISMS_SHOTS_DIR ?? '/tmp/shots';
const sizes = {
  narrow: { width: 1024, height: 700 },
  wide: { width: 1600, height: 1000 },
};

describe.runIf(process.env.ISMS_SHOTS)('screenshots', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(() => browser?.close());

  for (const lang of ['en', 'th'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [size, viewport] of Object.entries(sizes)) {
        for (const [what, query] of [
          ['whole', ''],
          ['focus', 'focus=marxism-leninism'],
        ] as const) {
          it(`${lang} ${scheme} ${size} ${what}`, async () => {
            const app = await openApp(browser, `?lang=${lang}${query ? `&${query}` : ''}`, {
              viewport,
              colorScheme: scheme,
            });
            await app.page.screenshot({ path: `${OUT}/${lang}-${scheme}-${size}-${what}.png` });
            expect(app.errors).toEqual([]);
            await app.close();
          });
        }
      }
    }
  }
});
