/**
 * Paints the graph in `cy` onto a 2D context for a picture, in Cytoscape's own z-order and with
 * its own drawing code (the renderer's `drawElement`, what `cy.png` draws with), except for plain
 * straight lines. Those are what large-graph mode turns every edge into (haystack, no arrow, no
 * label), and Cytoscape's per-edge work for each (style look-ups, projections) was about two
 * thirds of a 5,000-node picture's drawing time; they are stroked here instead (LinePainter).
 */
import type { Core, EdgeSingular, NodeSingular } from 'cytoscape';
import { stylePx as px, styleText as text, type Styled as Element } from './style-values';

export type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The parts of Cytoscape's canvas renderer a picture is drawn with (not in its public API). */
interface CanvasRendererInternals {
  getCachedZSortedEles(): Element[];
  /**
   * `showLabel`: true draws the label whatever its size, null only if it is at least the
   * element's `min-zoomed-font-size` at the current zoom (as on screen), false never.
   */
  drawElement(context: Context2D, ele: Element, shift: undefined, showLabel: boolean | null): void;
}

function rendererOf(cy: Core): CanvasRendererInternals | null {
  const renderer = (
    cy as unknown as { renderer?(): Partial<CanvasRendererInternals> }
  ).renderer?.();
  return typeof renderer?.drawElement === 'function' &&
    typeof renderer.getCachedZSortedEles === 'function'
    ? (renderer as CanvasRendererInternals)
    : null;
}

/**
 * A visible edge drawn as a bare straight line from centre to centre: haystack with no radius,
 * no arrowheads, no label, no selection overlay or underlay. Anything else is Cytoscape's to draw.
 */
function isPlainLine(ele: Element): ele is EdgeSingular {
  return (
    ele.isEdge() &&
    text(ele, 'curve-style') === 'haystack' &&
    px(ele, 'haystack-radius') === 0 &&
    text(ele, 'target-arrow-shape') === 'none' &&
    text(ele, 'source-arrow-shape') === 'none' &&
    text(ele, 'mid-target-arrow-shape') === 'none' &&
    text(ele, 'mid-source-arrow-shape') === 'none' &&
    text(ele, 'label') === '' &&
    px(ele, 'overlay-opacity') === 0 &&
    px(ele, 'underlay-opacity') === 0 &&
    text(ele, 'line-fill') !== 'linear-gradient'
  );
}

/**
 * The line's dash pattern, or none when its dashes would be under a pixel in the picture: the
 * rasterizer would draw millions of slivers, and no eye could tell them from a solid line.
 */
function dashOf(edge: EdgeSingular, scale: number): readonly number[] {
  const style = text(edge, 'line-style');
  if (style !== 'dotted' && style !== 'dashed') return [];
  const numbers = text(edge, 'line-dash-pattern').match(/[\d.]+/g);
  const pattern = style === 'dotted' ? [1, 1] : numbers ? numbers.map(Number) : [6, 3];
  return Math.min(...pattern) * scale < 1 ? [] : pattern;
}

/** How a plain line is stroked; `key` tells two styles apart. */
interface LineStyle {
  readonly key: string;
  readonly color: string;
  readonly width: number;
  readonly opacity: number;
  readonly dash: readonly number[];
}

function lineStyleOf(edge: EdgeSingular, scale: number): LineStyle | null {
  const opacity = edge.effectiveOpacity() * px(edge, 'line-opacity');
  const width = px(edge, 'width');
  if (opacity <= 0 || width <= 0) return null;
  const color = text(edge, 'line-color');
  const dash = dashOf(edge, scale);
  return { key: `${color}|${width}|${opacity}|${dash.join(',')}`, color, width, opacity, dash };
}

/**
 * Strokes plain lines in the order given (Cytoscape's z-order). Consecutive opaque lines of one
 * style share a path and one stroke, which draws the same pixels; a translucent line is stroked
 * on its own, so that where lines overlap they darken as on screen, but without Cytoscape's
 * per-edge work (style look-ups, projections, arrows, labels), and the context's state is set
 * only when the style changes.
 */
class LinePainter {
  #key: string | null = null;
  #open = false;
  #saved = false;

  constructor(
    private readonly context: Context2D,
    private readonly scale: number,
  ) {}

