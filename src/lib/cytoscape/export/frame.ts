/**
 * The frame around an exported graph: a caption above (title, what is shown), the legend below
 * (the kinds and relations in the picture, drawn with the canvas's own shapes and colours) and the
 * source line at the foot. Laid out once, in CSS pixels, as marks that the PNG paints and the SVG
 * writes. Text is measured by the caller (the real fonts in the browser), so this stays pure.
 */
import { arrowPath, arrowSize, nodeShapePath, num } from './geometry';
import type { Mark } from './marks';
import { wrapProse, type Measure } from './text';

export interface LegendEntries {
  readonly headings: { readonly kinds: string; readonly relations: string; readonly lines: string };
  readonly kinds: readonly { label: string; color: string; shape: string }[];
  readonly relations: readonly { label: string; color: string; arrow: string; width: number }[];
  /** Line styles in the picture (disputed, inferred) with their dash patterns. */
  readonly lines: readonly { label: string; dash: readonly number[] }[];
}

export interface Caption {
  readonly title: string;
  /** What is shown: the query or focus, counts, layout. */
  readonly subtitle: string;
  /** The source line (attribution and licence). */
  readonly source: string;
}

export interface FrameTheme {
  readonly text: string;
  readonly muted: string;
  readonly rule: string;
  /** The outline around legend swatches (the canvas's node border). */
  readonly swatchOutline: string;
}

