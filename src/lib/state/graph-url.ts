/**
 * Opening a graph named in the address, `?graph=<same-origin URL>` (a generated graph for the
 * bench, a file served next to the app): fetched, then opened exactly like a file the person
 * picked (JSON, GraphML or GEXF through the explorer's importer), so its problems show the same
 * way. Used by the explorer's start-up and by the export embed (`?embed=export&graph=…`).
 */
import type { Problem } from '../domain/problems';
import type { Explorer } from './explorer.svelte';

// Kept importable from here too: the address helpers moved to graph-param.ts.
export { GRAPH_PARAM, graphParamOf, withGraphParam } from './graph-param';

export type ResolvedGraphUrl =
  { ok: true; url: URL; name: string } | { ok: false; file: string; problem: Problem };

/**
 * `raw` resolved against the page's address `base`, with the file name problems are reported
 * under; other origins are refused (the page must not become a proxy for any URL).
 */
export function resolveGraphUrl(raw: string, base: string): ResolvedGraphUrl {
  let url: URL;
  try {
    url = new URL(raw, base);
  } catch {
    return {
      ok: false,
      file: raw,
      problem: { code: 'io', path: '', message: `"${raw}" is not a URL` },
    };
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || 'graph.json');
  if (url.origin !== new URL(base).origin) {
    return {
      ok: false,
      file: name,
      problem: {
        code: 'io',
        path: '',
        message: `graph= must be a same-origin URL, not ${url.origin}`,
        hint: 'serve the file next to the app, or open it with "Open graph…"',
      },
    };
  }
  return { ok: true, url, name };
}

/**
 * Fetches the graph `raw` names and opens it (not stored for the next visit: the address
 * brings it back). Any failure becomes the explorer's problem report and leaves the graph on
 * screen as it was; resolves to whether the graph was opened.
 */
export async function openGraphUrl(
  explorer: Explorer,
  raw: string,
  base: string = location.href,
  fetcher: typeof fetch = fetch,
): Promise<boolean> {
  const resolved = resolveGraphUrl(raw, base);
  if (!resolved.ok) {
    explorer.reportProblems(resolved.file, [resolved.problem]);
    return false;
  }
  let bytes: Uint8Array;
  try {
    // The address was checked to be same-origin, but fetch follows redirects, and a same-origin
    // redirect could serve another origin's file (one that allows CORS). `redirect: 'manual'`
    // would refuse same-origin redirects too, so the final URL is checked instead (a Response
    // made in a test has no url, and stands for the address asked for).
    const response = await fetcher(resolved.url, {
      redirect: 'follow',
      credentials: 'same-origin',
    });
    const final = response.url ? new URL(response.url) : resolved.url;
    if (final.origin !== resolved.url.origin)
      throw new Error(`redirected to another origin (${final.origin}), which is not opened`);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    explorer.reportProblems(resolved.name, [
      {
        code: 'io',
        path: '',
        message: `could not fetch ${resolved.url.pathname}: ${error instanceof Error ? error.message : String(error)}`,
        hint: 'check the address in graph=',
      },
    ]);
    return false;
  }
  return explorer.openFile(resolved.name, bytes, { store: false });
}
