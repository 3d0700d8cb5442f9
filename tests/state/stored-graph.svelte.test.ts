// What the explorer promises about the user's stored graph, with in-memory ports: stored only
// after it is drawn, a failed store said on screen, a stored graph that no longer loads dropped.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';
import type { GraphStorePort, StoredGraph } from '../../src/lib/state/ports';

const small = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../fixtures/valid-small.json')),
);
const broken = new TextEncoder().encode('{ "version": 1, ');

function setup(graphs: GraphStorePort, drawn?: () => Promise<void>) {
  const explorer = new Explorer({
    history: memoryHistory(),
    prefs: memoryPrefs(),
    graphs,
    ...(drawn ? { drawn } : {}),
  });
  explorer.start();
  return explorer;
}

describe('storing the opened graph', () => {
  it('stores it only once it is drawn', async () => {
    const graphs = memoryGraphStore();
    let draw = () => {};
    const explorer = setup(graphs, () => new Promise<void>((done) => (draw = done)));
    const opened = explorer.openFile('valid-small.json', small);
    await Promise.resolve();
    expect(explorer.source?.name).toBe('valid-small.json');
    expect(graphs.stored).toBeNull();
    draw();
    expect(await opened).toBe(true);
    expect(graphs.stored?.name).toBe('valid-small.json');
  });

  it('says so when the graph could not be kept, and keeps it on screen', async () => {
    const full: GraphStorePort = {
      load: async () => null,
      save: async () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
      clear: async () => {},
    };
    const explorer = setup(full);
    expect(await explorer.openFile('valid-small.json', small)).toBe(true);
    expect(explorer.source?.name).toBe('valid-small.json');
    expect(explorer.storageNotice).toEqual({ kind: 'not-kept', file: 'valid-small.json' });
    expect(explorer.t.storageNotKept('valid-small.json')).toMatch(/could not be stored/);
    explorer.setLang('th');
    expect(explorer.t.storageNotKept('valid-small.json')).toMatch(/เก็บไว้ในเบราว์เซอร์นี้ไม่ได้/);
  });

  it('never stores a file that failed to open', async () => {
    const graphs = memoryGraphStore();
    const explorer = setup(graphs);
    await explorer.openFile('valid-small.json', small);
    expect(await explorer.openFile('broken.json', broken)).toBe(false);
    expect(graphs.stored?.name).toBe('valid-small.json');
    expect(explorer.source?.name).toBe('valid-small.json');
  });
});

describe('restoring the stored graph', () => {
  it('drops a stored file that no longer loads, with a notice and no problem report', async () => {
    const graphs = memoryGraphStore();
    graphs.stored = { name: 'old.json', bytes: broken };
    const explorer = setup(graphs);
    expect(await explorer.restoreUserGraph()).toBe(false);
    expect(graphs.stored).toBeNull();
    expect(explorer.problems).toBeNull();
    expect(explorer.storageNotice).toEqual({ kind: 'dropped', file: 'old.json' });
    // the next start finds nothing and says nothing
    const next = setup(graphs);
    expect(await next.restoreUserGraph()).toBe(false);
    expect(next.storageNotice).toBeNull();
  });

  it('drops a damaged record (the store throws reading it)', async () => {
    let stored: StoredGraph | null = { name: 'x', bytes: small };
    const graphs: GraphStorePort = {
      load: async () => {
        if (stored) throw new Error('damaged');
        return null;
      },
      save: async () => {},
      clear: async () => {
        stored = null;
      },
    };
    const explorer = setup(graphs);
    expect(await explorer.restoreUserGraph()).toBe(false);
    expect(stored).toBeNull();
    expect(explorer.storageNotice?.kind).toBe('dropped');
  });

  it('restores a good stored graph without storing it again', async () => {
    const graphs = memoryGraphStore();
    graphs.stored = { name: 'valid-small.json', bytes: small };
    const explorer = setup(graphs);
    expect(await explorer.restoreUserGraph()).toBe(true);
    expect(explorer.source).toEqual({ kind: 'user', name: 'valid-small.json' });
    expect(explorer.storageNotice).toBeNull();
  });
});
