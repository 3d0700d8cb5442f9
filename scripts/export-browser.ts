/**
 * Pictures (.png, .svg) for `export`, drawn by the real explorer in headless Chromium rather than
 * by a second renderer: builds the app when `dist/` is missing or older than its sources, serves
 * `dist/` and the graph to draw on a free localhost port, opens the app in export mode and asks it
 * for the picture.
 *
 * The contract with the app (src/, owned by the explorer):
 *
 *   GET /?embed=export&graph=/__isms/export-graph.json&layout=L&lang=X&scale=S
 *        [&focus=ID&depth=N] [&path=FROM,TO]
 *
 *   - embed=export  draw the canvas only (no panels, no animation), fit the whole graph in view,
 *                   and once the layout has settled define `window.__ismsExport`.
 *   - graph         a same-origin URL of an isms graph JSON file to load instead of the bundled
 *                   graph. It already holds exactly what to draw: the CLI has done the selection.
 *   - focus, depth  the resolved id (and depth) the selection was made around, for highlighting;
 *                   the app may apply them, which gives the same nodes.
 *   - path          the resolved ids FROM,TO of a lineage path, for highlighting.
 *   - layout, lang  as in the app's own URL (lineage|timeline|network, en|th).
 *   - scale         pixel ratio for PNG, 1–4.
 *
 *   window.__ismsExport(options: { format: 'png' | 'svg'; scale: number;
 *                                  background?: 'white' | 'transparent' | 'dark';
 *                                  legend?: boolean; caption?: boolean }): Promise<string>
 *     resolves to the whole graph (not only the visible part) on an opaque background, framed by
 *     a caption (title, the focus or path, counts, layout, source) and a legend unless told not
 *     to: for 'png' base64 text (a `data:image/png;base64,` prefix is allowed), for 'svg' SVG
 *     text. It rejects with the reason when the graph could not be loaded or drawn.
 *
 * The app side is src/components/export-embed.ts.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toJSON } from '../src/lib/domain/formats/to-json';
import type { GraphFile } from '../src/lib/domain/schema';
import { REPO_ROOT } from './graph-io';
import type { Browser } from 'playwright-core';
import { chromiumMissingMessage, chromiumPath, launchChromium } from './browser/chromium';
import { startStaticServer } from './browser/static-server';

// Kept importable from here: the launcher moved to scripts/browser/chromium.ts.
export { chromiumMissingMessage, chromiumPath, DEFAULT_CHROMIUM } from './browser/chromium';

export const EXPORT_LAYOUTS = ['lineage', 'timeline', 'network'] as const;
export type ExportLayout = (typeof EXPORT_LAYOUTS)[number];

export interface BrowserExportRequest {
  readonly format: 'png' | 'svg';
  /** The graph to draw, already cut down to the selection. */
  readonly graph: GraphFile;
  readonly focus?: string;
  readonly depth?: number;
  readonly path?: readonly [string, string];
  readonly layout: ExportLayout;
  readonly lang: 'en' | 'th';
  readonly scale: number;
}

export interface BrowserExportOptions {
  /** A built app folder to serve instead of dist/ (never rebuilt); tests use a stub app. */
  readonly app?: string;
  /** How long the app may take to define window.__ismsExport; default 30 s. */
  readonly readyTimeoutMs?: number;
}

export type BrowserExportResult = { ok: true; data: Uint8Array } | { ok: false; message: string };

export const EXPORT_GRAPH_PATH = '/__isms/export-graph.json';

const VIEWPORT = { width: 1600, height: 1000 };
const READY_TIMEOUT_MS = 30_000;
const DRAW_TIMEOUT_MS = 120_000;

/** The app URL (path and query) for a request, per the contract above. */
export function exportUrl(request: BrowserExportRequest): string {
  const params = new URLSearchParams({ embed: 'export', graph: EXPORT_GRAPH_PATH });
  if (request.focus !== undefined) params.set('focus', request.focus);
  if (request.depth !== undefined) params.set('depth', String(request.depth));
  if (request.path) params.set('path', request.path.join(','));
  params.set('layout', request.layout);
  params.set('lang', request.lang);
  params.set('scale', String(request.scale));
  return `/?${params.toString().replaceAll('%2C', ',').replaceAll('%2F', '/')}`;
}

