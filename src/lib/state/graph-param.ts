/**
 * `graph=` in the address, as text: read, appended, removed. Pure string work with no imports,
 * so the explorer (which writes addresses), the browser ports and the `?graph=` opener
 * (graph-url.ts) all share it without importing one another.
 */

/** The query parameter that names a graph to open. */
export const GRAPH_PARAM = 'graph';

/** The graph URL an address's query string names, or null. */
export function graphParamOf(search: string): string | null {
  const value = new URLSearchParams(search).get(GRAPH_PARAM);
  return value === null || value.trim() === '' ? null : value.trim();
}

/** `search` (a query string, `?…` or empty) with `graph=<url>` appended, slashes left readable. */
export function withGraphParam(search: string, url: string | null): string {
  if (url === null) return search;
  const param = `${GRAPH_PARAM}=${encodeURIComponent(url).replaceAll('%2F', '/')}`;
  return search ? `${search}&${param}` : `?${param}`;
}

/** A query string without `graph=`; the other parameters exactly as they were written. */
export function withoutGraphParam(search: string): string {
  const kept = search
    .replace(/^\?/, '')
    .split('&')
    .filter((part) => part !== '' && !part.startsWith(`${GRAPH_PARAM}=`));
  return kept.length ? `?${kept.join('&')}` : '';
}
