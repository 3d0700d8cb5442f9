/**
 * Shapes as SVG path data, drawn the way Cytoscape's canvas renderer draws them: node shapes
 * from the same unit polygons (fitted to the node's box, corners rounded with the same radii)
 * and arrowheads from the same unit points and size rule. The SVG export writes these paths and
 * the PNG legend fills them through `Path2D`, so a swatch, a node and an arrow have one geometry.
 */

export interface Point {
  readonly x: number;
  readonly y: number;
}

/** A number for path data: two decimals at most, no trailing zeros, never `-0`. */
export function num(n: number): string {
  const rounded = Math.round(n * 100) / 100;
  return Object.is(rounded, -0) ? '0' : String(rounded);
}

/** Cytoscape's `generateUnitNgonPointsFitToSquare`: a regular n-gon stretched to the unit square. */
function unitNgon(sides: number): number[] {
  const increment = (2 * Math.PI) / sides;
  const start = sides % 2 === 0 ? Math.PI / 2 + increment / 2 : Math.PI / 2;
  const points: number[] = [];
  for (let i = 0; i < sides; i++) {
    const angle = i * increment + start;
    points.push(Math.cos(angle), Math.sin(-angle));
  }
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < points.length; i += 2) {
    minX = Math.min(minX, points[i]!);
    maxX = Math.max(maxX, points[i]!);
    minY = Math.min(minY, points[i + 1]!);
    maxY = Math.max(maxY, points[i + 1]!);
  }
  const sx = 2 / (maxX - minX);
  const sy = 2 / (maxY - minY);
  for (let i = 0; i < points.length; i += 2) {
    points[i] = points[i]! * sx;
    points[i + 1] = points[i + 1]! * sy;
  }
  const top = Math.min(...points.filter((_, i) => i % 2 === 1));
  if (top < -1) for (let i = 1; i < points.length; i += 2) points[i] = points[i]! + (-1 - top);
  return points;
}

/** Unit polygons (x, y pairs in [-1, 1]) of the shapes the stylesheet uses. */
const POLYGONS: Record<string, readonly number[]> = {
  rectangle: unitNgon(4),
  hexagon: unitNgon(6),
  octagon: unitNgon(8),
  diamond: [0, 1, 1, 0, 0, -1, -1, 0],
  tag: [-1, -1, 0.25, -1, 1, 0, 0.25, 1, -1, 1],
  triangle: unitNgon(3),
};

function scaled(unit: readonly number[], cx: number, cy: number, w: number, h: number): Point[] {
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    points.push({ x: cx + (unit[i]! * w) / 2, y: cy + (unit[i + 1]! * h) / 2 });
  }
  return points;
}

function polygonPath(points: readonly Point[]): string {
  return `M${points.map((p) => `${num(p.x)} ${num(p.y)}`).join('L')}Z`;
}

/** A polygon whose corners are cut back by `radius` and joined by quadratic curves. */
function roundedPolygonPath(points: readonly Point[], radius: number): string {
  const n = points.length;
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const prev = points[(i + n - 1) % n]!;
    const at = points[i]!;
    const next = points[(i + 1) % n]!;
    const toward = (from: Point, to: Point, d: number): Point => {
      const len = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      const t = Math.min(d, len / 2) / len;
      return { x: from.x + (to.x - from.x) * t, y: from.y + (to.y - from.y) * t };
    };
    const a = toward(at, prev, radius);
    const b = toward(at, next, radius);
    parts.push(
      `${i === 0 ? 'M' : 'L'}${num(a.x)} ${num(a.y)}Q${num(at.x)} ${num(at.y)} ${num(b.x)} ${num(b.y)}`,
    );
  }
  return `${parts.join('')}Z`;
}

function ellipsePath(cx: number, cy: number, rx: number, ry: number): string {
  return (
    `M${num(cx - rx)} ${num(cy)}` +
    `A${num(rx)} ${num(ry)} 0 1 0 ${num(cx + rx)} ${num(cy)}` +
    `A${num(rx)} ${num(ry)} 0 1 0 ${num(cx - rx)} ${num(cy)}Z`
  );
}

/**
 * The outline of a node shape centred on (cx, cy) with width `w` and height `h`, as Cytoscape
 * draws it (round shapes use its corner radii: min(w, h) / 4 up to 8 for rectangles, / 10 for
 * polygons). Unknown shapes fall back to an ellipse.
 */