const BUILD_INPUTS = [
  'index.html',
  'vite.config.ts',
  'svelte.config.js',
  'package.json',
  'src',
  'public',
  'graph',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** Whether dist/ is missing or older than anything the build reads. */
export function buildIsStale(root = REPO_ROOT): boolean {
  const built = join(root, 'dist/index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return BUILD_INPUTS.some((input) => newestMtime(join(root, input)) > builtAt);
}

async function build(log: (line: string) => void): Promise<string | undefined> {
  log('export: building the explorer (vite build)…');
  const vite = resolve(REPO_ROOT, 'node_modules/vite/bin/vite.js');
  return new Promise((done) => {
    const child = spawn(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', (error) => done(`could not run vite build: ${error.message}`));
    child.on('close', (code) => {
      if (code === 0) done(undefined);
      else {
        const tail = output.trim().split('\n').slice(-15).join('\n');
        done(`vite build failed (exit ${code}):\n${tail}`);
      }
    });
  });
}

function decodePicture(format: 'png' | 'svg', result: unknown): BrowserExportResult {
  if (typeof result !== 'string' || result === '') {
    return { ok: false, message: `window.__ismsExport gave ${typeof result}, not ${format} text` };
  }
  if (format === 'svg') {
    if (
      !/^\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE[^>]*>\s*)?<svg[\s>]/i.test(result)
    ) {
      return { ok: false, message: 'window.__ismsExport did not give SVG text' };
    }
    return { ok: true, data: new TextEncoder().encode(result) };
  }
  const data = Buffer.from(result.replace(/^data:image\/png;base64,/, ''), 'base64');
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (data.length < 8 || signature.some((byte, i) => data[i] !== byte)) {
    return { ok: false, message: 'window.__ismsExport did not give a base64 PNG' };
  }
  return { ok: true, data: new Uint8Array(data) };
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Draws `request.graph` with the explorer in headless Chromium and returns the PNG or SVG bytes.
 * Progress lines (a build starting) go to `log`. Never throws for an expected failure: a missing
 * Chromium, a failed build or an app without export mode come back as a message.
 */
export async function exportInBrowser(
  request: BrowserExportRequest,
  log: (line: string) => void = () => {},
  options: BrowserExportOptions = {},
): Promise<BrowserExportResult> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath))
    return { ok: false, message: chromiumMissingMessage(executablePath) };

  if (options.app === undefined && buildIsStale()) {
    const failure = await build(log);
    if (failure) return { ok: false, message: failure };
  }

  const server = await startStaticServer(
    options.app ?? resolve(REPO_ROOT, 'dist'),
    new Map([
      [EXPORT_GRAPH_PATH, { type: 'application/json; charset=utf-8', body: toJSON(request.graph) }],
    ]),
  );
  const readyTimeout = options.readyTimeoutMs ?? READY_TIMEOUT_MS;
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  try {
    browser = await launchChromium(executablePath);
    const page = await browser.newPage({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    await page.goto(`${server.url}${exportUrl(request)}`, { waitUntil: 'load' });
    try {
      await page.waitForFunction(
        () => typeof (window as { __ismsExport?: unknown }).__ismsExport === 'function',
        undefined,
        { timeout: readyTimeout },
      );
    } catch {
      const errors = pageErrors.length
        ? `; the page reported: ${pageErrors.slice(0, 3).join(' | ')}`
        : '';
      return {
        ok: false,
        message: `the explorer did not offer window.__ismsExport within ${readyTimeout / 1000} s (is its export mode, ?embed=export, wired up?)${errors}`,
      };
    }
    const result = await withTimeout(
      page.evaluate(
        (options) =>
          (
            window as unknown as {
              __ismsExport: (o: {
                format: 'png' | 'svg';
                scale: number;
                background: 'white';
                legend: boolean;
                caption: boolean;
              }) => Promise<string>;
            }
          ).__ismsExport(options),
        {
          format: request.format,
          scale: request.scale,
          background: 'white' as const,
          legend: true,
          caption: true,
        },
      ),
      DRAW_TIMEOUT_MS,
      `the explorer did not finish drawing within ${DRAW_TIMEOUT_MS / 1000} s`,
    );
    return decodePicture(request.format, result);
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    return { ok: false, message: `drawing in Chromium failed: ${message}` };
  } finally {
    await browser?.close().catch(() => {});
    await server.close();
  }
}
