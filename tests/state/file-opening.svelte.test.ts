// Reading an opened file through the explorer's import port (a worker in the browser): progress
// while it reads, Cancel keeps the graph on screen, another file overtakes the one being read,
// and a stored graph whose read was cancelled stays stored.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGraphBytes } from '../../src/lib/domain/load-graph';
import { Explorer, type ExplorerPorts } from '../../src/lib/state/explorer.svelte';
import type { OpeningTask } from '../../src/lib/state/file-opening.svelte';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const small = new Uint8Array(
  readFileSync(resolve(import.meta.dirname, '../fixtures/valid-small.json')),
);

/** An import port that reads on demand: `finish()` answers, an abort rejects as a worker does. */
function slowImport() {
  const pending: { name: string; task: OpeningTask; finish: () => void }[] = [];
  const importFile: NonNullable<ExplorerPorts['importFile']> = (name, bytes, task) =>
    new Promise((done, fail) => {
      task!.onPhase('parsing');
      task!.signal.addEventListener('abort', () =>
        fail(new DOMException('cancelled', 'AbortError')),
      );
      pending.push({ name, task: task!, finish: () => done(loadGraphBytes(bytes)) });
    });
  return { importFile, pending };
}

function setup(importFile: ExplorerPorts['importFile'], graphs = memoryGraphStore()) {
  const explorer = new Explorer({
    history: memoryHistory(),
    prefs: memoryPrefs(),
    graphs,
    drawn: async () => {},
    ...(importFile ? { importFile } : {}),
  });
  explorer.start();
  return explorer;
}

describe('reading an opened file', () => {
  it('shows which file is read and its phase until it is done', async () => {
    const { importFile, pending } = slowImport();
    const explorer = setup(importFile);
    const opened = explorer.openFile('valid-small.json', small);
    await Promise.resolve();
    expect(explorer.opening.progress).toEqual({
      file: 'valid-small.json',
      bytes: small.length,
      phase: 'parsing',
    });
    pending[0]!.finish();
    expect(await opened).toBe(true);
    expect(explorer.opening.progress).toBeNull();
    expect(explorer.source?.name).toBe('valid-small.json');
  });

  it('Cancel stops the read and keeps the graph on screen, with no problem report', async () => {
    const { importFile, pending } = slowImport();
    const explorer = setup(importFile);
    explorer.showData(JSON.parse(new TextDecoder().decode(small)), {
      kind: 'bundled',
      name: 'graph.json',
    });
    const model = explorer.model;
    const opened = explorer.openFile('big.json', small);
    await Promise.resolve();
    explorer.opening.cancel();
    expect(await opened).toBe(false);
    expect(pending[0]!.task.signal.aborted).toBe(true);
    expect(explorer.model).toBe(model);
    expect(explorer.source?.name).toBe('graph.json');
    expect(explorer.problems).toBeNull();
    expect(explorer.opening.progress).toBeNull();
    expect(explorer.opening.wasCancelled).toBe(true);
  });

  it('a second file overtakes the one still being read', async () => {
    const { importFile, pending } = slowImport();
    const explorer = setup(importFile);
    const first = explorer.openFile('first.json', small);
    await Promise.resolve();
    const second = explorer.openFile('second.json', small);
    await Promise.resolve();
    expect(await first).toBe(false);
    expect(explorer.opening.progress?.file).toBe('second.json');
    pending[1]!.finish();
    expect(await second).toBe(true);
    expect(explorer.source?.name).toBe('second.json');
    expect(explorer.opening.wasCancelled).toBe(false);
  });

  it('a stored graph whose read was cancelled stays stored', async () => {
    const { importFile } = slowImport();
    const graphs = memoryGraphStore();
    graphs.stored = { name: 'kept.json', bytes: small };
    const explorer = setup(importFile, graphs);
    const restoring = explorer.restoreUserGraph();
    await Promise.resolve();
    explorer.opening.cancel();
    expect(await restoring).toBe(false);
    expect(graphs.stored?.name).toBe('kept.json');
    expect(explorer.storageNotice).toBeNull();
  });
});
