/**
 * The Content-Security-Policy of the built app, as a `<meta http-equiv>` that a Vite plugin puts
 * into index.html at build time only: the dev server's hot reload needs inline scripts and a
 * WebSocket, which this policy forbids. A host that can send headers may send the same policy
 * as a `Content-Security-Policy` header (frame-ancestors then works too; a meta tag ignores it).
 */
import type { Plugin } from 'vite';

/**
 * - script-src 'self': only the app's own bundles; no 'unsafe-eval' (zod runs jitless, see
 *   src/lib/domain/zod-jitless.ts). 'wasm-unsafe-eval' is the narrow permission to compile
 *   WebAssembly, for a WASM layout engine (Graphviz) in the layout worker; it does not allow
 *   eval or new Function.
 * - style-src 'unsafe-inline': Svelte and Cytoscape set style attributes.
 * - worker-src 'self' blob: the layout workers are served as files or made from blobs.
 * - img-src data: blob: the favicon is a data: URL; PNG export goes through blob: URLs.
 * - connect-src 'self': ?graph= fetches same-origin files only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "worker-src 'self' blob:",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** Adds the policy to the built index.html, first thing in <head>. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'isms-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
