/**
 * Label wrapping at word boundaries in any script. Thai writes no spaces between words, so a
 * wrap that breaks only at spaces (Cytoscape's `text-wrap: wrap`) never breaks a Thai label;
 * `Intl.Segmenter` finds the words instead. Pure: the caller passes how wide a piece of text
 * is (a canvas measure in the browser, an estimate in Node).
 */

/** Zero-width space: an invisible break opportunity, which Cytoscape's wrap honours. */
export const BREAK = '\u200b';

/** Words of `text` (Thai included), each with the spaces and punctuation that follow it. */
export function wordsOf(text: string, lang: string): string[] {
  const out: string[] = [];
  if (typeof Intl !== 'undefined' && 'Segmenter' in Intl) {
    const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
    for (const { segment, isWordLike } of segmenter.segment(text)) {
      // Spaces, punctuation and dashes stay with the word before them: "Marxism–" | "Leninism".
      if (out.length > 0 && (!isWordLike || fragment(segment))) out[out.length - 1] += segment;
      else if (out.length > 0 && /^[)\]”’]/u.test(segment)) out[out.length - 1] += segment;
      else out.push(segment);
    }
    return out;
  }
  return text.match(/\S+\s*/g) ?? [];
}

/**
 * A piece ICU's dictionary cuts off a transliterated name it does not know: a lone Thai
 * consonant ("เลนิ|น") or a silenced one ("มาก|ซ์", the karan ์ marks it). Neither is a word
 * of its own, so it stays with the piece before it.
 */
function fragment(segment: string): boolean {
  return /^[\u0e01-\u0e2e]([\u0e31-\u0e3a\u0e47-\u0e4b]*\u0e4c)?$/u.test(segment);
}

/**
 * `text` with a zero-width space at each word boundary that has no space already, so that a
 * renderer breaking at whitespace (Cytoscape) breaks Thai between words at any font size.
 * Text with spaces between all its words comes back unchanged.
 */
export function withWordBreaks(text: string, lang: string): string {
  const words = wordsOf(text, lang);
  let out = '';
  for (const word of words) {
    if (out !== '' && !/[\s\u200b]$/u.test(out)) out += BREAK;
    out += word;
  }
  return out;
}

/**
 * `text` wrapped greedily to `maxWidth` at word boundaries (explicit newlines kept): no line
 * is wider than `maxWidth` unless it holds a single word that is. Lines carry no trailing
 * spaces or break marks.
 */
export function wrapLabel(
  text: string,
  lang: string,
  maxWidth: number,
  measure: (line: string) => number,
): string[] {
  const lines: string[] = [];
  for (const paragraph of text.replaceAll(BREAK, '').split('\n')) {
    if (measure(paragraph) <= maxWidth) {
      lines.push(paragraph.trimEnd());
      continue;
    }
    let current = '';
    for (const word of wordsOf(paragraph, lang)) {
      const test = (current + word).trimEnd();
      if (current !== '' && measure(test) > maxWidth) {
        lines.push(current.trimEnd());
        current = word.trimStart();
      } else current += word;
    }
    if (current.trim() !== '') lines.push(current.trimEnd());
  }
  return lines;
}

/** A rough width of `text` in px at `fontPx`, for Node where there is no canvas to measure. */
export function estimateTextWidth(text: string, fontPx: number): number {
  let width = 0;
  for (const char of text) {
    if (char === BREAK) continue;
    // Thai combining vowels and tone marks take no width of their own.
    if (/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/u.test(char)) continue;
    width += /[\u0e00-\u0e7f]/u.test(char) ? 0.6 * fontPx : 0.55 * fontPx;
  }
  return width;
}
