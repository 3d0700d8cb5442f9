// The explorer in real Chromium: what a person sees and does, on the bundled graph.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { waitForGraph, useApp } from './harness';

const app = useApp();

const bundled = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../graph/communism.json'), 'utf8'),
) as { nodes: unknown[]; edges: unknown[] };
const totalNodes = bundled.nodes.length;
const totalEdges = bundled.edges.length;

const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const status = (page: Page) => page.getByRole('status').filter({ hasText: /Showing|แสดง/ });
const search = (page: Page) => page.getByRole('combobox', { name: 'Search' });

async function shownCounts(page: Page): Promise<[number, number, number, number]> {
  const text = (await status(page).textContent()) ?? '';
  const numbers = text.match(/\d+/g)?.map(Number) ?? [];
  expect(numbers).toHaveLength(4);
  return numbers as [number, number, number, number];
}

/** Pixels of the canvas that differ clearly from its background colour. */
async function drawnPixels(page: Page): Promise<number> {
  const shot = PNG.sync.read(await page.locator('.canvas').screenshot());
  const bg = [shot.data[0]!, shot.data[1]!, shot.data[2]!];
  let count = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const d =
      Math.abs(shot.data[i]! - bg[0]!) +
      Math.abs(shot.data[i + 1]! - bg[1]!) +
      Math.abs(shot.data[i + 2]! - bg[2]!);
    if (d > 60) count++;
  }
  return count;
}

