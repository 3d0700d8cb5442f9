// The built app under its Content-Security-Policy, with hostile files: no policy violation in
// the main flows, reserved ids laid out in every layout, and never a javascript: link.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { IsmsHook } from '../../src/lib/cytoscape/snapshot';
import { useApp, waitForGraph } from './harness';

const app = useApp();
const FIXTURES = resolve(import.meta.dirname, '../fixtures');

/** Records every securitypolicyviolation event of the page, from before its first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sample}`),
    );
  });
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);

async function openFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  await page
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer });
}

async function switchLayout(page: Page, name: 'Lineage' | 'Timeline' | 'Network'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  await button.click();
  await page.waitForFunction(
    (label) =>
      [...document.querySelectorAll('button[aria-pressed="true"]')].some(
        (b) => b.textContent?.trim() === label,
      ),
    name,
  );
  // Let the layout (and a worker, for the Network) finish and draw: the view says it is that
  // layout's, with no layout running or pending, two frames on.
  await page.waitForFunction(
    (layout) => (window as unknown as { __isms: IsmsHook }).__isms.snapshot()?.layout === layout,
    name.toLowerCase(),
  );
  await page.evaluate(async () => {
    await (window as unknown as { __isms: IsmsHook }).__isms.layoutDone();
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

async function download(page: Page, format: string): Promise<Buffer> {
  const toggle = page.getByRole('button', { name: /^(Export…|ส่งออก…)$/ });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const menu = page.getByRole('group', { name: /Export options/ });
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    menu.getByRole('button', { name: format, exact: true }).click(),
  ]);
  return readFile(await file.path());
}

describe('the built app under its Content-Security-Policy', () => {
  it('ships the policy, without unsafe-eval, in a meta tag', async () => {
    const { page } = await app();
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(policy).not.toContain("'unsafe-eval'");
  });

  it('reports a violation when one happens, so "no violation" below is not vacuous', async () => {
    const { page } = await app('', { setup: recordViolations });
    await waitForGraph(page);
    // An inline script and an inline event handler, as injected markup would bring them. (An
    // eval here would prove nothing: DevTools' evaluate is exempt from the page's policy.)
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.body.append(script);
      const image = document.createElement('img');
      image.setAttribute('onerror', 'window.__inlineRan = true');
      image.src = 'data:,not-an-image';
      document.body.append(image);
    });
    // The events are dispatched asynchronously.
    await expect
      .poll(async () => (await violations(page)).map((v) => v.split(' ')[0]).sort())
      .toEqual(['script-src-attr', 'script-src-elem']);
    expect(
      await page.evaluate(() => (window as unknown as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
  });

  it('draws, switches every layout, opens a file and exports with no violation', async () => {
    const { page, errors } = await app('', { setup: recordViolations });
    // a graph with a node named constructor: every layout must place it
    await openFile(
      page,
      'reserved.json',
      await readFile(resolve(FIXTURES, 'hostile/reserved-node-ids.json')),
    );
    await page.waitForFunction(() => /Showing 4 of 4 nodes/.test(document.body.textContent ?? ''));
    await waitForGraph(page);
    for (const layout of ['Timeline', 'Network', 'Lineage'] as const)
      await switchLayout(page, layout);
    const png = await download(page, 'PNG');
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect((await download(page, 'SVG')).toString()).toContain('<svg');
    expect(JSON.parse((await download(page, 'JSON')).toString()).nodes[0].id).toBe('constructor');
    expect(await violations(page)).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('links', () => {
  it('refuses a file with a javascript: source and never renders a javascript: link', async () => {
    const { page } = await app('?focus=maoism');
    await openFile(
      page,
      'evil.json',
      await readFile(resolve(FIXTURES, 'broken/javascript-source-url.json')),
    );
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/must be an http: or https: address/);
    const hrefs = await page.evaluate(() =>
      [...document.querySelectorAll('a[href], area[href]')].map(
        (e) => e.getAttribute('href') ?? '',
      ),
    );
    for (const href of hrefs) expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  });
});
