/**
 * Builds what the browser half of the bench opens: the app (as `vite build` would, into a
 * scratch folder so a developer's dist/ is left alone) and the floor page, and weighs the
 * app's initial bundle.
 */
import { readFile, readdir } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

export const REPO = resolve(import.meta.dirname, '../..');

/** `vite build` of the app into `outDir`. */
export async function buildApp(outDir: string): Promise<void> {
  await build({
    configFile: join(REPO, 'vite.config.ts'),
    root: REPO,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true },
  });
}

/** The bench pages (bench/floor.html, bench/worker.html) built for serving under `/floor/`. */
export async function buildFloor(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: join(REPO, 'bench'),
    base: '/floor/',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      chunkSizeWarningLimit: 2000,
      rollupOptions: {
        input: { floor: join(REPO, 'bench/floor.html'), worker: join(REPO, 'bench/worker.html') },
      },
    },
  });
}

/** Every file under `dir`, as URL path (below `prefix`) → bytes. */
export async function filesUnder(dir: string, prefix: string): Promise<Map<string, Uint8Array>> {
  const files = new Map<string, Uint8Array>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(`${prefix}/${relative(dir, path).split('\\').join('/')}`, await readFile(path));
  }
  return files;
}

/** The asset URLs index.html loads up front: module scripts, modulepreloads, stylesheets. */
export function initialAssets(html: string): { js: string[]; css: string[] } {
  const js: string[] = [];
  const css: string[] = [];
  for (const tag of html.match(/<(script|link)\b[^>]*>/g) ?? []) {
    const url = /\b(?:src|href)="([^"]+)"/.exec(tag)?.[1];
    if (!url) continue;
    if (tag.startsWith('<script') && /type="module"/.test(tag)) js.push(url);
    else if (/rel="modulepreload"/.test(tag)) js.push(url);
    else if (/rel="stylesheet"/.test(tag)) css.push(url);
  }
  return { js, css };
}

/** Gzip (level 9) kB of the initial JS and CSS of a built app in `distDir`. */
export async function bundleSizes(
  distDir: string,
): Promise<{ js: number; css: number; files: string[] }> {
  const html = await readFile(join(distDir, 'index.html'), 'utf8');
  const assets = initialAssets(html);
  const weigh = async (urls: string[]) => {
    let bytes = 0;
    for (const url of urls) {
      const file = await readFile(join(distDir, url.replace(/^\//, '')));
      bytes += gzipSync(file, { level: 9 }).length;
    }
    return bytes / 1024;
  };
  return {
    js: await weigh(assets.js),
    css: await weigh(assets.css),
    files: [...assets.js, ...assets.css],
  };
}
