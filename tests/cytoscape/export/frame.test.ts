import { describe, expect, it } from 'vitest';
import {
  FRAME,
  frameScale,
  layoutFrame,
  type FrameOptions,
  type LegendEntries,
} from '../../../src/lib/cytoscape/export/frame';
import type { Mark, TextMark } from '../../../src/lib/cytoscape/export/marks';

/** Every character half the font size wide. */
const measure = (text: string, size: number) => [...text].length * size * 0.5;
const theme = { text: '#111', muted: '#666', rule: '#ccc', swatchOutline: '#fff' };

const legend: LegendEntries = {
  headings: { kinds: 'Kinds', relations: 'Relations', lines: 'Lines' },
  kinds: [
    { label: 'Ideologies', color: '#4f6bd8', shape: 'round-rectangle' },
    { label: 'People', color: '#d9822b', shape: 'ellipse' },
  ],
  relations: [{ label: 'derived from', color: '#3d4f9f', arrow: 'triangle', width: 2.6 }],
  lines: [{ label: 'disputed (?)', dash: [7, 4] }],
};

const caption = {
  title: 'Communism',
  subtitle: 'Neighbourhood of Maoism, 1 step out · 7 nodes, 13 edges · Lineage layout',
  source: 'Source: ลัทธิคอมมิวนิสต์ — Thai Wikipedia (CC BY-SA 4.0)',
};

function options(overrides: Partial<FrameOptions> = {}): FrameOptions {
  return { caption, legend, theme, measure, lang: 'en', ...overrides };
}

const texts = (marks: readonly Mark[]) => marks.filter((m): m is TextMark => m.kind === 'text');

describe('layoutFrame', () => {
  it('puts the title above the graph, the legend and the source below it', () => {
    const frame = layoutFrame({ width: 800, height: 600 }, options());
    const words = texts(frame.marks);
    const title = words.find((m) => m.role === 'title')!;
    const source = words.find((m) => m.role === 'source')!;
    const legendWords = words.filter((m) => m.role === 'legend');
    expect(title.text).toBe('Communism');
    expect(title.y).toBeLessThan(frame.content.y);
    expect(legendWords.map((m) => m.text)).toEqual([
      'Kinds',
      'Ideologies',
      'People',
      'Relations',
      'derived from',
      'Lines',
      'disputed (?)',
    ]);
    for (const word of legendWords) expect(word.y).toBeGreaterThan(frame.content.y + 600);
    expect(source.y).toBeGreaterThan(Math.max(...legendWords.map((m) => m.y)));
    expect(source.y).toBeLessThan(frame.height);
    expect(frame.content).toMatchObject({ x: FRAME.margin, width: 800, height: 600 });
    expect(frame.width).toBe(800 + 2 * FRAME.margin);
  });

  it('is at least wide enough for the words around a narrow graph, which it centres', () => {
    const frame = layoutFrame({ width: 100, height: 300 }, options());
    expect(frame.width).toBe(FRAME.minWidth + 2 * FRAME.margin);
    expect(frame.content.x).toBe(FRAME.margin + (FRAME.minWidth - 100) / 2);
  });

  it('wraps long words within the frame', () => {
    const wide = (text: string, size: number) => [...text].length * size * 0.6;
    const frame = layoutFrame({ width: 100, height: 300 }, options({ measure: wide }));
    for (const mark of texts(frame.marks)) {
      const width = wide(mark.text, mark.size);
      expect(mark.x + width).toBeLessThanOrEqual(FRAME.margin + FRAME.minWidth + 0.001);
    }
    expect(texts(frame.marks).filter((m) => m.role === 'subtitle').length).toBeGreaterThan(1);
  });

  it('leaves only a margin round the graph without caption or legend', () => {
    const frame = layoutFrame(
      { width: 300, height: 200 },
      options({ caption: null, legend: null }),
    );
    expect(frame.marks).toEqual([]);
    expect(frame).toMatchObject({
      width: 300 + 2 * FRAME.margin,
      height: 200 + 2 * FRAME.margin,
      content: { x: FRAME.margin, y: FRAME.margin },
    });
  });

  it('draws one swatch per kind and an arrowhead per relation', () => {
    const frame = layoutFrame({ width: 800, height: 600 }, options({ caption: null }));
    const paths = frame.marks.filter((m) => m.kind === 'path');
    const fills = paths.map((p) => (p.kind === 'path' ? p.fill : undefined));
    expect(fills.filter((f) => f === '#4f6bd8' || f === '#d9822b')).toHaveLength(2);
    expect(fills.filter((f) => f === '#3d4f9f')).toHaveLength(1);
    expect(paths.some((p) => p.kind === 'path' && p.dash?.length === 2)).toBe(true);
  });

  it('grows the words with a large graph, up to two and a half times', () => {
    expect(frameScale({ width: 800, height: 600 })).toBe(1);
    expect(frameScale({ width: 4400, height: 1000 })).toBe(2);
    expect(frameScale({ width: 40000, height: 1000 })).toBe(2.5);
    const big = layoutFrame({ width: 4400, height: 1000 }, options());
    expect(texts(big.marks).find((m) => m.role === 'title')!.size).toBe(2 * FRAME.title.size);
  });
});
