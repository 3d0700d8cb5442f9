// Lineage queries in real Chromium, on the bundled graph: the Path panel (From/To comboboxes,
// relations, Any direction, alternatives), "Lineage of …" and "Compare", their shared links and
// history, the highlighted path on the canvas, keyboard use and accessibility.
//
// The expected answers are the bundled graph's, checked with the CLI (`npm run --silent cli --
// path maoism marxism`): Maoism derives from Marxism–Leninism, which derives from Marxism
// directly in this graph (the 24-node fixture goes through Leninism instead).
// Screenshots: `ISMS_SHOTS=1 npx vitest run tests/e2e/path.test.ts` writes /tmp/shots/path-*.png.
import AxeBuilder from '@axe-core/playwright';
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

const app = useApp();

const panel = (page: Page) => page.getByRole('region', { name: 'Path' });
const steps = (page: Page) => page.getByRole('list', { name: 'Path' });
const details = (page: Page) => page.getByRole('region', { name: 'Details' });
const field = (page: Page, name: 'From' | 'To' | 'Compare with') =>
  page.getByRole('combobox', { name, exact: true });
const param = (page: Page, name: string) => new URL(page.url()).searchParams.get(name);

/** The node names listed as steps, in order (the first item is the sentence). */
async function stepNames(page: Page): Promise<string[]> {
  await steps(page).waitFor();
  return steps(page).getByRole('button').allTextContents();
}

/** Types a name into a combobox and picks the first suggestion, as a person would. */
async function pick(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
  await box.press('Enter');
}

/**
 * Canvas pixels in the path's amber glow: the halo (#f59e0b light, #fbbf24 dark) at half
 * opacity over the canvas background; no kind's colour comes near it.
 */
async function glowPixels(page: Page): Promise<number> {
  const dark = await page.evaluate(() => document.documentElement.dataset.theme === 'dark');
  const target = dark ? [137, 108, 34] : [248, 204, 129];
  const shot = PNG.sync.read(await page.locator('.canvas').screenshot());
  let count = 0;
  for (let i = 0; i < shot.data.length; i += 4) {
    const d =
      Math.abs(shot.data[i]! - target[0]!) +
      Math.abs(shot.data[i + 1]! - target[1]!) +
      Math.abs(shot.data[i + 2]! - target[2]!);
    if (d < 25) count++;
  }
  return count;
}

