/**
 * Where the view goes after a layout: pure arithmetic over model points and the canvas size, so
 * that it can be tested without a canvas. GraphView applies the result with `cy.viewport`.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Viewport {
  readonly zoom: number;
  readonly pan: Point;
}

export interface ViewSize {
  readonly width: number;
  readonly height: number;
  /** The least zoom the view allows (`cy.minZoom()`). */
  readonly minZoom: number;
}

/** Space left around what is fitted, in screen pixels. */
export const FIT_PADDING = 48;
/** The least zoom at which 12px labels stay legible; a fit below this shows only dots. */
export const READABLE_ZOOM = 0.62;
/** Small graphs are not blown up beyond this zoom by a fit. */
export const MAX_FIT_ZOOM = 1.3;
/** A node and its neighbours are not framed closer than this: it is context, not a close-up. */
export const MAX_FOCUS_ZOOM = 1;
/**
 * Labels hang below nodes and spread sideways: points are padded by this much (model units) so
 * that the labels of the outermost nodes stay in view.
 */
const LABEL_ROOM = { side: 60, above: 30, below: 45 } as const;

interface Box {
  readonly x1: number;
  readonly x2: number;
  readonly y1: number;
  readonly y2: number;
}

function labelBox(points: readonly Point[]): Box {
  let x1 = Infinity;
  let x2 = -Infinity;
  let y1 = Infinity;
  let y2 = -Infinity;
  for (const p of points) {
    x1 = Math.min(x1, p.x);
    x2 = Math.max(x2, p.x);
    y1 = Math.min(y1, p.y);
    y2 = Math.max(y2, p.y);
  }
  return {
    x1: x1 - LABEL_ROOM.side,
    x2: x2 + LABEL_ROOM.side,
    y1: y1 - LABEL_ROOM.above,
    y2: y2 + LABEL_ROOM.below,
  };
}

/** The zoom that fits `box` in the view within the padding. */
function zoomToFit(box: Box, size: ViewSize): number {
  return Math.min(
    (Math.max(size.width, 1) - 2 * FIT_PADDING) / (box.x2 - box.x1),
    (Math.max(size.height, 1) - 2 * FIT_PADDING) / (box.y2 - box.y1),
  );
}

function centred(centre: Point, zoom: number, size: ViewSize): Viewport {
  const z = Math.max(size.minZoom, zoom);
  return {
    zoom: z,
    pan: { x: size.width / 2 - centre.x * z, y: size.height / 2 - centre.y * z },
  };
}

/** Shows every point (and its label), not closer than `MAX_FIT_ZOOM`. */
export function fitViewport(points: readonly Point[], size: ViewSize): Viewport | null {
  if (points.length === 0) return null;
  const box = labelBox(points);
  const zoom = Math.min(zoomToFit(box, size), MAX_FIT_ZOOM);
  return centred({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom, size);
}

/** A node in focus and the neighbours shown around it. */
export interface FocusPoints {
  readonly at: Point;
  readonly near: readonly Point[];
}

/**
 * Shows every point if their labels can be read that way; otherwise, when a node is in focus,
 * frames it with as many of its neighbours as fit at a readable zoom, the nearest first, at most
 * `MAX_FOCUS_ZOOM` close. (A lineage spreads a node's neighbours wide: centring the node alone
 * left its parents and children off the edges of the view.)
 */
export function readableViewport(
  points: readonly Point[],
  focus: FocusPoints | null,
  size: ViewSize,
): Viewport | null {
  const all = fitViewport(points, size);
  if (!all || !focus || all.zoom >= READABLE_ZOOM) return all;
  const { at } = focus;
  const distance = (p: Point) => Math.hypot(p.x - at.x, p.y - at.y);
  const nearestFirst = [...focus.near].sort((a, b) => distance(a) - distance(b));
  let box = labelBox([at]);
  let framed = 0;
  for (const p of nearestFirst) {
    const wider = union(box, labelBox([p]));
    if (zoomToFit(wider, size) >= READABLE_ZOOM) {
      box = wider;
      framed++;
    }
  }
  const nearest = nearestFirst[0];
  if (framed === 0 && nearest) {
    // every neighbour is further than a readable view reaches: the node moves halfway to the
    // edge that faces the nearest one, so that more of the way there is in view
    const reachX = (size.width / 2 - FIT_PADDING) / READABLE_ZOOM / 2;
    const reachY = (size.height / 2 - FIT_PADDING) / READABLE_ZOOM / 2;
    const clamp = (value: number, around: number, reach: number) =>
      Math.min(Math.max(value, around - reach), around + reach);
    return centred(
      { x: clamp(nearest.x, at.x, reachX), y: clamp(nearest.y, at.y, reachY) },
      READABLE_ZOOM,
      size,
    );
  }
  const zoom = Math.min(Math.max(zoomToFit(box, size), READABLE_ZOOM), MAX_FOCUS_ZOOM);
  return centred({ x: (box.x1 + box.x2) / 2, y: (box.y1 + box.y2) / 2 }, zoom, size);
}

function union(a: Box, b: Box): Box {
  return {
    x1: Math.min(a.x1, b.x1),
    x2: Math.max(a.x2, b.x2),
    y1: Math.min(a.y1, b.y1),
    y2: Math.max(a.y2, b.y2),
  };
}
