/**
 * A tiny static file server on a free localhost port, for drawing the built explorer in headless
 * Chromium: serves a folder (`dist/`) plus a few in-memory files (the graph to draw), with
 * unknown extension-less paths falling back to index.html as a single-page app expects. The one
 * server of the e2e tests, the bench and the CLI's picture export.
 */
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

/** A file served from memory at a fixed path. */
export interface VirtualFile {
  readonly type: string;
  readonly body: string | Uint8Array;
}

export interface StaticServer {
  /** The origin, e.g. `http://127.0.0.1:41234`. */
  readonly url: string;
  close(): Promise<void>;
}

export interface StaticServerOptions {
  /**
   * Every unknown path gets index.html, assets too (as the e2e harness always served): a missing
   * graph then fails in the app's own parser, as on hosts that rewrite every path to the app,
   * instead of as a 404 that Chromium also logs as a console error.
   */
  readonly indexForEveryUnknownPath?: boolean;
}

/** Serves `root` and `files` (path → content) on 127.0.0.1 at a port the system picks. */
export async function startStaticServer(
  root: string,
  files: ReadonlyMap<string, VirtualFile> = new Map(),
  options: StaticServerOptions = {},
): Promise<StaticServer> {
  const base = resolve(root);
  const server = createServer((request, response) => {
    serve(base, files, options, request, response).catch((error: unknown) => {
      send(response, 500, 'text/plain; charset=utf-8', String(error));
    });
  });
  await new Promise<void>((ready, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ready());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

async function serve(
  base: string,
  files: ReadonlyMap<string, VirtualFile>,
  options: StaticServerOptions,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'text/plain; charset=utf-8', 'method not allowed');
    return;
  }
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
  } catch {
    send(response, 400, 'text/plain; charset=utf-8', 'bad path');
    return;
  }
  const virtual = files.get(pathname);
  if (virtual) {
    send(response, 200, virtual.type, virtual.body, request.method === 'HEAD');
    return;
  }
  const target = normalize(join(base, pathname));
  if (target !== base && !target.startsWith(base + sep)) {
    send(response, 403, 'text/plain; charset=utf-8', 'forbidden');
    return;
  }
  let file = target;
  const info = await stat(file).catch(() => undefined);
  if (info?.isDirectory()) file = join(file, 'index.html');
  else if (!info) {
    // A browser asks for a favicon on its own; its absence is not an error worth reporting.
    if (pathname === '/favicon.ico') {
      send(response, 204, 'image/x-icon', '');
      return;
    }
    // A single-page app route (no extension) gets index.html; a missing asset is a real 404.
    if (extname(pathname) !== '' && !options.indexForEveryUnknownPath) {
      send(response, 404, 'text/plain; charset=utf-8', `not found: ${pathname}`);
      return;
    }
    file = join(base, 'index.html');
  }
  const body = await readFile(file).catch(() => undefined);
  if (!body) {
    send(response, 404, 'text/plain; charset=utf-8', `not found: ${pathname}`);
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  send(response, 200, type, body, request.method === 'HEAD');
}

function send(
  response: ServerResponse,
  status: number,
  type: string,
  body: string | Uint8Array,
  headOnly = false,
): void {
  if (response.headersSent) return;
  response.writeHead(status, {
    'content-type': type,
    'content-length': typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength,
    'cache-control': 'no-store',
  });
  response.end(headOnly ? undefined : body);
}
