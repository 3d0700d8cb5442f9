/**
 * The box of a node as the canvas draws it, shape and label together, estimated from the data
 * without a renderer: the layout workers, the precomputed lineage, the CLI's `layout` command
 * and the bench all make room for the same boxes. The label is wrapped as the canvas wraps it
 * (at word boundaries, Thai included: src/lib/domain/wrap-label.ts) at the stylesheet's
 * `text-max-width`, in the label size the stylesheet gives the node's kind and degree. And
 * where that box stands: a node's position is its shape's centre, the label hangs below.
 */
import type { NodeKind } from '../../../domain/kinds';
import { estimateTextWidth, wrapLabel } from '../../../domain/wrap-label';
import { nodeSizing } from '../../node-sizing';

/** As the stylesheet (src/lib/cytoscape/style.ts) draws node labels. */
export const LABEL = {
  /** `text-max-width`, px. */
  maxWidth: 110,
  /** `text-margin-y`, px between the shape and its label. */
  marginY: 4,
  /** Line height as a share of the font size. */
  lineHeight: 1.25,
  /** `text-outline-width`, drawn on both sides of the glyphs. */
  outline: 2.5,
};

/** Whether `text` is written in Thai (then it is wrapped with Thai word boundaries). */
export function langOf(text: string): 'th' | 'en' {
  return /[\u0e00-\u0e7f]/u.test(text) ? 'th' : 'en';
}

/** An ideology's label zoomed far out (style.ts `node.zoom-far[kind = "ideology"]`). */
export const FAR_IDEOLOGY_LABEL = { maxWidth: 300, outline: 5, bold: 1.15 };

/** A box by its centre and size, px. */
export interface CentredBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The box a node whose shape is centred at `at` takes on the canvas: the shape, then its label
 * hanging below, so the box's centre is `at.y - shape / 2 + height / 2`. `size` is the node's
 * box (nodeBox, layoutBox); a node of no kind is taken to have no shape above its label.
 */
export function drawnBox(
  at: { x: number; y: number },
  size: { width: number; height: number; kind?: NodeKind | undefined; degree: number },
): CentredBox {
  const shape = shapeHeightOf(size);
  return { x: at.x, y: at.y - shape / 2 + size.height / 2, width: size.width, height: size.height };
}

/** Where the shape's centre stands in a node box centred at `centre`: `drawnBox` undone. */
export function shapeCentre(
  centre: { x: number; y: number },
  size: { height: number; kind?: NodeKind | undefined; degree: number },
): { x: number; y: number } {
  const shape = shapeHeightOf(size);
  return { x: centre.x, y: centre.y - size.height / 2 + shape / 2 };
}

/** The height of a node's shape (its label hangs below it); none for a node of no kind. */
export function shapeHeightOf(node: { kind?: NodeKind | undefined; degree: number }): number {
  return node.kind === undefined ? 0 : nodeSizing(node.kind, node.degree).h;
}

/** The corners of a centred box. */
export function boxCorners(box: CentredBox): { x1: number; y1: number; x2: number; y2: number } {
  return {
    x1: box.x - box.width / 2,
    y1: box.y - box.height / 2,
    x2: box.x + box.width / 2,
    y2: box.y + box.height / 2,
  };
}

/** The box (px) of a node of `kind` and `degree` labelled `text`: shape, then label below. */
export function nodeBox(
  kind: NodeKind,
  text: string,
  degree: number,
): { width: number; height: number } {
  const sizing = nodeSizing(kind, degree);
  return boxOf(sizing.w, sizing.h, text, sizing.fs, LABEL.maxWidth, LABEL.outline);
}

/**
 * The box a lineage makes room for: an ideology's label zoomed far out, where the opening
 * view shows the family tree (larger than near: node-sizing.ts), the others' near label (far
 * out they give way to ideologies: label-declutter.ts).
 */
export function layoutBox(
  kind: NodeKind,
  text: string,
  degree: number,
): { width: number; height: number } {
  if (kind !== 'ideology') return nodeBox(kind, text, degree);
  const sizing = nodeSizing(kind, degree);
  const { maxWidth, outline } = FAR_IDEOLOGY_LABEL;
  const font = sizing.fsFar;
  const far = boxOf(sizing.w, sizing.h, text, font, maxWidth, outline);
  // The canvas draws ideology labels semibold (600), wider than the estimate of a regular
  // face; and where the estimate wraps a label the canvas may not (its glyphs narrower than
  // estimated), the line runs on up to the wrap width.
  const unwrapped = estimateTextWidth(text, font);
  const width = Math.max(far.width, Math.min(unwrapped, maxWidth) + 2 * outline);
  far.width = Math.round(width * FAR_IDEOLOGY_LABEL.bold);
  const near = nodeBox(kind, text, degree);
  return { width: Math.max(far.width, near.width), height: Math.max(far.height, near.height) };
}

function boxOf(
  shapeWidth: number,
  shapeHeight: number,
  text: string,
  font: number,
  maxWidth: number,
  outline: number,
): { width: number; height: number } {
  const lines =
    text === ''
      ? []
      : wrapLabel(text, langOf(text), maxWidth, (line) => estimateTextWidth(line, font));
  const textWidth = lines.reduce(
    (widest, line) => Math.max(widest, estimateTextWidth(line, font)),
    0,
  );
  const labelHeight = lines.length * font * LABEL.lineHeight;
  return {
    width: Math.round(Math.max(shapeWidth, textWidth + 2 * outline)),
    height: Math.round(shapeHeight + (lines.length > 0 ? LABEL.marginY + labelHeight : 0)),
  };
}