export function nodeShapePath(shape: string, cx: number, cy: number, w: number, h: number): string {
  const round = shape.startsWith('round-');
  const base = shape.replace(/^round-?/, '');
  if (shape === 'roundrectangle' || shape === 'round-rectangle') {
    const r = Math.min(w / 4, h / 4, 8);
    const [x1, y1, x2, y2] = [cx - w / 2, cy - h / 2, cx + w / 2, cy + h / 2];
    return (
      `M${num(x1 + r)} ${num(y1)}H${num(x2 - r)}Q${num(x2)} ${num(y1)} ${num(x2)} ${num(y1 + r)}` +
      `V${num(y2 - r)}Q${num(x2)} ${num(y2)} ${num(x2 - r)} ${num(y2)}` +
      `H${num(x1 + r)}Q${num(x1)} ${num(y2)} ${num(x1)} ${num(y2 - r)}` +
      `V${num(y1 + r)}Q${num(x1)} ${num(y1)} ${num(x1 + r)} ${num(y1)}Z`
    );
  }
  const unit = POLYGONS[base === 'square' ? 'rectangle' : base];
  if (!unit) return ellipsePath(cx, cy, w / 2, h / 2);
  const points = scaled(unit, cx, cy, w, h);
  return round ? roundedPolygonPath(points, Math.min(w / 10, h / 10, 8)) : polygonPath(points);
}

/** Cytoscape's arrowhead size for an edge of this width and `arrow-scale`. */
export function arrowSize(edgeWidth: number, arrowScale: number): number {
  return Math.max(Math.pow(edgeWidth * 13.37, 0.9), 29) * arrowScale;
}

/**
 * How far before the arrow's tip the line itself stops (Cytoscape's `gap`), so a line with a
 * blunt end does not poke through the point of the arrowhead.
 */
export function arrowGap(shape: string, edgeWidth: number, arrowScale: number): number {
  switch (shape) {
    case 'none':
      return 0;
    case 'vee':
      return edgeWidth * arrowScale * 2 * 0.525;
    case 'diamond':
      return edgeWidth * arrowScale;
    case 'tee':
      return 1;
    default:
      return edgeWidth * arrowScale * 2;
  }
}

/** Arrowhead unit points: (0, 0) is the tip, negative y runs back along the edge. */
const ARROWS: Record<string, readonly number[]> = {
  triangle: [-0.15, -0.3, 0, 0, 0.15, -0.3],
  vee: [-0.15, -0.3, 0, 0, 0.15, -0.3, 0, -0.15],
  tee: [-0.15, 0, -0.15, -0.1, 0.15, -0.1, 0.15, 0],
  square: [-0.15, 0, 0.15, 0, 0.15, -0.3, -0.15, -0.3],
  diamond: [-0.15, -0.15, 0, -0.3, 0.15, -0.15, 0, 0],
};

/**
 * An arrowhead with its tip at `tip`, pointing along `direction` (any non-zero vector from the
 * line towards the tip), `size` as from `arrowSize`. Empty for `none` or an unknown shape.
 */
export function arrowPath(shape: string, tip: Point, direction: Point, size: number): string {
  const len = Math.hypot(direction.x, direction.y);
  if (shape === 'none' || len === 0) return '';
  const u = { x: direction.x / len, y: direction.y / len };
  const n = { x: -u.y, y: u.x };
  if (shape === 'circle') {
    const r = 0.15 * size;
    return ellipsePath(tip.x, tip.y, r, r);
  }
  const unit = ARROWS[shape];
  if (!unit) return '';
  const points: Point[] = [];
  for (let i = 0; i < unit.length; i += 2) {
    const px = unit[i]! * size;
    const py = unit[i + 1]! * size;
    points.push({ x: tip.x + px * n.x + py * u.x, y: tip.y + px * n.y + py * u.y });
  }
  return polygonPath(points);
}

/** `point` moved `distance` back towards `from` (not past it). */
export function shortened(point: Point, from: Point, distance: number): Point {
  const dx = point.x - from.x;
  const dy = point.y - from.y;
  const len = Math.hypot(dx, dy);
  if (len === 0 || distance <= 0) return point;
  const t = Math.max(len - distance, len * 1e-5) / len;
  return { x: from.x + dx * t, y: from.y + dy * t };
}

/**
 * An edge's path through Cytoscape's bezier control points: one quadratic curve per control
 * point, joined at the midpoints between neighbouring control points (as the canvas draws a
 * bundle of parallel edges), or a straight line when there are none.
 */
export function edgePath(start: Point, controls: readonly Point[], end: Point): string {
  if (controls.length === 0) return `M${num(start.x)} ${num(start.y)}L${num(end.x)} ${num(end.y)}`;
  let d = `M${num(start.x)} ${num(start.y)}`;
  for (let i = 0; i < controls.length; i++) {
    const c = controls[i]!;
    const next = controls[i + 1];
    const to = next ? { x: (c.x + next.x) / 2, y: (c.y + next.y) / 2 } : end;
    d += `Q${num(c.x)} ${num(c.y)} ${num(to.x)} ${num(to.y)}`;
  }
  return d;
}