describe('first render', () => {
  it('draws the bundled graph and reports its size', async () => {
    const { page, errors } = await app();
    await expect(status(page).textContent()).resolves.toBe(
      `Showing ${totalNodes} of ${totalNodes} nodes, ${totalEdges} of ${totalEdges} edges`,
    );
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('isms');
    expect(await page.getByText('Communism', { exact: true }).first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
  });
});

describe('search', () => {
  it('finds a node in English; Enter selects it and Details shows it', async () => {
    const { page, errors } = await app();
    const box = search(page);
    await box.fill('maoism');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
    const option = page.getByRole('option').first();
    expect(await option.textContent()).toContain('Maoism');
    await box.press('Enter');
    await expect(
      details(page).getByRole('heading', { name: 'Maoism' }).waitFor(),
    ).resolves.toBeUndefined();
    expect(await details(page).textContent()).toContain('ลัทธิเหมา');
    expect(new URL(page.url()).searchParams.get('focus')).toBe('maoism');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(errors).toEqual([]);
  });

  it('finds a node in Thai, with a spelling variant (มาร์กซ์ for มากซ์)', async () => {
    const { page, errors } = await app();
    await search(page).fill('ลัทธิมาร์กซ์');
    await page.getByRole('option').first().waitFor();
    await search(page).press('Enter');
    await details(page).getByRole('heading', { name: 'Marxism', exact: true }).waitFor();
    expect(errors).toEqual([]);
  });

  it('tolerates typos and moves through suggestions with the arrow keys', async () => {
    const { page, errors } = await app();
    const box = search(page);
    await box.fill('trotskism');
    await page.getByRole('option').first().waitFor();
    const options = await page.getByRole('option').allTextContents();
    expect(options[0]).toContain('Trotskyism');
    await box.press('ArrowDown');
    await box.press('ArrowDown');
    const active = await box.getAttribute('aria-activedescendant');
    expect(active).toBe('search-option-1');
    expect(await page.locator(`#${active}`).getAttribute('aria-selected')).toBe('true');
    const second = (await page.locator(`#${active} .name`).textContent()) ?? '';
    await box.press('Enter');
    await details(page).getByRole('heading', { name: second, exact: true }).waitFor();
    await box.fill('lenin');
    await box.press('Escape');
    await expect(box.getAttribute('aria-expanded')).resolves.toBe('false');
    expect(errors).toEqual([]);
  });
});

describe('filters', () => {
  it('legend entries hide kinds and relations and the counts follow', async () => {
    const { page, errors } = await app();
    const [, nodes, , edges] = await shownCounts(page);
    const people = page.getByRole('button', { name: /^People/ });
    await people.click();
    await expect(people.getAttribute('aria-pressed')).resolves.toBe('false');
    const [shownNodes, , shownEdges] = await shownCounts(page);
    expect(shownNodes).toBeLessThan(nodes);
    expect(shownEdges).toBeLessThan(edges);
    expect(new URL(page.url()).searchParams.get('kinds')).not.toContain('person');

    await page.getByRole('button', { name: /^part of/ }).click();
    const [, , fewerEdges] = await shownCounts(page);
    expect(fewerEdges).toBeLessThan(shownEdges);

    await page.getByRole('checkbox', { name: 'Hide unconnected nodes' }).check();
    const [connectedNodes] = await shownCounts(page);
    expect(connectedNodes).toBeLessThanOrEqual(shownNodes);
    expect(new URL(page.url()).searchParams.get('connected')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('a year range hides what lies outside it', async () => {
    const { page, errors } = await app();
    await page.getByRole('spinbutton', { name: 'From year' }).fill('1900');
    await page.getByRole('spinbutton', { name: 'To year' }).fill('1930');
    await page.getByRole('spinbutton', { name: 'To year' }).press('Enter');
    await page.waitForFunction(() => location.search.includes('to=1930'));
    const [shown, total] = await shownCounts(page);
    expect(shown).toBeLessThan(total);
    const url = new URL(page.url());
    expect([url.searchParams.get('from'), url.searchParams.get('to')]).toEqual(['1900', '1930']);
    expect(errors).toEqual([]);
  });

  it('Focus isolates the neighbourhood; depth widens it; Show all returns', async () => {
    const { page, errors } = await app('?focus=maoism');
    await page.getByRole('button', { name: 'Focus' }).click();
    const [one, total] = await shownCounts(page);
    expect(one).toBeLessThan(total);
    expect(one).toBeGreaterThan(1);
    await page.getByRole('slider', { name: 'Neighbourhood depth' }).fill('2');
    const [two] = await shownCounts(page);
    expect(two).toBeGreaterThan(one);
    await page.getByRole('button', { name: 'Show all' }).click();
    expect((await shownCounts(page))[0]).toBe(total);
    await page.getByRole('button', { name: 'Fit' }).click();
    expect(errors).toEqual([]);
  });
});

describe('links and history', () => {
  it('a deep link restores focus, language and layout', async () => {
    const { page, errors } = await app('?focus=maoism&lang=th&layout=timeline');
    await details(page).getByRole('heading', { name: 'ลัทธิเหมา' }).waitFor();
    expect(await details(page).textContent()).toContain('Maoism');
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('th');
    expect(await page.getByRole('button', { name: /Timeline/ }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('th');
    expect(await status(page).textContent()).toMatch(/^แสดง/);
    expect(await drawnPixels(page)).toBeGreaterThan(2000);
    expect(errors).toEqual([]);
  });

  it('a link to a node the graph lacks says so and offers the nearest names', async () => {
    const { page, errors } = await app('?focus=maoisn');
    await details(page).getByText('No node is called “maoisn”.').waitFor();
    expect(new URL(page.url()).searchParams.has('focus')).toBe(false);
    await details(page).getByRole('button', { name: 'Maoism' }).first().click();
    await details(page).getByRole('heading', { name: 'Maoism' }).waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('maoism');
    expect(await details(page).getByText('No node is called').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('reload keeps the view', async () => {
    const { page, errors } = await app('?focus=leninism&layout=network&kinds=ideology,person');
    await page.reload();
    await waitForGraph(page);
    await details(page).getByRole('heading', { name: 'Leninism' }).waitFor();
    const url = new URL(page.url());
    expect(url.searchParams.get('layout')).toBe('network');
    expect(url.searchParams.get('kinds')).toBe('ideology,person');
    expect(errors).toEqual([]);
  });

  it('back and forward walk through what was selected', async () => {
    const { page, errors } = await app();
    for (const name of ['marxism', 'leninism', 'stalinism']) {
      await search(page).fill(name);
      await page.getByRole('option').first().waitFor();
      await search(page).press('Enter');
      await page.waitForFunction((id) => location.search.includes(`focus=${id}`), name);
    }
    await page.goBack();
    await details(page).getByRole('heading', { name: 'Leninism' }).waitFor();
    await page.goBack();
    await details(page).getByRole('heading', { name: 'Marxism', exact: true }).waitFor();
    await page.goForward();
    await details(page).getByRole('heading', { name: 'Leninism' }).waitFor();
    await page.getByRole('button', { name: 'Forward' }).click();
    await details(page).getByRole('heading', { name: 'Stalinism' }).waitFor();
    await page.getByRole('button', { name: 'Back' }).click();
    await details(page).getByRole('heading', { name: 'Leninism' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('Details lists relations; clicking one selects that node', async () => {
    const { page, errors } = await app('?focus=maoism');
    const panel = details(page);
    await panel.getByRole('heading', { name: 'Maoism' }).waitFor();
    expect(await panel.getByRole('heading', { name: 'Derived from' }).count()).toBe(1);
    await panel.getByRole('button', { name: 'Marxism–Leninism' }).first().click();
    await panel.getByRole('heading', { name: 'Marxism–Leninism', level: 3 }).waitFor();
    expect(new URL(page.url()).searchParams.get('focus')).toBe('marxism-leninism');
    expect(await panel.textContent()).toContain('Sources');
    expect(errors).toEqual([]);
  });

  it('Copy link confirms, and the language choice is remembered', async () => {
    const { page, errors } = await app();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.getByText('Link copied').first().waitFor();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('th');
    await page.getByRole('button', { name: 'มุมมองรายการ' }).waitFor();
    await page.goto(page.url().replace(/\?.*$/, ''));
    await waitForGraph(page);
    expect(await page.getByRole('combobox', { name: 'Language' }).inputValue()).toBe('th');
    // Controls named in English elsewhere keep that name in Thai, after the Thai words shown.
    for (const name of ['List view', 'Export PNG', 'Lineage', 'Timeline', 'Network']) {
      const button = page.getByRole('button', { name, exact: false }).first();
      expect(await button.getAttribute('aria-label')).toMatch(
        new RegExp(`^[\u0E00-\u0E7F].* \\(${name}\\)$`),
      );
      expect(await button.textContent()).not.toContain(`(${name})`);
    }
    expect(errors).toEqual([]);
  });

  it('dark mode follows the system and the toggle is remembered', async () => {
    const { page, errors } = await app('', { colorScheme: 'dark' });
    const theme = () => page.evaluate(() => document.documentElement.dataset.theme);
    expect(await theme()).toBe('dark');
    await page.getByRole('button', { name: 'Dark mode' }).click();
    expect(await theme()).toBe('light');
    await page.reload();
    await waitForGraph(page);
    expect(await theme()).toBe('light');
    expect(errors).toEqual([]);
  });
});

describe('without a mouse', () => {
  it('arrow keys on the canvas move through neighbours; Enter selects', async () => {
    const { page, errors } = await app('?focus=leninism');
    const canvas = page.getByRole('application', { name: 'Graph canvas' });
    await canvas.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => !location.search.includes('focus=leninism'));
    expect(new URL(page.url()).searchParams.get('focus')).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('focus='));
    expect(errors).toEqual([]);
  });

  it('a click on a node selects it', async () => {
    // With a focus in the URL the view centres on that node; clear the selection, then click it.
    const { page, errors } = await app('?focus=maoism');
    const canvas = page.getByRole('application', { name: 'Graph canvas' });
    await canvas.focus();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !location.search.includes('focus='));
    await canvas.click({ position: await canvasCentre(page) });
    await details(page).getByRole('heading', { name: 'Maoism' }).waitFor();
    expect(errors).toEqual([]);
  });

  it('List view shows the visible graph as a tree, navigable with the keyboard', async () => {
    const { page, errors } = await app('?kinds=ideology');
    await page.getByRole('button', { name: 'List view' }).click();
    const tree = page.getByRole('tree');
    await tree.waitFor();
    const groups = tree.locator(':scope > [role="treeitem"]');
    expect(await groups.count()).toBe(1);
    expect(await groups.first().getAttribute('aria-expanded')).toBe('true');
    const items = tree.getByRole('treeitem');
    expect(await items.count()).toBeGreaterThan(10);
    await groups.first().focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowRight');
    const focused = page.locator('[role="treeitem"]:focus');
    expect(await focused.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => location.search.includes('focus='));
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('[role="treeitem"]:focus').getAttribute('aria-expanded')).toBe(
      'false',
    );
    expect(new URL(page.url()).searchParams.get('list')).toBe('1');
    expect(errors).toEqual([]);
  });

  it('has no serious or critical accessibility violations', async () => {
    const { page, errors } = await app('?focus=maoism');
    await details(page).getByRole('heading', { name: 'Maoism' }).waitFor();
    const check = async () => {
      const result = await new AxeBuilder({ page }).analyze();
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    };
    expect(await check()).toEqual([]);
    await search(page).fill('lenin');
    await page.getByRole('option').first().waitFor();
    expect(await check()).toEqual([]);
    await search(page).press('Escape');
    await page.getByRole('button', { name: 'List view' }).click();
    await page.getByRole('tree').waitFor();
    expect(await check()).toEqual([]);
    await page.getByRole('button', { name: 'Dark mode' }).click();
    await page.getByRole('combobox', { name: 'Language' }).selectOption('th');
    expect(await check()).toEqual([]);
    expect(errors).toEqual([]);
  });
});

describe('opening a graph file', () => {
  it('lists the problems of a bad file and keeps the graph on screen', async () => {
    const { page, errors } = await app('?focus=maoism');
    const before = await shownCounts(page);
    await page.locator('input[type="file"]').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "version": 1,\n  "meta": {\n}'),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/broken\.json:\d+:\d+/);
    expect(await shownCounts(page)).toEqual(before);
    await details(page).getByRole('heading', { name: 'Maoism' }).waitFor();
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('shows a schema problem with its line, column, message and hint', async () => {
    const { page } = await app();
    const text = readFileSync(resolve(import.meta.dirname, 'fixtures/lineage-medium.json'), 'utf8');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'dangling.json',
      mimeType: 'application/json',
      buffer: Buffer.from(text.replace('"target": "marxism"', '"target": "marxsm"')),
    });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    const shown = (await alert.textContent()) ?? '';
    expect(shown).toMatch(/dangling\.json:\d+:\d+/);
    expect(shown).toContain('marxsm');
    expect(shown).toContain('marxism');
  });

  it('opens a good file through "Open graph…", keeps it across a reload, and goes back', async () => {
    const { page, errors } = await app();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open graph…' }).click();
    await (await chooser).setFiles(resolve(import.meta.dirname, 'fixtures/lineage-medium.json'));
    await page.waitForFunction(() =>
      /Showing 24 of 24 nodes/.test(document.body.textContent ?? ''),
    );
    await search(page).fill('plato');
    await page.getByRole('option').first().waitFor();
    await search(page).press('Enter');
    await details(page).getByRole('heading', { name: 'Plato' }).waitFor();
    expect(await details(page).textContent()).toContain('BCE');
    await page.reload();
    await page.waitForFunction(() =>
      /Showing 24 of 24 nodes/.test(document.body.textContent ?? ''),
    );
    await details(page).getByRole('heading', { name: 'Plato' }).waitFor();
    await page.getByRole('button', { name: 'Back to bundled graph' }).click();
    await page.waitForFunction(
      (n) => new RegExp(`Showing ${n} of ${n} nodes`).test(document.body.textContent ?? ''),
      totalNodes,
    );
    expect(errors).toEqual([]);
  });
});

describe('drag and drop', () => {
  it('a graph file dropped on the window opens like one picked with the button', async () => {
    const { page, errors } = await app();
    const text = readFileSync(resolve(import.meta.dirname, 'fixtures/lineage-medium.json'), 'utf8');
    const transfer = await page.evaluateHandle((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], 'dropped.json', { type: 'application/json' }));
      return data;
    }, text);
    await page.dispatchEvent('body', 'dragenter', { dataTransfer: transfer });
    await page.getByText('Drop a graph file to open it').waitFor();
    await page.dispatchEvent('body', 'drop', { dataTransfer: transfer });
    await page.waitForFunction(() =>
      /Showing 24 of 24 nodes/.test(document.body.textContent ?? ''),
    );
    expect(await page.getByText('Drop a graph file to open it').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Back to bundled graph' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

async function canvasCentre(page: Page) {
  const box = await page.locator('.canvas').boundingBox();
  if (!box) throw new Error('no canvas');
  return { x: box.width / 2, y: box.height / 2 };
}
