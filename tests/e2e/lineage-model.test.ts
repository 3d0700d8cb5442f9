// The lineage model in real Chromium, on the bundled graph: the panels follow descent
// (derived_from, split_from) by default. These two answers need the data branch's edges
// (stalinism and trotskyism descending from leninism); on the article-only graph Stalin and
// Trotsky share no ancestor by descent and Stalinism has no descent parent at all.
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useApp } from './harness';

const app = useApp();

const field = (page: Page, name: 'From' | 'To' | 'Compare with') =>
  page.getByRole('combobox', { name, exact: true });

async function pick(box: Locator, text: string): Promise<void> {
  await box.fill(text);
  await expect(box.getAttribute('aria-expanded')).resolves.toBe('true');
  await box.press('Enter');
}

describe('lineage model defaults', () => {
  it('Compare with… Stalinism and Trotskyism shows where they diverged: Leninism', async () => {
    const { page, errors } = await app('?focus=stalinism');
    await page
      .getByRole('region', { name: 'Details' })
      .getByRole('button', { name: 'Compare with…' })
      .click();
    await pick(field(page, 'Compare with'), 'Trotskyism');
    const compare = page.getByRole('region', { name: 'Compare' });
    await compare.waitFor();
    expect(await compare.textContent()).toContain('Following descent: derived from, split from');
    const split = compare.getByRole('listitem').filter({ hasText: 'where they split' });
    expect(await split.getByRole('button').allTextContents()).toContain('Leninism');
    expect(await compare.textContent()).toMatch(/both descend from .*Leninism/);
    expect(errors).toEqual([]);
  });

  it('the Path panel finds Stalinism → Marxism with its defaults', async () => {
    const { page, errors } = await app();
    const panel = page.getByRole('region', { name: 'Path' });
    expect(await panel.getByRole('checkbox', { name: 'Include influences' }).isChecked()).toBe(
      false,
    );
    await pick(field(page, 'From'), 'Stalinism');
    await pick(field(page, 'To'), 'Marxism');
    await panel.getByRole('button', { name: 'Find path' }).click();
    const steps = page.getByRole('list', { name: 'Path' });
    await steps.waitFor();
    const names = await steps.getByRole('button').allTextContents();
    expect(names[0]).toBe('Stalinism');
    expect(names.at(-1)).toBe('Marxism');
    expect(new URL(page.url()).searchParams.get('via')).toBeNull();
    expect(errors).toEqual([]);
  });
});
