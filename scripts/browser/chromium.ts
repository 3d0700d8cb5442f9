/**
 * The one Chromium launcher, for the e2e tests, the bench and the CLI's picture export: Debian's
 * /usr/bin/chromium (or $ISMS_CHROMIUM), headless, with the flags every caller needs in a
 * container and on CI. playwright-core is loaded only when a browser is launched, so a CLI
 * command that draws nothing does not pay for it.
 */
import type { Browser } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * No sandbox (root in a container has none to give), no GPU (none here; the canvas falls back
 * to software), and none of the browser's own traffic: the tests run with no network.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The Chromium to drive: $ISMS_CHROMIUM, else $CHROMIUM_PATH (its older name), else Debian's. */
export function chromiumPath(): string {
  return process.env.ISMS_CHROMIUM || process.env.CHROMIUM_PATH || DEFAULT_CHROMIUM;
}

/** What to say when there is no Chromium at `path`. */
export function chromiumMissingMessage(path: string): string {
  return `Chromium not found at ${path} — install it with: apt-get install chromium (Debian) or set ISMS_CHROMIUM=/path/to/chrome`;
}

/** Launches headless Chromium at `executablePath` (default: `chromiumPath()`). */
export async function launchChromium(executablePath: string = chromiumPath()): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath, headless: true, args: [...CHROMIUM_ARGS] });
}
