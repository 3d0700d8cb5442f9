/**
 * Readable labels at the opening view, one measure for the app and for a drawing it did not
 * make. A label is readable when it is drawn, at least 9 px on screen and not covered by
 * another drawn label. For the app the labels come from `window.__isms.snapshot()`; for another
 * engine's drawing (Graphviz dot's) they are computed from geometry: the drawing fitted into
 * the same canvas as the app fits a view (viewport.ts), each label at the size and wrap width
 * the stylesheet gives it at that zoom (the semantic zoom bands of label-bands.ts and
 * style.ts), hung below its shape as Cytoscape hangs it.
 */
import type { NodeKind } from '../../src/lib/domain/kinds';
import { estimateTextWidth, wrapLabel } from '../../src/lib/domain/wrap-label';
import { LABEL, langOf } from '../../src/lib/cytoscape/layouts/lineage/node-box';
import { nodeSizing } from '../../src/lib/cytoscape/node-sizing';
import { viewportFor } from '../../src/lib/cytoscape/viewport';
import { MID_BAND_BELOW } from '../../src/lib/cytoscape/label-bands';

/** The least on-screen font size a person reads without effort, px. */
export const READABLE_FONT_PX = 9;

/** A label as it is on screen. */
export interface ScreenLabel {
  id: string;
  kind: string;
  drawn: boolean;
  fontPx: number;
  box: { x1: number; y1: number; x2: number; y2: number };
}

/** How many labels are readable, of all and of the ideologies. */
export interface ReadableCount {
  readable: number;
  readableIdeologies: number;
}

const overlap = (a: ScreenLabel['box'], b: ScreenLabel['box']) =>
  a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The readable labels among `labels`: drawn, ≥ 9 px, overlapping no other drawn label. */
export function readableLabels(labels: readonly ScreenLabel[]): ReadableCount {
  const drawn = labels.filter((l) => l.drawn && l.box.x2 > l.box.x1);
  let readable = 0;
  let readableIdeologies = 0;
  for (const label of drawn) {
    if (label.fontPx < READABLE_FONT_PX) continue;
    if (drawn.some((other) => other !== label && overlap(label.box, other.box))) continue;
    readable++;
    if (label.kind === 'ideology') readableIdeologies++;
  }
  return { readable, readableIdeologies };
}

/** How many drawn labels overlap another drawn label. */
export function coveredLabels(labels: readonly ScreenLabel[]): number {
  const drawn = labels.filter((l) => l.drawn && l.box.x2 > l.box.x1);
  return drawn.filter((label) =>
    drawn.some((other) => other !== label && overlap(label.box, other.box)),
  ).length;
}

/** A node of a drawing in model coordinates, with what sizes its label. */
export interface ModelNode {
  id: string;
  kind: NodeKind;
  label: string;
  /** Degree in the whole graph, as the canvas sizes nodes. */
  degree: number;
  x: number;
  y: number;
}

/**
 * The stylesheet's label at `zoom` (style.ts, label-bands.ts): far out (< 0.3) labels take
 * their far font (node-sizing.ts `fsFar`) and wrap at 220 px (ideologies at 300), and nodes
 * other than ideologies of degree < 7 lose theirs; at mid zoom (< MID_BAND_BELOW) they take
 * their mid font (ideologies wrap at 200) and others of degree < 3 lose theirs.
 */
function labelStyle(zoom: number, degree: number, kind: NodeKind) {
  const sizing = nodeSizing(kind, degree);
  const ideology = kind === 'ideology';
  if (zoom < 0.3)
    return {
      font: sizing.fsFar,
      maxWidth: ideology ? 300 : 220,
      outline: 5,
      shown: ideology || degree >= 7,
    } as const;
  if (zoom < MID_BAND_BELOW)
    return {
      font: sizing.fsMid,
      maxWidth: ideology ? 200 : LABEL.maxWidth,
      outline: LABEL.outline,
      shown: ideology || degree >= 3,
    };
  return { font: sizing.fs, maxWidth: LABEL.maxWidth, outline: LABEL.outline, shown: true };
}

/**
 * The labels of a drawing fitted into `canvas` as the app fits a view: the zoom, and each
 * label on screen. Font px = the stylesheet's font at that zoom × zoom; a label is drawn when
 * its band shows it and it reaches Cytoscape's `min-zoomed-font-size` (`minFontPx`).
 */
export function fittedLabels(
  nodes: readonly ModelNode[],
  canvas: { width: number; height: number },
  minFontPx: number,
): { zoom: number; labels: ScreenLabel[] } {
  const view = viewportFor(nodes, canvas, { mode: 'all', minZoom: 0 });
  if (!view) return { zoom: 1, labels: [] };
  const { zoom, pan } = view;
  const labels = nodes.map((node) => {
    const sizing = nodeSizing(node.kind, node.degree);
    const style = labelStyle(zoom, node.degree, node.kind);
    const lines = wrapLabel(node.label, langOf(node.label), style.maxWidth, (line) =>
      estimateTextWidth(line, style.font),
    );
    const width =
      lines.reduce((widest, line) => Math.max(widest, estimateTextWidth(line, style.font)), 0) +
      2 * style.outline;
    const top = node.y + sizing.h / 2 + LABEL.marginY;
    const height = lines.length * style.font * LABEL.lineHeight;
    const fontPx = style.font * zoom;
    return {
      id: node.id,
      kind: node.kind,
      drawn: style.shown && lines.length > 0 && fontPx >= minFontPx,
      fontPx,
      box: {
        x1: (node.x - width / 2) * zoom + pan.x,
        y1: top * zoom + pan.y,
        x2: (node.x + width / 2) * zoom + pan.x,
        y2: (top + height) * zoom + pan.y,
      },
    };
  });
  // The canvas's declutter (label-declutter.ts): ideologies win, and any other label touching
  // an ideology's is hidden, so what is drawn is what a person reads.
  const ideologies = labels.filter((label) => label.drawn && label.kind === 'ideology');
  for (const label of labels) {
    if (!label.drawn || label.kind === 'ideology') continue;
    if (ideologies.some((other) => overlap(label.box, other.box))) label.drawn = false;
  }
  return { zoom, labels };
}
