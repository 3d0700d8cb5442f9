import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BREAK,
  estimateTextWidth,
  withWordBreaks,
  wordsOf,
  wrapLabel,
} from '../../src/lib/domain/wrap-label';

const measure = (line: string) => estimateTextWidth(line, 12);

describe('wrapLabel', () => {
  it('breaks a Thai label between words, which Thai writes without spaces', () => {
    const lines = wrapLabel('ลัทธิมากซ์-เลนินแบบจีนสมัยใหม่', 'th', 70, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('ลัทธิมากซ์-เลนินแบบจีนสมัยใหม่');
    for (const line of lines) expect(measure(line)).toBeLessThanOrEqual(70);
  });

  it('breaks English at spaces and after dashes, keeping every word whole', () => {
    expect(wrapLabel('Marxism–Leninism–Maoism', 'en', 70, measure)).toEqual([
      'Marxism–',
      'Leninism–',
      'Maoism',
    ]);
    expect(wrapLabel('Democratic socialism', 'en', 90, measure)).toEqual([
      'Democratic',
      'socialism',
    ]);
  });

  it('keeps a label that fits on one line, and a word wider than the wrap on its own line', () => {
    expect(wrapLabel('Maoism', 'en', 120, measure)).toEqual(['Maoism']);
    expect(wrapLabel('Internationalism now', 'en', 40, measure)).toEqual([
      'Internationalism',
      'now',
    ]);
  });

  it('no line is wider than the wrap width unless it is one word (any text, en or th)', () => {
    const word = fc.constantFrom('ลัทธิ', 'มากซ์', 'สังคม', 'นิยม', 'Marx', 'socialism', 'of');
    const text = fc
      .array(word, { minLength: 1, maxLength: 8 })
      .chain((words) => fc.constantFrom(words.join(''), words.join(' ')));
    fc.assert(
      fc.property(text, fc.integer({ min: 30, max: 200 }), (label, width) => {
        const lang = /[\u0e00-\u0e7f]/u.test(label) ? 'th' : 'en';
        const lines = wrapLabel(label, lang, width, measure);
        expect(lines.join('').replace(/\s/g, '')).toBe(label.replace(/\s/g, ''));
        for (const line of lines) {
          if (measure(line) > width) expect(wordsOf(line, lang)).toHaveLength(1);
        }
      }),
    );
  });
});

describe('wordsOf', () => {
  it('keeps transliterated names whole where the dictionary would cut a letter off', () => {
    expect(wordsOf('ลัทธิมากซ์-เลนิน', 'th')).toEqual(['ลัทธิ', 'มากซ์-', 'เลนิน']);
  });
});

describe('withWordBreaks', () => {
  it('puts an invisible break between Thai words and leaves spaced English alone', () => {
    const thai = withWordBreaks('ลัทธิมากซ์', 'th');
    expect(thai).toContain(BREAK);
    expect(thai.replaceAll(BREAK, '')).toBe('ลัทธิมากซ์');
    expect(withWordBreaks('Democratic socialism', 'en')).toBe('Democratic socialism');
  });
});
