// The user's opened graph in IndexedDB, in real Chromium: kept across an immediate reload, a
// damaged stored record dropped with a notice (once), and a bad file never replacing a good one.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp, waitForGraph } from './harness';

const app = useApp();
const SMALL = resolve(import.meta.dirname, '../fixtures/valid-small.json');

const statusText = (page: Page) =>
  page
    .getByRole('status')
    .filter({ hasText: /Showing/ })
    .first()
    .innerText();

async function openSmall(page: Page): Promise<void> {
  const before = await statusText(page);
  await page.locator('input[type="file"]').setInputFiles({
    name: 'valid-small.json',
    mimeType: 'application/json',
    buffer: await readFile(SMALL),
  });
  await page.waitForFunction(
    (old) =>
      [...document.querySelectorAll('[role="status"]')].some(
        (s) => /Showing/.test(s.textContent ?? '') && s.textContent !== old,
      ),
    before,
  );
}

/** Writes `record` where the explorer keeps the user's graph (`text` becomes its bytes). */
async function storeRecord(
  page: Page,
  record: { name: string; bytes?: string; text?: string },
): Promise<void> {
  await page.evaluate(
    ({ name, bytes, text }) =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('isms', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('graphs');
        open.onsuccess = () => {
          const tx = open.result.transaction('graphs', 'readwrite');
          const value = text === undefined ? bytes : new TextEncoder().encode(text);
          tx.objectStore('graphs').put({ name, bytes: value }, 'user');
          tx.oncomplete = () => {
            open.result.close();
            done();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    record,
  );
}

describe('the stored user graph', () => {
  it('survives a reload right after the file is opened', async () => {
    // The audit lost the graph in 2 of 5 such reloads; each try is a fresh profile.
    for (let attempt = 0; attempt < 3; attempt++) {
      const { page } = await app();
      const bundled = await statusText(page);
      await openSmall(page);
      const small = await statusText(page);
      expect(small).not.toBe(bundled);
      await page.reload();
      await waitForGraph(page);
      expect(await statusText(page)).toBe(small);
    }
  });

  it('survives a reload the moment the opened graph is drawn, every time', async () => {
    // The page reloads itself in the very task that says the opened graph is drawn and kept
    // (data-opened-drawn): nothing may be left for a write still in flight.
    for (let attempt = 0; attempt < 5; attempt++) {
      const { page } = await app();
      await page.evaluate(() =>
        new MutationObserver(() => location.reload()).observe(document.body, {
          attributeFilter: ['data-opened-drawn'],
        }),
      );
      const reloaded = page.waitForEvent('load');
      await page.locator('input[type="file"]').setInputFiles({
        name: 'valid-small.json',
        mimeType: 'application/json',
        buffer: await readFile(SMALL),
      });
      await reloaded;
      await waitForGraph(page);
      expect(await statusText(page)).toMatch(/Showing \d+ of 3 /);
      expect(await page.getByRole('alert').count()).toBe(0);
    }
  });

  it('drops a damaged stored record with a notice, and the next start says nothing', async () => {
    for (const record of [
      { name: 'x.json', bytes: 'not bytes' },
      { name: 'bad.json', text: '{ "version": 1, ' },
    ]) {
      const { page } = await app();
      const bundled = await statusText(page);
      await storeRecord(page, record);
      await page.reload();
      await waitForGraph(page);
      expect(await statusText(page)).toBe(bundled);
      await expect
        .poll(() => page.getByRole('alert').innerText())
        .toMatch(/could not be loaded and was removed; the bundled graph is shown/);
      await page.reload();
      await waitForGraph(page);
      await page.waitForTimeout(500);
      expect(await page.getByRole('alert').count()).toBe(0);
      expect(await statusText(page)).toBe(bundled);
    }
  });

  it('keeps the good graph on screen, and stored, when a bad file is opened over it', async () => {
    const { page } = await app();
    await openSmall(page);
    const small = await statusText(page);
    await page.waitForTimeout(300);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{ "version": 1, '),
    });
    await page.getByRole('alert').filter({ hasText: 'Could not open broken.json' }).waitFor();
    expect(await statusText(page)).toBe(small);
    await page.reload();
    await waitForGraph(page);
    expect(await statusText(page)).toBe(small);
  });
});
