/**
 * Drawing primitives shared by the PNG and SVG exports: the caption and the legend are laid out
 * once as a list of marks (text runs and paths, in CSS pixels) and then either painted onto a
 * canvas or written as SVG elements, so both pictures carry the same words in the same places.
 */
import { escapeXml } from './text';
import { num } from './geometry';

export interface TextMark {
  readonly kind: 'text';
  readonly x: number;
  /** The baseline. */
  readonly y: number;
  readonly text: string;
  readonly size: number;
  readonly weight: number;
  readonly color: string;
  readonly anchor?: 'start' | 'middle' | 'end';
  readonly role?: string;
}

export interface PathMark {
  readonly kind: 'path';
  /** SVG path data. */
  readonly d: string;
  readonly fill?: string;
  readonly stroke?: string;
  readonly width?: number;
  readonly dash?: readonly number[];
}

export type Mark = TextMark | PathMark;

/** Paints marks onto a 2D context already scaled to CSS pixels. */
export function drawMarks(
  context: CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D,
  marks: readonly Mark[],
  fontFamily: string,
): void {
  for (const mark of marks) {
    context.save();
    if (mark.kind === 'text') {
      context.font = `normal ${mark.weight} ${mark.size}px ${fontFamily}`;
      context.fillStyle = mark.color;
      context.textBaseline = 'alphabetic';
      context.textAlign = mark.anchor === 'middle' ? 'center' : (mark.anchor ?? 'start');
      context.fillText(mark.text, mark.x, mark.y);
    } else {
      const path = new Path2D(mark.d);
      if (mark.fill) {
        context.fillStyle = mark.fill;
        context.fill(path);
      }
      if (mark.stroke) {
        context.strokeStyle = mark.stroke;
        context.lineWidth = mark.width ?? 1;
        context.lineCap = 'butt';
        context.setLineDash(mark.dash ? [...mark.dash] : []);
        context.stroke(path);
      }
    }
    context.restore();
  }
}

/** Marks as SVG elements, one per line. */
export function marksToSvg(marks: readonly Mark[], indent = '    '): string {
  return marks
    .map((mark) => {
      if (mark.kind === 'text') {
        const anchor =
          mark.anchor && mark.anchor !== 'start' ? ` text-anchor="${mark.anchor}"` : '';
        const role = mark.role ? ` class="${mark.role}"` : '';
        return `${indent}<text${role} x="${num(mark.x)}" y="${num(mark.y)}" font-size="${num(mark.size)}" font-weight="${mark.weight}" fill="${mark.color}"${anchor}>${escapeXml(mark.text)}</text>`;
      }
      const fill = ` fill="${mark.fill ?? 'none'}"`;
      const stroke = mark.stroke
        ? ` stroke="${mark.stroke}" stroke-width="${num(mark.width ?? 1)}"${mark.dash?.length ? ` stroke-dasharray="${mark.dash.map(num).join(' ')}"` : ''}`
        : '';
      return `${indent}<path d="${mark.d}"${fill}${stroke}/>`;
    })
    .join('\n');
}
