/**
 * Waiting for the bundled web fonts. Canvas text does not re-render when a font arrives, so the
 * canvas waits for them (within a bound) before its first draw.
 */
const FONTS = [
  '12px "Noto Sans"',
  '600 12px "Noto Sans"',
  '12px "Noto Sans Thai"',
  '600 12px "Noto Sans Thai"',
];

let loading: Promise<unknown> | null = null;

/** Starts loading the fonts (Thai with a Thai sample, so the Thai subset is fetched). */
export function loadFonts(): Promise<unknown> {
  if (typeof document === 'undefined' || !document.fonts) return Promise.resolve();
  loading ??= Promise.all(FONTS.map((font) => document.fonts.load(font, 'Aa ก'))).catch(
    () => undefined,
  );
  return loading;
}

/** Resolves when the fonts are in, or after `timeoutMs`, whichever comes first. */
export function fontsReady(timeoutMs: number): Promise<void> {
  return Promise.race([
    loadFonts().then(() => undefined),
    new Promise<void>((resolve) => setTimeout(resolve, timeoutMs)),
  ]);
}