describe('Path panel', () => {
  it('finds Maoism → Marxism from the comboboxes; a step selects its node', async () => {
    const { page, errors } = await app();
    await pick(field(page, 'From'), 'Maoism');
    await pick(field(page, 'To'), 'marxism');
    expect(await field(page, 'From').inputValue()).toBe('Maoism');
    expect(await field(page, 'To').inputValue()).toBe('Marxism');
    await panel(page).getByRole('button', { name: 'Find path' }).click();
    expect(await stepNames(page)).toEqual(['Maoism', 'Marxism–Leninism', 'Marxism']);
    expect(await steps(page).textContent()).toContain(
      'Maoism derived from Marxism–Leninism, which derived from Marxism.',
    );
    expect(param(page, 'path')).toBe('maoism,marxism');

    await steps(page).getByRole('button', { name: 'Marxism–Leninism' }).click();
    await details(page).getByRole('heading', { name: 'Marxism–Leninism', level: 3 }).waitFor();
    expect(param(page, 'focus')).toBe('marxism-leninism');
    // The path stays on show while its steps are visited.
    expect(await stepNames(page)).toHaveLength(3);
    expect(errors).toEqual([]);
  });

  it('takes typed names without picking, and Enter in a field with its name submits', async () => {
    const { page, errors } = await app();
    await field(page, 'From').fill('ลัทธิเหมา');
    await field(page, 'To').fill('Marxism');
    await field(page, 'To').press('Escape');
    await field(page, 'To').press('Enter');
    expect(await stepNames(page)).toEqual(['Maoism', 'Marxism–Leninism', 'Marxism']);
    expect(param(page, 'path')).toBe('maoism,marxism');
    expect(errors).toEqual([]);
  });

  it('highlights the path on the canvas and clears it', async () => {
    const plain = await app();
    expect(await glowPixels(plain.page)).toBeLessThan(100);
    const { page, errors } = await app('?path=maoism,marxism');
    await steps(page).waitFor();
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(done)));
    expect(await glowPixels(page)).toBeGreaterThan(1000);
    await panel(page).getByRole('button', { name: 'Clear' }).click();
    await steps(page).waitFor({ state: 'detached' });
    // Opacity eases back over 150 ms; look again until it has.
    await expect.poll(() => glowPixels(page)).toBeLessThan(100);
    expect(param(page, 'path')).toBeNull();
    expect(await field(page, 'From').inputValue()).toBe('');
    expect(errors).toEqual([]);
  });

  it('a shared link in Thai restores the panel and the Thai sentence', async () => {
    const { page, errors } = await app('?path=trotskyism,marxism&lang=th');
    expect(await field(page, 'From').inputValue()).toBe('ลัทธิทรอตสกี');
    expect(await field(page, 'To').inputValue()).toBe('ลัทธิมากซ์');
    expect(await steps(page).textContent()).toContain('ลัทธิทรอตสกีพัฒนามาจากลัทธิมากซ์');
    expect(await stepNames(page)).toEqual(['ลัทธิทรอตสกี', 'ลัทธิมากซ์']);
    expect(await panel(page).getByRole('button', { name: 'หาเส้นทาง' }).count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('lists alternatives over more relations; choosing one is in the URL', async () => {
    const { page, errors } = await app('?path=trotskyism,marxism');
    const via = panel(page).getByRole('group', { name: 'Via relations' });
    await via.getByRole('checkbox', { name: 'influenced by' }).check();
    await panel(page).getByRole('combobox', { name: 'Alternatives' }).selectOption('3');
    await panel(page).getByRole('button', { name: 'Find path' }).click();
    await page.waitForFunction(() => location.search.includes('k=3'));
    expect(param(page, 'via')).toBe('derived_from,split_from,influenced_by');
    // Asked for three; the graph has two (as `cli path trotskyism marxism -k 3` lists).
    const choices = panel(page).getByRole('group', { name: 'Paths found' }).getByRole('radio');
    expect(await choices.count()).toBe(2);
    const first = panel(page).getByRole('radio', { name: 'Path 1 (1 step)' });
    expect(await first.isChecked()).toBe(true);
    expect(await stepNames(page)).toEqual(['Trotskyism', 'Marxism']);
    await panel(page).getByRole('radio', { name: 'Path 2 (2 steps)' }).check();
    expect(await stepNames(page)).toEqual(['Trotskyism', 'Leninism', 'Marxism']);
    expect(param(page, 'alt')).toBe('2');
    expect(await steps(page).textContent()).toContain(
      'Trotskyism derived from Leninism, which derived from Marxism.',
    );
    expect(errors).toEqual([]);
  });

  it('says when there is no path and offers Any direction', async () => {
    const { page, errors } = await app('?path=marxism,maoism');
    await panel(page)
      .getByText('No path from Marxism to Maoism via derived from, split from.')
      .waitFor();
    expect(await steps(page).count()).toBe(0);
    await panel(page).getByRole('button', { name: 'Search in any direction' }).click();
    expect(await stepNames(page)).toEqual(['Marxism', 'Marxism–Leninism', 'Maoism']);
    expect(await steps(page).textContent()).toContain(
      'Marxism gave rise to Marxism–Leninism, which gave rise to Maoism.',
    );
    expect(param(page, 'any')).toBe('1');
    expect(await panel(page).getByRole('checkbox', { name: 'Any direction' }).isChecked()).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });

  it('answers an unknown name with suggestions that run the query', async () => {
    const { page, errors } = await app('?path=maoizm,marxism');
    await panel(page).getByText('No node is called “maoizm”.').waitFor();
    await panel(page).getByRole('button', { name: 'Maoism', exact: true }).click();
    expect(await stepNames(page)).toEqual(['Maoism', 'Marxism–Leninism', 'Marxism']);
    expect(param(page, 'path')).toBe('maoism,marxism');
    expect(errors).toEqual([]);
  });

  it('back and forward walk through queries', async () => {
    const { page, errors } = await app('?focus=leninism');
    await pick(field(page, 'From'), 'Maoism');
    await pick(field(page, 'To'), 'Marxism');
    await panel(page).getByRole('button', { name: 'Find path' }).click();
    await steps(page).waitFor();
    await page.goBack();
    await steps(page).waitFor({ state: 'detached' });
    expect(param(page, 'focus')).toBe('leninism');
    expect(await field(page, 'From').inputValue()).toBe('');
    await page.goForward();
    expect(await stepNames(page)).toEqual(['Maoism', 'Marxism–Leninism', 'Marxism']);
    expect(await field(page, 'From').inputValue()).toBe('Maoism');
    expect(errors).toEqual([]);
  });

  it('works from the keyboard alone', async () => {
    const { page, errors } = await app();
    await field(page, 'From').focus();
    await page.keyboard.type('maoism');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe(
      'Swap From and To',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.type('marxism');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const first = steps(page).getByRole('button').first();
    await first.waitFor();
    await first.focus();
    await page.keyboard.press('Enter');
    await details(page).getByRole('heading', { name: 'Maoism', level: 3 }).waitFor();
    expect(errors).toEqual([]);
  });
});

describe('Lineage of …', () => {
  it('shows ancestors and descendants, narrows the canvas, and closes', async () => {
    const { page, errors } = await app('?focus=leninism');
    const status = page.getByRole('status').filter({ hasText: /Showing/ });
    const all = (await status.textContent()) ?? '';
    await details(page).getByRole('button', { name: 'Lineage of Leninism' }).click();
    const lineage = page.getByRole('region', { name: 'Lineage of Leninism' });
    await lineage.waitFor();
    expect(param(page, 'lineage')).toBe('leninism');
    expect(await lineage.textContent()).toContain('Leninism has 1 ancestor and 6 descendants');
    const names = await lineage.getByRole('button').allTextContents();
    for (const name of ['Marxism', 'Marxism–Leninism', 'Trotskyism', 'Maoism']) {
      expect(names.map((n) => n.trim())).toContain(name);
    }
    expect(await status.textContent()).toMatch(/^Showing 8 of \d+ nodes/);
    // Focus moves to the answer, for keyboard and screen-reader users.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lineage-heading');

    await lineage.getByRole('button', { name: 'Maoism' }).click();
    await details(page).getByRole('heading', { name: 'Maoism', level: 3 }).waitFor();
    await lineage.getByRole('button', { name: 'Close lineage' }).click();
    await lineage.waitFor({ state: 'detached' });
    expect(await status.textContent()).toBe(all);
    expect(errors).toEqual([]);
  });

  it('opens from a shared link', async () => {
    const { page, errors } = await app('?lineage=maoism&lang=th');
    const lineage = page.getByRole('region', { name: 'Lineage of Maoism' });
    await lineage.getByRole('heading', { name: 'สายวงศ์ของลัทธิเหมา' }).waitFor();
    expect(await lineage.textContent()).toContain('ลัทธิมากซ์-เลนิน');
    expect(errors).toEqual([]);
  });
});

describe('Compare', () => {
  it('compares the selection with a node picked by search', async () => {
    const { page, errors } = await app('?focus=trotskyism');
    await details(page).getByRole('button', { name: 'Compare with…' }).click();
    await pick(field(page, 'Compare with'), 'Maoism');
    const compare = page.getByRole('region', { name: 'Compare' });
    await compare.waitFor();
    expect(param(page, 'compare')).toBe('trotskyism,maoism');
    expect(await compare.textContent()).toContain(
      'Trotskyism and Maoism both descend from Leninism, where their lineages split',
    );
    const split = compare.getByRole('listitem').filter({ hasText: 'where they split' });
    expect(await split.count()).toBe(1);
    expect(await split.getByRole('button').textContent()).toBe('Leninism');
    await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(done)));
    expect(await glowPixels(page)).toBeGreaterThan(1000);
    await compare.getByRole('button', { name: 'Close comparison' }).click();
    await compare.waitFor({ state: 'detached' });
    expect(param(page, 'compare')).toBeNull();
    expect(errors).toEqual([]);
  });

  it('opens from a shared link, in Thai', async () => {
    const { page, errors } = await app('?compare=trotskyism,maoism&lang=th');
    const compare = page.getByRole('region', { name: 'Compare' });
    await compare.getByText('จุดที่แยกทางกัน', { exact: true }).waitFor();
    expect(await compare.textContent()).toContain('ต่างสืบทอดมาจากลัทธิเลนิน');
    expect(errors).toEqual([]);
  });
});

