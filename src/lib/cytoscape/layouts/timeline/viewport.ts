/**
 * Where the timeline opens: pure viewport maths over model points (the nodes and the axis).
 * Fitting the whole timeline would shrink its labels below legibility, so it opens at the least
 * zoom where every ideology label reads at 9 px or more, showing the axis on the left and the
 * start of time (or the focused node) at the top; a timeline that fits at that zoom is fitted.
 */
import { FIT_PADDING, MAX_FIT_ZOOM, type Point } from '../../viewport';

/**
 * The least zoom at which the smallest ideology label (14 px, lineage/node-box.ts via
 * node-prominence.ts) is drawn at 9 px or more; above the zoom band where small labels hide.
 */
export const TIMELINE_READABLE_ZOOM = 0.66;

/** Room kept for the year labels left of the axis and the labels below the last nodes. */
const AXIS_LABEL_PX = 70;
const LABEL_BELOW_PX = 60;

export function timelineViewport(
  points: readonly Point[],
  canvas: { width: number; height: number },
  options: { minZoom: number; centre?: Point },
): { zoom: number; pan: Point } | null {
  if (points.length === 0) return null;
  const x1 = Math.min(...points.map((p) => p.x)) - AXIS_LABEL_PX;
  const x2 = Math.max(...points.map((p) => p.x)) + 60;
  const y1 = Math.min(...points.map((p) => p.y)) - 30;
  const y2 = Math.max(...points.map((p) => p.y)) + LABEL_BELOW_PX;
  const width = Math.max(canvas.width, 1);
  const height = Math.max(canvas.height, 1);
  const fit = Math.min(
    (width - 2 * FIT_PADDING) / (x2 - x1),
    (height - 2 * FIT_PADDING) / (y2 - y1),
    MAX_FIT_ZOOM,
  );
  const zoom = Math.max(
    options.minZoom,
    fit >= TIMELINE_READABLE_ZOOM ? fit : TIMELINE_READABLE_ZOOM,
  );
  // Across: centred when it all fits, else the axis at the left edge.
  const panX =
    (x2 - x1) * zoom <= width - 2 * FIT_PADDING
      ? width / 2 - ((x1 + x2) / 2) * zoom
      : FIT_PADDING - x1 * zoom;
  // Down: centred when it all fits, else from the focus (a third down) or from the start.
  const tall = (y2 - y1) * zoom > height - 2 * FIT_PADDING;
  const panY = !tall
    ? height / 2 - ((y1 + y2) / 2) * zoom
    : options.centre
      ? height / 3 - options.centre.y * zoom
      : FIT_PADDING - y1 * zoom;
  return { zoom, pan: { x: panX, y: panY } };
}
