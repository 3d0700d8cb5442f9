/**
 * The one check every rendered link goes through: only `http:` and `https:` addresses become an
 * `href`. The schema already refuses other schemes, but a link is rendered from whatever graph is
 * in memory (a stored one, an import), and `javascript:`, `data:` or `vbscript:` in an `href`
 * would run in the app's origin; `target="_blank"` does not stop that.
 */

/** `url` when it is an absolute http(s) address, else undefined (so no link is drawn). */
export function safeLinkUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  // The URL parser lowercases the scheme and drops the tabs, newlines and leading spaces that a
  // browser also ignores ("java\tscript:"), so this sees what the browser would navigate to.
  if (!URL.canParse(url)) return undefined;
  const { protocol } = new URL(url);
  return protocol === 'http:' || protocol === 'https:' ? url : undefined;
}
