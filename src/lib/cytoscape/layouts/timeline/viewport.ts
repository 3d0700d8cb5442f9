/**
 * Where the timeline opens: pure viewport maths over model points (the nodes and the axis).
 * Fitting the whole timeline would shrink its labels below legibility, so it opens at the least
 * zoom where every ideology label reads at 9 px or more, showing the axis on the left and the
 * start of time (or the focused node) at the top; a timeline that fits at that zoom is fitted.
 */
import { FIT_PADDING, fitBounds, viewportFor, type FitMargins, type Point } from '../../viewport';

/**
 * The least zoom at which the smallest ideology label (14 px, lineage/node-box.ts via
 * node-prominence.ts) is drawn at 9 px or more; above the zoom band where small labels hide.
 */
export const TIMELINE_READABLE_ZOOM = 0.66;

/** Room kept for the year labels left of the axis and the labels below the last nodes. */
const MARGINS: FitMargins = { left: 70, right: 60, top: 30, bottom: 60 };

export function timelineViewport(
  points: readonly Point[],
  canvas: { width: number; height: number },
  options: { minZoom: number; centre?: Point },
): { zoom: number; pan: Point } | null {
  const fit = viewportFor(points, canvas, { mode: 'all', minZoom: 0, margins: MARGINS });
  if (fit === null) return null;
  const zoom = Math.max(options.minZoom, fit.zoom, TIMELINE_READABLE_ZOOM);
  // At that zoom, centred on the whole timeline: what is kept where it all fits.
  const centred = viewportFor(points, canvas, { mode: 'all', minZoom: zoom, margins: MARGINS })!;
  const { x1, y1, x2, y2 } = fitBounds(points, MARGINS);
  const width = Math.max(canvas.width, 1);
  const height = Math.max(canvas.height, 1);
  // Across: centred when it all fits, else the axis at the left edge.
  const panX =
    (x2 - x1) * zoom <= width - 2 * FIT_PADDING ? centred.pan.x : FIT_PADDING - x1 * zoom;
  // Down: centred when it all fits, else from the focus (a third down) or from the start.
  const tall = (y2 - y1) * zoom > height - 2 * FIT_PADDING;
  const panY = !tall
    ? centred.pan.y
    : options.centre
      ? height / 3 - options.centre.y * zoom
      : FIT_PADDING - y1 * zoom;
  return { zoom, pan: { x: panX, y: panY } };
}
