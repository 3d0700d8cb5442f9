import { describe, expect, it } from 'vitest';
import { escapeXml, wrapLabel, wrapProse } from '../../../src/lib/cytoscape/export/text';

/** Every character 7 px wide: easy to reason about. */
const width = (line: string) => [...line].length * 7;

describe('wrapLabel (as Cytoscape wraps node labels)', () => {
  it('leaves a label that fits on one line', () => {
    expect(wrapLabel('Maoism', 110, width)).toEqual(['Maoism']);
  });

  it('fills lines greedily with whole words', () => {
    // 110 px holds 15 characters; Cytoscape measures a candidate with its trailing space, so
    // "Commonwealth of " (16) does not fit while "of Independent " (15) does.
    expect(wrapLabel('Commonwealth of Independent States', 110, width)).toEqual([
      'Commonwealth',
      'of Independent',
      'States',
    ]);
  });

  it('puts a word too long for any line on its own line, unbroken', () => {
    expect(wrapLabel('a ลัทธิคอมมิวนิสต์แบบอิสรนิยม b', 70, width)).toEqual([
      'a',
      'ลัทธิคอมมิวนิสต์แบบอิสรนิยม',
      'b',
    ]);
  });

  it('keeps explicit line breaks', () => {
    expect(wrapLabel('one\ntwo', 110, width)).toEqual(['one', 'two']);
  });
});

describe('wrapProse', () => {
  it('breaks English between words', () => {
    expect(wrapProse('Neighbourhood of Maoism, 1 step out', 140, width, 'en')).toEqual([
      'Neighbourhood of',
      'Maoism, 1 step out',
    ]);
  });

  it('breaks Thai between words although it has no spaces', () => {
    const text = 'ละแวกของลัทธิเหมาห่างออกไปสองขั้น';
    const lines = wrapProse(text, 70, width, 'th');
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    expect(lines[0]).toBe('ละแวกของ');
  });
});

describe('escapeXml', () => {
  it('escapes markup and drops characters XML cannot carry', () => {
    expect(escapeXml('a < b & "c" > d\u0001')).toBe('a &lt; b &amp; &quot;c&quot; &gt; d');
  });
});
