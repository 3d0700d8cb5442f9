/**
 * Text for exported pictures: a measurer backed by a canvas (the fonts the page has loaded),
 * label wrapping exactly as Cytoscape wraps node labels, and wrapping of longer prose (titles,
 * the source line) that also breaks Thai, which has no spaces between words.
 */

/** The width of `text` in CSS pixels at `size` px and `weight`, in the export font. */
export type Measure = (text: string, size: number, weight: number) => number;

/**
 * Node labels as Cytoscape's `text-wrap: wrap` lays them out: explicit newlines first, then a
 * greedy fill of words separated by whitespace or zero-width spaces (the word breaks that
 * `withWordBreaks` puts into Thai labels) up to `maxWidth`; a word wider than that stands on
 * its own line, unbroken. Trailing spaces and the invisible breaks are trimmed.
 */
export function wrapLabel(
  text: string,
  maxWidth: number,
  width: (line: string) => number,
): string[] {
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    if (width(line) <= maxWidth) {
      lines.push(line);
      continue;
    }
    let current = '';
    for (const match of line.matchAll(/([^\s\u200b]+)([\s\u200b]*)/g)) {
      const [, word, space] = match as unknown as [string, string, string];
      // Cytoscape measures the candidate with its trailing space, except for a line's first word.
      const test = current === '' ? word : `${current}${word}${space}`;
      if (width(test) <= maxWidth) current += `${word}${space}`;
      else {
        if (current !== '') lines.push(current.trimEnd());
        current = `${word}${space}`;
      }
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
  }
  return lines.map((line) => line.replace(/[\u200b]+/g, '').trimEnd());
}

/** Break opportunities: words (Thai included, via Intl.Segmenter where there is one) and spaces. */
function pieces(text: string, lang: string): string[] {
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    const out: string[] = [];
    for (const { segment } of segmenter.segment(text)) {
      // Keep punctuation and spaces attached to the word before them.
      if (out.length > 0 && /^[\s.,;:!?)\]”’…—–-]+$/u.test(segment)) out[out.length - 1] += segment;
      else out.push(segment);
    }
    return out;
  }
  return text.match(/\S+\s*/g) ?? [];
}

/** Prose wrapped to `maxWidth`, breaking between words in any script. */
export function wrapProse(
  text: string,
  maxWidth: number,
  width: (line: string) => number,
  lang = 'th',
): string[] {
  if (width(text) <= maxWidth) return [text];
  const lines: string[] = [];
  let current = '';
  for (const piece of pieces(text, lang)) {
    const test = current + piece;
    if (current !== '' && width(test.trimEnd()) > maxWidth) {
      lines.push(current.trimEnd());
      current = piece.trimStart();
    } else current = test;
  }
  if (current.trim() !== '') lines.push(current.trimEnd());
  return lines;
}

/** A measurer drawing on an offscreen canvas in `fontFamily`. */
export function canvasMeasure(fontFamily: string): Measure {
  const context = document.createElement('canvas').getContext('2d');
  const cache = new Map<string, number>();
  return (text, size, weight) => {
    const key = `${weight} ${size} ${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      if (context) {
        context.font = `normal ${weight} ${size}px ${fontFamily}`;
        width = context.measureText(text).width;
      } else width = text.length * size * 0.55;
      cache.set(key, width);
    }
    return width;
  };
}

/** Escapes text for SVG character data and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot carry C0 controls other than tab and line breaks, even escaped.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}

/** The bundled faces the exports draw with; Thai needs its own face loaded with a Thai sample. */
const EXPORT_FONTS = [
  ['400 12px "Noto Sans"', 'Aa'],
  ['600 12px "Noto Sans"', 'Aa'],
  ['700 12px "Noto Sans"', 'Aa'],
  ['400 12px "Noto Sans Thai"', 'กขค'],
  ['600 12px "Noto Sans Thai"', 'กขค'],
  ['700 12px "Noto Sans Thai"', 'กขค'],
] as const;

/**
 * Resolves once the bundled fonts are loaded (or `timeoutMs` has passed): canvas text drawn
 * before a face arrives is drawn in a fallback font and never redrawn.
 */
export async function exportFontsReady(timeoutMs = 8000): Promise<void> {
  if (typeof document === 'undefined' || !document.fonts) return;
  const loading = Promise.all(
    EXPORT_FONTS.map(([font, sample]) => document.fonts.load(font, sample).catch(() => [])),
  ).then(() => document.fonts.ready);
  await Promise.race([loading, new Promise((resolve) => setTimeout(resolve, timeoutMs))]);
}
