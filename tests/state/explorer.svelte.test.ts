// Store behaviour: the Explorer's intents, its URL writes and history, with in-memory ports.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Explorer, PREF_LANG, PREF_THEME } from '../../src/lib/state/explorer.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const fixture = readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/lineage-medium.json'));
const data = JSON.parse(fixture.toString('utf8')) as unknown;

function setup(search = '', prefs: Record<string, string> = {}) {
  const history = memoryHistory(search);
  const graphs = memoryGraphStore();
  const explorer = new Explorer({ history, prefs: memoryPrefs(prefs), graphs });
  explorer.start();
  explorer.showData(data, { kind: 'bundled', name: 'lineage-medium.json' });
  return { explorer, history, graphs };
}

describe('Explorer', () => {
  it('reads the view from the URL', () => {
    const { explorer } = setup('?focus=maoism&lang=th&layout=timeline');
    expect(explorer.selected?.id).toBe('maoism');
    expect(explorer.view.lang).toBe('th');
    expect(explorer.view.layout).toBe('timeline');
    expect(explorer.t.details).toBe('รายละเอียด');
  });

  it('takes the remembered language unless the URL names one', () => {
    expect(setup('', { [PREF_LANG]: 'th' }).explorer.view.lang).toBe('th');
    expect(setup('?lang=en', { [PREF_LANG]: 'th' }).explorer.view.lang).toBe('en');
  });

  it('the dark-mode switch overrides the system, and switching back follows it again', () => {
    const prefs = memoryPrefs();
    const explorer = new Explorer({ history: memoryHistory(), prefs, graphs: memoryGraphStore() });
    explorer.start();
    explorer.setSystemDark(false);
    explorer.toggleDark();
    expect(explorer.dark).toBe(true);
    expect(prefs.get(PREF_THEME)).toBe('dark');
    explorer.toggleDark();
    expect(explorer.theme).toBe('system');
    expect(prefs.get(PREF_THEME)).toBeNull();
    // following the system again: its change shows
    explorer.setSystemDark(true);
    expect(explorer.dark).toBe(true);
    explorer.toggleDark();
    expect(explorer.dark).toBe(false);
    expect(prefs.get(PREF_THEME)).toBe('light');
  });

  it('filters by kind and relation, updating counts and the URL', () => {
    const { explorer, history } = setup();
    expect(explorer.visible.nodes.size).toBe(24);
    explorer.toggleKind('person');
    expect(explorer.visible.nodes.size).toBe(17);
    expect(history.read()).toBe('?kinds=ideology,organization,state,event,work,concept');
    explorer.toggleKind('person');
    expect(history.read()).toBe('');
    explorer.setRelations(['derived_from']);
    expect(explorer.visible.edges.size).toBe(5);
    explorer.setConnected(true);
    expect([...explorer.visible.nodes].sort()).toEqual([
      'leninism',
      'maoism',
      'marxism',
      'marxism-leninism',
      'stalinism',
      'trotskyism',
    ]);
    expect(history.read()).toBe('?relations=derived_from&connected=1');
  });

  it('filters by years', () => {
    const { explorer, history } = setup();
    explorer.setYears(1900, 1930);
    expect(explorer.visible.nodes.has('plato')).toBe(false);
    expect(explorer.visible.nodes.has('leninism')).toBe(true);
    expect(explorer.visible.nodes.has('maoism')).toBe(false);
    expect(history.read()).toBe('?from=1900&to=1930');
  });

  it('pushes each selection onto the history; back and forward restore it', () => {
    const { explorer, history } = setup();
    explorer.select('marxism');
    explorer.select('leninism');
    explorer.select('maoism');
    expect(history.entries).toEqual(['', '?focus=marxism', '?focus=leninism', '?focus=maoism']);
    explorer.back();
    expect(explorer.selected?.id).toBe('leninism');
    explorer.back();
    expect(explorer.selected?.id).toBe('marxism');
    explorer.forward();
    expect(explorer.selected?.id).toBe('leninism');
    // Filters replace the current entry rather than adding one.
    explorer.setLayout('network');
    expect(history.entries).toHaveLength(4);
    expect(history.read()).toBe('?focus=leninism&layout=network');
  });

  it('Focus isolates the neighbourhood at the chosen depth; Show all returns', () => {
    const { explorer } = setup('?focus=maoism');
    explorer.isolate();
    expect([...explorer.visible.nodes].sort()).toEqual([
      'mao-zedong',
      'maoism',
      'marxism-leninism',
      'prc',
      'stalinism',
    ]);
    explorer.setDepth(2);
    expect(explorer.visible.nodes.size).toBeGreaterThan(5);
    explorer.showAll();
    expect(explorer.visible.nodes.size).toBe(24);
  });

  it('keyboard cursor cycles through the selection’s neighbours', () => {
    const { explorer } = setup('?focus=leninism');
    const neighbours = explorer.neighboursOfSelection();
    expect(neighbours).toContain('marxism');
    explorer.moveCursor(1);
    expect(explorer.cursor).toBe(neighbours[0]);
    explorer.moveCursor(1);
    expect(explorer.cursor).toBe(neighbours[1]);
    explorer.moveCursor(-1);
    explorer.moveCursor(-1);
    // Moving back from the first neighbour wraps round to the last.
    expect(explorer.cursor).toBe(neighbours[neighbours.length - 1]);
    // Escape drops the cursor and keeps the selection.
    explorer.clearCursor();
    expect(explorer.cursor).toBeNull();
    expect(explorer.selected?.id).toBe('leninism');
  });

  it('reports problems from outside a file open over the graph on screen, until dismissed', () => {
    const { explorer } = setup('?focus=leninism');
    const before = explorer.model;
    explorer.reportProblems('big.json', [{ code: 'io', path: '', message: 'HTTP 404' }]);
    expect(explorer.problems).toEqual({
      file: 'big.json',
      problems: [{ code: 'io', path: '', message: 'HTTP 404' }],
    });
    expect(explorer.model).toBe(before);
    explorer.dismissProblems();
    expect(explorer.problems).toBeNull();
  });

  it('keeps the graph and lists problems when a file is bad', async () => {
    const { explorer, graphs } = setup();
    const before = explorer.model;
    const ok = await explorer.openFile('broken.json', new TextEncoder().encode('{"version": 1,'));
    expect(ok).toBe(false);
    expect(explorer.model).toBe(before);
    expect(explorer.problems?.file).toBe('broken.json');
    expect(explorer.problems?.problems[0]).toMatchObject({ code: 'json_syntax', line: 1 });
    expect(graphs.stored).toBeNull();
  });

  it('shows a good file, stores it, and restores it on the next visit', async () => {
    const { explorer, graphs } = setup('?focus=maoism');
    const small = readFileSync(resolve(import.meta.dirname, '../fixtures/valid-small.json'));
    expect(await explorer.openFile('small.json', new Uint8Array(small))).toBe(true);
    expect(explorer.source).toEqual({ kind: 'user', name: 'small.json' });
    expect(explorer.model?.nodes).toHaveLength(3);
    // Maoism is not in the new graph, so the selection is cleared.
    expect(explorer.view.focus).toBeNull();
    expect(graphs.stored?.name).toBe('small.json');

    const next = new Explorer({ history: memoryHistory(), prefs: memoryPrefs(), graphs });
    next.start();
    expect(await next.restoreUserGraph()).toBe(true);
    expect(next.model?.nodes).toHaveLength(3);
  });

  it('searches English, Thai and spelling variants', () => {
    const { explorer } = setup();
    expect(explorer.search('maoism')[0]?.id).toBe('maoism');
    expect(explorer.search('ลัทธิเหมา')[0]?.id).toBe('maoism');
    expect(explorer.search('ลัทธิมาร์กซ์')[0]?.id).toBe('marxism');
    expect(explorer.search('trotskysm')[0]?.id).toBe('trotskyism');
  });

  it('shares a link to the view, with the graph the address opened', () => {
    const { explorer } = setup('?focus=maoism&lang=th');
    expect(explorer.shareUrl('https://isms.test', '/')).toBe(
      'https://isms.test/?focus=maoism&lang=th',
    );
    expect(explorer.shareUrl('https://isms.test', '/app/', '/graphs/big one.json')).toBe(
      'https://isms.test/app/?focus=maoism&lang=th&graph=/graphs/big%20one.json',
    );
    explorer.select(null);
    explorer.setLang('en');
    expect(explorer.shareUrl('https://isms.test', '/', 'g.json')).toBe(
      'https://isms.test/?graph=g.json',
    );
  });

  it('follows a link to an alias, and names a missing node with the nearest ones', () => {
    const alias = setup('?focus=marx&lang=th');
    expect(alias.explorer.view.focus).toBe('karl-marx');
    expect(alias.explorer.missingFocus).toBeNull();
    expect(alias.history.read()).toBe('?focus=karl-marx&lang=th');

    const { explorer, history } = setup('?focus=maoisn');
    expect(explorer.view.focus).toBeNull();
    expect(history.read()).toBe('');
    expect(explorer.missingFocus?.query).toBe('maoisn');
    expect(explorer.missingFocus?.suggestions[0]).toBe('maoism');
    explorer.select('maoism');
    expect(explorer.missingFocus).toBeNull();
  });
});