  add(edge: EdgeSingular): void {
    const style = lineStyleOf(edge, this.scale);
    if (!style) return;
    const context = this.context;
    if (!this.#saved) {
      context.save();
      context.lineCap = 'butt';
      this.#saved = true;
    }
    if (style.key !== this.#key) {
      this.#stroke();
      context.strokeStyle = style.color;
      context.lineWidth = style.width;
      context.globalAlpha = style.opacity;
      context.setLineDash(style.dash as number[]);
      this.#key = style.key;
    }
    if (!this.#open) {
      context.beginPath();
      this.#open = true;
    }
    const from = (edge.source() as NodeSingular).position();
    const to = (edge.target() as NodeSingular).position();
    context.moveTo(from.x, from.y);
    context.lineTo(to.x, to.y);
    if (style.opacity < 1) this.#stroke();
  }

  /** Strokes what is pending and gives the context back as it was. */
  end(): void {
    this.#stroke();
    if (this.#saved) this.context.restore();
    this.#saved = false;
    this.#key = null;
  }

  #stroke(): void {
    if (!this.#open) return;
    this.context.stroke();
    this.#open = false;
  }
}

/** Text outlines thinner than this in the picture are left out. */
export const MIN_PICTURE_OUTLINE_PX = 0.5;

/**
 * Leaves out label outlines that would be thinner than `MIN_PICTURE_OUTLINE_PX` in the picture:
 * Cytoscape strokes each label's outline (`strokeText`) before filling it, and in a 5,000-node
 * picture at a fifth of the screen's size those invisible strokes were 40 % of the drawing time.
 * The context is the picture's own, made for this one drawing, so overriding its `strokeText`
 * touches nothing else; Cytoscape sets `lineWidth` to twice the outline's width just before.
 */
function skipHairlineTextOutlines(context: Context2D, scale: number): void {
  const strokeText = context.strokeText.bind(context);
  context.strokeText = (text: string, x: number, y: number, maxWidth?: number) => {
    // the stroke is centred on the glyphs' edge: half of it shows outside the fill
    if ((context.lineWidth / 2) * scale < MIN_PICTURE_OUTLINE_PX) return;
    if (maxWidth === undefined) strokeText(text, x, y);
    else strokeText(text, x, y, maxWidth);
  };
}

/** A box in model coordinates, as `cy.extent()` gives it. */
export interface ModelBox {
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

function overlaps(ele: Element, area: ModelBox): boolean {
  const box = ele.boundingBox();
  return box.x1 <= area.x2 && box.x2 >= area.x1 && box.y1 <= area.y2 && box.y2 >= area.y1;
}

/** Labels smaller than this in the picture are left out of a whole-graph picture: a smudge. */
export const MIN_PICTURE_FONT_PX = 2;

export interface PaintOptions {
  /** Picture pixels per model unit. */
  readonly scale: number;
  /**
   * `all`: every label at least `MIN_PICTURE_FONT_PX` tall in the picture, whatever the screen
   * hides (a whole-graph picture); `as-on-screen`: the labels the screen draws at its zoom
   * (`min-zoomed-font-size`), for a picture of the view.
   */
  readonly labels: 'all' | 'as-on-screen';
  /** Only what reaches into this box (the view): Cytoscape's `drawElements` does not cull. */
  readonly within?: ModelBox;
}

/**
 * Paints every visible element of `cy` onto `context` in model coordinates (the caller sets the
 * transform and any clip). Returns false, painting nothing, when the renderer cannot.
 */
export function paintGraph(cy: Core, context: Context2D, options: PaintOptions): boolean {
  const renderer = rendererOf(cy);
  if (!renderer) return false;
  const { within, scale, labels } = options;
  skipHairlineTextOutlines(context, scale);
  const lines = new LinePainter(context, scale);
  for (const ele of renderer.getCachedZSortedEles()) {
    if (isPlainLine(ele)) {
      if (ele.visible()) lines.add(ele);
      continue;
    }
    if (within && !overlaps(ele, within)) continue;
    lines.end();
    const showLabel =
      labels === 'as-on-screen' ? null : px(ele, 'font-size') * scale >= MIN_PICTURE_FONT_PX;
    renderer.drawElement(context, ele, undefined, showLabel);
  }
  lines.end();
  return true;
}
