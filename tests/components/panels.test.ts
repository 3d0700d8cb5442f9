// Components in jsdom: the search combobox, the details panel and the problems panel, each
// driven through the same Explorer the app uses, with in-memory ports.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import DetailsPanel from '../../src/components/DetailsPanel.svelte';
import ProblemsPanel from '../../src/components/ProblemsPanel.svelte';
import SearchBox from '../../src/components/SearchBox.svelte';
import { EXPLORER_CONTEXT } from '../../src/lib/state/context';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const data = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/lineage-medium.json'), 'utf8'),
) as unknown;

function explorerAt(search = '') {
  const explorer = new Explorer({
    history: memoryHistory(search),
    prefs: memoryPrefs(),
    graphs: memoryGraphStore(),
  });
  explorer.start();
  explorer.showData(data, { kind: 'bundled', name: 'lineage-medium.json' });
  return explorer;
}

afterEach(() => cleanup());

describe('SearchBox', () => {
  it('lists suggestions, moves with the arrows and selects with Enter', async () => {
    const explorer = explorerAt();
    render(SearchBox, { context: new Map([[EXPLORER_CONTEXT, explorer]]) });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'lenin' } });
    expect(box.getAttribute('aria-expanded')).toBe('true');
    const options = screen.getAllByRole('option');
    expect(options.length).toBeGreaterThan(1);
    await fireEvent.keyDown(box, { key: 'ArrowDown' });
    expect(box.getAttribute('aria-activedescendant')).toBe('search-option-0');
    const first = options[0]!.querySelector('.name')!.textContent;
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(explorer.selected?.label.en).toBe(first);
    expect(box.getAttribute('aria-expanded')).toBe('false');
  });

  it('closes on Escape without selecting', async () => {
    const explorer = explorerAt();
    render(SearchBox, { context: new Map([[EXPLORER_CONTEXT, explorer]]) });
    const box = screen.getByRole('combobox', { name: 'Search' });
    await fireEvent.input(box, { target: { value: 'ลัทธิเหมา' } });
    expect(screen.getAllByRole('option')[0]!.textContent).toContain('ลัทธิเหมา');
    await fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(explorer.selected).toBeNull();
  });
});

describe('DetailsPanel', () => {
  it('shows both labels, years, relations by type with their notes, and sources', async () => {
    const explorer = explorerAt('?focus=maoism');
    render(DetailsPanel, { context: new Map([[EXPLORER_CONTEXT, explorer]]) });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region.querySelector('h3')?.textContent).toBe('Maoism');
    expect(region.textContent).toContain('ลัทธิเหมา');
    expect(region.textContent).toContain('1949–present');
    expect(screen.getByRole('heading', { name: 'derived from' })).toBeTruthy();
    expect(region.textContent).toContain('disputed');
    expect(region.textContent).toContain('historians disagree');
    expect(region.textContent).toContain('section “ประวัติ”');
    await fireEvent.click(screen.getByRole('button', { name: 'Marxism–Leninism' }));
    await tick();
    expect(explorer.view.focus).toBe('marxism-leninism');
    expect(region.querySelector('h3')?.textContent).toBe('Marxism–Leninism');
  });

  it('speaks Thai, with BCE and circa', async () => {
    const explorer = explorerAt('?focus=plato&lang=th');
    render(DetailsPanel, { context: new Map([[EXPLORER_CONTEXT, explorer]]) });
    const region = screen.getByRole('region', { name: 'Details' });
    expect(region.querySelector('h3')?.textContent).toBe('เพลโต');
    expect(region.textContent).toContain('ประมาณ ก่อน ค.ศ. 428–ก่อน ค.ศ. 348');
  });
});

describe('ProblemsPanel', () => {
  it('lists each problem with file, line and column, and can be dismissed', async () => {
    const explorer = explorerAt();
    await explorer.openFile('broken.json', new TextEncoder().encode('{\n  "version": 1,\n}'));
    render(ProblemsPanel, { context: new Map([[EXPLORER_CONTEXT, explorer]]) });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/broken\.json:3:1/);
    expect(alert.textContent).toContain('The graph on screen is unchanged.');
    await fireEvent.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