export interface FrameOptions {
  readonly caption: Caption | null;
  readonly legend: LegendEntries | null;
  readonly theme: FrameTheme;
  readonly measure: Measure;
  /** The language of the words, for line breaking. */
  readonly lang: string;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Frame {
  readonly width: number;
  readonly height: number;
  /** Where the graph picture goes. */
  readonly content: Box;
  readonly marks: readonly Mark[];
}

/** Sizes in CSS pixels at scale 1; the whole frame scales with the picture. */
export const FRAME = {
  margin: 28,
  /** The frame is at least this wide when it has a caption or legend, so the words fit. */
  minWidth: 520,
  title: { size: 22, weight: 700, line: 30 },
  subtitle: { size: 14, weight: 400, line: 20 },
  source: { size: 11.5, weight: 400, line: 16 },
  legendHeading: { size: 12, weight: 700 },
  legendItem: { size: 13, weight: 400 },
  legendRow: 24,
  gap: 18,
} as const;

/**
 * How much larger than `FRAME` the words are drawn around a large graph: a caption in 22 px type
 * over a graph three thousand pixels wide reads like a footnote. Grows with the square root of
 * the graph's longer side past 1,100 px, up to 2.5 times.
 */
export function frameScale(content: { width: number; height: number }): number {
  return Math.min(2.5, Math.max(1, Math.sqrt(Math.max(content.width, content.height) / 1100)));
}

type TextStyle = { size: number; weight: number; line: number };

/** Baseline of a line of `size` px text whose line box starts at `top` (room for Thai marks above). */
const baseline = (top: number, size: number, line: number) => top + (line - size) / 2 + size * 0.9;

/** Lays out the frame around a graph picture of `content` size. */
export function layoutFrame(
  content: { width: number; height: number },
  options: FrameOptions,
): Frame {
  const { caption, legend, theme, measure, lang } = options;
  const decorated = caption !== null || legend !== null;
  const k = frameScale(content);
  const style = (s: TextStyle): TextStyle => ({
    size: s.size * k,
    weight: s.weight,
    line: s.line * k,
  });
  const m = FRAME.margin * k;
  const gap = FRAME.gap * k;
  const inner = Math.max(content.width, decorated ? FRAME.minWidth * k : 0);
  const marks: Mark[] = [];
  let y = m;

  const block = (text: string, base: TextStyle, color: string, role: string) => {
    if (text === '') return;
    const { size, weight, line } = style(base);
    for (const words of wrapProse(text, inner, (t) => measure(t, size, weight), lang)) {
      marks.push({
        kind: 'text',
        x: m,
        y: baseline(y, size, line),
        text: words,
        size,
        weight,
        color,
        role,
      });
      y += line;
    }
  };

  if (caption) {
    block(caption.title, FRAME.title, theme.text, 'title');
    block(caption.subtitle, FRAME.subtitle, theme.muted, 'subtitle');
    y += gap * 0.75;
  }

  const box: Box = {
    x: m + (inner - content.width) / 2,
    y,
    width: content.width,
    height: content.height,
  };
  y += content.height;

  if (legend && (legend.kinds.length || legend.relations.length || legend.lines.length)) {
    y += gap;
    marks.push({
      kind: 'path',
      d: `M${num(m)} ${num(y)}H${num(m + inner)}`,
      stroke: theme.rule,
      width: k,
    });
    y += gap * 0.6;
    y = layoutLegend(legend, { x: m, y, width: inner }, k, theme, measure, marks);
  }

  if (caption && caption.source !== '') {
    y += gap * 0.6;
    block(caption.source, FRAME.source, theme.muted, 'source');
  }
  y += m;
  return { width: inner + 2 * m, height: y, content: box, marks };
}

/** Flows the legend's groups into rows within `area`; returns the y below the last row. */
function layoutLegend(
  legend: LegendEntries,
  area: { x: number; y: number; width: number },
  k: number,
  theme: FrameTheme,
  measure: Measure,
  marks: Mark[],
): number {
  const row = FRAME.legendRow * k;
  const item = { size: FRAME.legendItem.size * k, weight: FRAME.legendItem.weight };
  const heading = { size: FRAME.legendHeading.size * k, weight: FRAME.legendHeading.weight };
  const right = area.x + area.width;
  let y: number = area.y;

  const textAt = (
    text: string,
    at: number,
    style: { size: number; weight: number },
    color: string,
  ) =>
    marks.push({
      kind: 'text',
      x: at,
      y: baseline(y, style.size, row),
      text,
      size: style.size,
      weight: style.weight,
      color,
      role: 'legend',
    });

  // Headings in a column of their own; a group's entries wrap to the column after it.
  const headings = [legend.headings.kinds, legend.headings.relations, legend.headings.lines];
  const column =
    Math.max(...headings.map((h) => measure(h, heading.size, heading.weight))) + 16 * k;
  const start = area.x + Math.min(column, area.width / 3);
  let first = true;

  const group = (
    title: string,
    entries: { swatch: number; label: string; draw(x: number, mid: number): void }[],
  ) => {
    if (entries.length === 0) return;
    if (!first) y += row;
    first = false;
    textAt(title, area.x, heading, theme.muted);
    let x = start;
    for (const entry of entries) {
      const width = entry.swatch + 6 * k + measure(entry.label, item.size, item.weight);
      if (x + width > right && x > start) {
        x = start;
        y += row;
      }
      entry.draw(x, y + row / 2);
      textAt(entry.label, x + entry.swatch + 6 * k, item, theme.text);
      x += width + 18 * k;
    }
  };

  const swatch = 18 * k;
  const line = 34 * k;
  group(
    legend.headings.kinds,
    legend.kinds.map((kind) => ({
      swatch,
      label: kind.label,
      draw: (at, mid) =>
        marks.push({
          kind: 'path',
          d: nodeShapePath(
            kind.shape,
            at + swatch / 2,
            mid,
            (kind.shape === 'round-rectangle' ? 18 : 15) * k,
            15 * k,
          ),
          fill: kind.color,
          stroke: theme.swatchOutline,
          width: k,
        }),
    })),
  );
  group(
    legend.headings.relations,
    legend.relations.map((relation) => ({
      swatch: line,
      label: relation.label,
      draw: (at, mid) => {
        const width = relation.width * k;
        const size = arrowSize(relation.width, 0.9) * k;
        const tip = { x: at + line, y: mid };
        const gap =
          relation.arrow === 'none' ? 0 : relation.arrow === 'circle' ? size * 0.15 : 4 * k;
        marks.push({
          kind: 'path',
          d: `M${num(at)} ${num(mid)}H${num(tip.x - gap)}`,
          stroke: relation.color,
          width,
        });
        const head = arrowPath(relation.arrow, tip, { x: 1, y: 0 }, size);
        if (head) marks.push({ kind: 'path', d: head, fill: relation.color });
      },
    })),
  );
  group(
    legend.headings.lines,
    legend.lines.map((style) => ({
      swatch: line,
      label: style.label,
      draw: (at, mid) =>
        marks.push({
          kind: 'path',
          d: `M${num(at)} ${num(mid)}H${num(at + line)}`,
          stroke: theme.muted,
          width: 1.6 * k,
          dash: style.dash.map((d) => d * k),
        }),
    })),
  );
  return y + row;
}
