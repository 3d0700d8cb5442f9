// ?graph= fetches: a redirect to another origin is refused, whatever the first address was.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Explorer } from '../../src/lib/state/explorer.svelte';
import { openGraphUrl } from '../../src/lib/state/graph-url';
import { memoryGraphStore, memoryHistory, memoryPrefs } from '../../src/lib/state/ports';

const bytes = readFileSync(resolve(import.meta.dirname, '../fixtures/valid-small.json'));

function explorer() {
  const e = new Explorer({
    history: memoryHistory(''),
    prefs: memoryPrefs(),
    graphs: memoryGraphStore(),
  });
  e.start();
  return e;
}

/** A fetch that answers every request with the file, as if served from `finalUrl`. */
function servedFrom(finalUrl: string): typeof fetch {
  return (async () => {
    const response = new Response(bytes, { status: 200 });
    Object.defineProperty(response, 'url', { value: finalUrl });
    return response;
  }) as typeof fetch;
}

describe('openGraphUrl', () => {
  const base = 'https://isms.example/app/';

  it('opens a same-origin file', async () => {
    const e = explorer();
    const opened = await openGraphUrl(
      e,
      '/graphs/mine.json',
      base,
      servedFrom('https://isms.example/graphs/mine.json'),
    );
    expect(opened).toBe(true);
  });

  it('refuses a same-origin address that redirected to another origin', async () => {
    const e = explorer();
    const opened = await openGraphUrl(
      e,
      '/graphs/mine.json',
      base,
      servedFrom('https://evil.example/graph.json'),
    );
    expect(opened).toBe(false);
    expect(e.problems?.problems[0]?.message).toMatch(
      /redirected to another origin \(https:\/\/evil\.example\)/,
    );
  });
});
