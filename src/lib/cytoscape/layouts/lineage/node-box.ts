/**
 * The box of a node as the canvas draws it, shape and label together, estimated from the data
 * without a renderer: the layout workers, the precomputed lineage, the CLI's `layout` command
 * and the bench all make room for the same boxes. The label is wrapped as the canvas wraps it
 * (at word boundaries, Thai included: src/lib/domain/wrap-label.ts) at the stylesheet's
 * `text-max-width`, in the label size the stylesheet gives the node's kind and degree.
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

/** The box (px) of a node of `kind` and `degree` labelled `text`: shape, then label below. */
export function nodeBox(
  kind: NodeKind,
  text: string,
  degree: number,
): { width: number; height: number } {
  const sizing = nodeSizing(kind, degree);
  const font = sizing.fs;
  const lines =
    text === ''
      ? []
      : wrapLabel(text, langOf(text), LABEL.maxWidth, (line) => estimateTextWidth(line, font));
  const textWidth = lines.reduce(
    (widest, line) => Math.max(widest, estimateTextWidth(line, font)),
    0,
  );
  const labelHeight = lines.length * font * LABEL.lineHeight;
  return {
    width: Math.round(Math.max(sizing.w, textWidth + 2 * LABEL.outline)),
    height: Math.round(sizing.h + (lines.length > 0 ? LABEL.marginY + labelHeight : 0)),
  };
}
