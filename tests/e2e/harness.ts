/**
 * The e2e harness, shared by every browser test: a vitest globalSetup that builds the app once
 * per run into a temporary folder and serves it on a free port (`inject('baseURL')`) to every e2e
 * project, plus helpers to launch Debian's Chromium and open pages that record every uncaught
 * error. The server and the launcher are scripts/browser/'s, the same the bench and the CLI use.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import type { TestProject } from 'vitest/node';
import { launchChromium } from '../../scripts/browser/chromium';
import { startStaticServer } from '../../scripts/browser/static-server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

const ROOT = resolve(import.meta.dirname, '..', '..');

interface SharedBuild {
  url: Promise<string>;
  users: number;
  close(): Promise<void>;
}

/**
 * Where the build is kept for the run: each e2e project loads this module as its own instance,
 * but all of them in vitest's one main process, so a global is what they share.
 */
const SHARED = Symbol.for('isms.e2e.build');

/** Builds the app into a temporary folder and serves it; `close` stops both. */
function buildAndServe(): SharedBuild {
  let stop = async () => {};
  const url = (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'isms-e2e-'));
    stop = () => rm(outDir, { recursive: true, force: true });
    const { build } = await import('vite');
    await build({
      root: ROOT,
      configFile: join(ROOT, 'vite.config.ts'),
      logLevel: 'error',
      build: { outDir, emptyOutDir: true },
    });
    const server = await startStaticServer(outDir, new Map(), { indexForEveryUnknownPath: true });
    stop = async () => {
      await server.close();
      await rm(outDir, { recursive: true, force: true });
    };
    return `${server.url}/`;
  })();
  return { url, users: 0, close: () => stop() };
}

/**
 * Builds the app once and serves it for the whole run: the e2e project's globalSetup. With
 * ISMS_E2E_WORKERS > 1 there are two e2e projects (`e2e`, files in parallel, and `e2e-alone`,
 * the timing tests with nothing beside them): the second to set up reuses the first one's build,
 * and the last to tear down stops it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const store = globalThis as { [SHARED]?: SharedBuild };
  const shared = (store[SHARED] ??= buildAndServe());
  shared.users++;
  project.provide('baseURL', await shared.url);
  return async () => {
    if (--shared.users > 0) return;
    delete store[SHARED];
    await shared.close();
  };
}

/** The URL of the built app. */
export function appURL(query = ''): string {
  return `${inject('baseURL')}${query}`;
}

/** Debian's Chromium, headless, as the bench and the CLI launch it. */
export function launchBrowser(): Promise<Browser> {
  return launchChromium();
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions and console errors seen so far. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * A fresh context and page (own storage, so tests do not share IndexedDB or localStorage) that
 * records page errors and console errors, opened at `query` and waited until the graph is drawn.
 */
export async function openApp(
  browser: Browser,
  query = '',
  options: {
    viewport?: { width: number; height: number };
    colorScheme?: 'light' | 'dark';
    wait?: boolean;
    /** Runs on the page before it navigates: routes, init scripts. */
    setup?: (page: Page) => Promise<void>;
  } = {},
): Promise<AppPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console: ${message.text()}`);
  });
  await options.setup?.(page);
  await page.goto(appURL(query));
  if (options.wait ?? true) await waitForGraph(page);
  return { page, context, errors, close: () => context.close() };
}

/** Waits until the status line reports a drawn graph. */
export async function waitForGraph(page: Page): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: /Showing|แสดง/ })
    .waitFor({ timeout: 15_000 });
  // The canvas draws on the next animation frames after the layout.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * One Chromium per test file and a way to open the app in it: every page a test opens is closed
 * when that test ends, so pages left drawing do not slow the tests after them.
 */
export function useApp(): (
  query?: string,
  options?: Parameters<typeof openApp>[2],
) => Promise<AppPage> {
  let browser: Browser | undefined;
  const open: AppPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const app of open.splice(0)) await app.close();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return async (query = '', options = {}) => {
    if (!browser) throw new Error('useApp: the browser is not running (call it at module level)');
    const opened = await openApp(browser, query, options);
    open.push(opened);
    return opened;
  };
}
