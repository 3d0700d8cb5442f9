/**
 * Viewport maths, framework-free and Cytoscape-free: where the viewport goes to show a set of
 * model points. The facade (graph-view.ts) applies the answer to `cy`.
 */

/** How long viewport and layout animations take. */
export const ANIMATION_MS = 420;
/** Screen pixels kept free around a fit. */
export const FIT_PADDING = 48;
/** The least zoom at which 12px labels stay legible; a fit below this shows only dots. */
export const READABLE_ZOOM = 0.62;
/** Small graphs are not blown up beyond this zoom by a fit. */
export const MAX_FIT_ZOOM = 1.3;

export type Point = { x: number; y: number };

/** Model px kept around the points of a fit: labels hang below nodes and spread sideways. */
export interface FitMargins {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const LABEL_MARGINS: FitMargins = { left: 60, right: 60, top: 30, bottom: 45 };

/** The box around `points` with `margins` kept free, in model px. */
export function fitBounds(
  points: readonly Point[],
  margins: FitMargins = LABEL_MARGINS,
): { x1: number; y1: number; x2: number; y2: number } {
  return {
    x1: Math.min(...points.map((p) => p.x)) - margins.left,
    x2: Math.max(...points.map((p) => p.x)) + margins.right,
    y1: Math.min(...points.map((p) => p.y)) - margins.top,
    y2: Math.max(...points.map((p) => p.y)) + margins.bottom,
  };
}

/**
 * The zoom and pan that show `points` in a `width` × `height` canvas. `all` fits every point;
 * `readable` fits too, unless `centre` is given and labels would be too small to read, in which
 * case it zooms to a readable scale centred on `centre`. Never below `minZoom`. `margins`
 * (model px) are kept around the points, by default room for the labels. Null for no points.
 */
export function viewportFor(
  points: readonly Point[],
  canvas: { width: number; height: number },
  options: { mode: 'all' | 'readable'; centre?: Point; minZoom: number; margins?: FitMargins },
): { zoom: number; pan: Point } | null {
  if (points.length === 0) return null;
  const { x1, y1, x2, y2 } = fitBounds(points, options.margins);
  const width = Math.max(canvas.width, 1);
  const height = Math.max(canvas.height, 1);
  let zoom = Math.min(
    (width - 2 * FIT_PADDING) / (x2 - x1),
    (height - 2 * FIT_PADDING) / (y2 - y1),
    MAX_FIT_ZOOM,
  );
  let cx = (x1 + x2) / 2;
  let cy = (y1 + y2) / 2;
  const p = options.centre;
  if (options.mode === 'readable' && zoom < READABLE_ZOOM && p) {
    zoom = READABLE_ZOOM;
    cx = p.x;
    cy = p.y;
  }
  zoom = Math.max(options.minZoom, zoom);
  return { zoom, pan: { x: width / 2 - cx * zoom, y: height / 2 - cy * zoom } };
}
