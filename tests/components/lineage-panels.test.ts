// The lineage panels in jsdom: "Lineage of …", "Compare" and the Path panel follow descent by
// default, say so in words, and a tick adds influences (kept in the URL's `via`).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ComparePanel from '../../src/components/ComparePanel.svelte';
import LineagePanel from '../../src/components/LineagePanel.svelte';
import PathPanel from '../../src/components/PathPanel.svelte';
import { EXPLORER_CONTEXT } from '../../src/lib/state/context';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const data = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/lineage-medium.json'), 'utf8'),
) as unknown;

function setup(search: string) {
  const history = memoryHistory(search);
  const explorer = new Explorer({ history, prefs: memoryPrefs(), graphs: memoryGraphStore() });
  explorer.start();
  explorer.showData(data, { kind: 'bundled', name: 'lineage-medium.json' });
  return { explorer, history, context: new Map([[EXPLORER_CONTEXT, explorer]]) };
}

afterEach(() => cleanup());

describe('lineage panels follow descent by default', () => {
  it('"Lineage of …" says what it follows; ticking influences widens it and is in the URL', async () => {
    const { explorer, history, context } = setup('?lineage=maoism');
    render(LineagePanel, { context });
    const region = screen.getByRole('region', { name: 'Lineage of Maoism' });
    expect(region.textContent).toContain('Following descent: derived from, split from');
    expect(explorer.view.via).toEqual(['derived_from', 'split_from']);
    const influences = screen.getByRole('checkbox', { name: 'Include influences' });
    const classification = screen.getByRole('checkbox', {
      name: 'Include classification (part of)',
    });
    expect((influences as HTMLInputElement).checked).toBe(false);
    expect((classification as HTMLInputElement).checked).toBe(false);
    const before = explorer.queries.lineage;
    await fireEvent.click(influences);
    await tick();
    expect(explorer.view.via).toEqual(['derived_from', 'split_from', 'influenced_by']);
    expect(history.read()).toContain('via=derived_from,split_from,influenced_by');
    expect(explorer.queries.lineage).not.toBe(before);
    expect(region.textContent).toContain('influences: influenced by');
  });

  it('"Compare" defaults to descent and offers the same ticks', async () => {
    const { explorer, context } = setup('?compare=trotskyism,maoism');
    render(ComparePanel, { context });
    const region = screen.getByRole('region', { name: 'Compare' });
    expect(region.textContent).toContain('Following descent: derived from, split from');
    await fireEvent.click(
      screen.getByRole('checkbox', { name: 'Include classification (part of)' }),
    );
    await tick();
    expect(explorer.view.via).toEqual(['derived_from', 'split_from', 'part_of']);
  });

  it('the Path panel starts from descent and a tick adds influence to the query', async () => {
    const { explorer, history, context } = setup('');
    render(PathPanel, { context });
    const via = screen.getByRole('group', { name: 'Via relations' });
    const box = (name: string) =>
      [...via.querySelectorAll('label')]
        .find((l) => l.textContent?.trim() === name)
        ?.querySelector('input') as HTMLInputElement | undefined;
    expect(box('derived from')?.checked).toBe(true);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Include influences' }));
    await tick();
    expect(box('influenced by')?.checked).toBe(true);
    explorer.queries.findPath('maoism', 'marxism', {
      via: ['derived_from', 'split_from', 'influenced_by'],
      any: false,
      k: 1,
    });
    expect(history.read()).toContain('via=derived_from,split_from,influenced_by');
  });
});