describe('accessibility', () => {
  const serious = async (page: Page) => {
    const result = await new AxeBuilder({ page }).analyze();
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  };
  for (const query of [
    '?path=trotskyism,marxism&k=3&lang=th',
    '?path=maoizm,marxism',
    '?path=marxism,maoism',
    '?lineage=leninism&focus=leninism',
    '?compare=trotskyism,maoism',
  ]) {
    it(`no serious or critical violations at ${query} (dark)`, async () => {
      const { page, errors } = await app(query, { colorScheme: 'dark' });
      await panel(page).waitFor();
      expect(await serious(page)).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});

describe.runIf(process.env.ISMS_SHOTS)('screenshots of the highlighted path', () => {
  const OUT = process.env.ISMS_SHOTS_DIR ?? '/tmp/shots';
  for (const lang of ['en', 'th'] as const) {
    for (const scheme of ['light', 'dark'] as const) {
      it(`${lang} ${scheme}`, async () => {
        mkdirSync(OUT, { recursive: true });
        const { page, errors } = await app(
          `?path=maoism,marxism&k=3&via=derived_from,influenced_by&focus=marxism-leninism&lang=${lang}`,
          { colorScheme: scheme },
        );
        await steps(page).waitFor();
        await page.waitForFunction(() => new Promise((done) => requestAnimationFrame(done)));
        await page.screenshot({ path: `${OUT}/path-${lang}-${scheme}.png` });
        expect(await glowPixels(page)).toBeGreaterThan(1000);
        expect(errors).toEqual([]);
      });
    }
    it(`${lang} lineage and compare`, async () => {
      mkdirSync(OUT, { recursive: true });
      const lineage = await app(`?lineage=leninism&focus=leninism&lang=${lang}`);
      await lineage.page.screenshot({ path: `${OUT}/path-lineage-${lang}.png` });
      const compare = await app(`?compare=trotskyism,maoism&lang=${lang}`, {
        colorScheme: 'dark',
      });
      await compare.page.waitForFunction(() => new Promise((done) => requestAnimationFrame(done)));
      await compare.page.screenshot({ path: `${OUT}/path-compare-${lang}.png` });
      expect([...lineage.errors, ...compare.errors]).toEqual([]);
    });
  }
});
