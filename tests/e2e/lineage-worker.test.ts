/**
 * The layout worker in real Chromium: the bench's worker page (bench/worker.html) built by Vite
 * runs `runLayoutInWorker` on the small fixture graph, cancels a second run and answers a third
 * from the cache. Checks behaviour only; the timings belong to `npm run bench`.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/browser/chromium';
import { buildFloor, filesUnder, REPO } from '../../scripts/bench/build';
import {
  startStaticServer,
  type StaticServer,
  type VirtualFile,
} from '../../scripts/browser/static-server';

let scratch: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'isms-worker-test-'));
  await buildFloor(join(scratch, 'pages'));
  const files = new Map<string, VirtualFile>();
  for (const [path, body] of await filesUnder(join(scratch, 'pages'), '/floor')) {
    const type = path.endsWith('.js') ? 'text/javascript' : 'text/html; charset=utf-8';
    files.set(path, { type, body });
  }
  files.set('/graph.json', {
    type: 'application/json',
    body: await readFile(join(REPO, 'tests/fixtures/valid-small.json'), 'utf8'),
  });
  server = await startStaticServer(scratch, files);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('runLayoutInWorker in Chromium', () => {
  it('lays out in a worker with progress, cancels with an AbortError, and hits the cache', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/floor/worker.html?graph=/graph.json`);
    const handle = await page.waitForFunction(
      () => (window as unknown as { __workerBench?: unknown }).__workerBench,
      undefined,
      { timeout: 30_000 },
    );
    const out = (await handle.jsonValue()) as Record<string, unknown>;
    await page.close();
    expect(errors).toEqual([]);
    expect(out).toMatchObject({
      engine: 'dagre',
      nodes: 3,
      placed: 3,
      downward: 2,
      cancelled: true,
      cache_same: true,
    });
    expect(out.progress_messages).toBeGreaterThanOrEqual(2);
    expect(out.error).toBeUndefined();
  });
});
