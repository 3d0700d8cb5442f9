/**
 * The free space of a drawing, pure: a grid over the drawing whose cells count the boxes and
 * routes standing on them, with the search for the free place nearest a target that the
 * satellites (satellites.ts, satellite-order.ts) are placed by. Counting rather than flagging
 * lets a box be taken away again, so a satellite can be moved to a better place.
 */
import type { Point } from './drawing-quality';

/** A box on the drawing, in model px. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Where a box may stand: its shape's centre strictly between these y, and within a box. */
export interface PlaceRule {
  minY: number;
  maxY: number;
  /** Tried first, if given: a place whose box stays inside it. */
  within: Box | null;
  /** Only inside `within`, never anywhere else. */
  strict?: boolean;
}

/** A box's size in px and how far its shape's centre is below its top. */
export interface Footprint {
  width: number;
  height: number;
  shapeHeight: number;
}

export class FreeSpace {
  private readonly used: Uint16Array;

  constructor(
    /** The grid's top left corner, in px. */
    readonly x0: number,
    readonly y0: number,
    readonly cols: number,
    readonly rows: number,
    readonly cell: number,
    /** Space kept between a placed box and any other (px). */
    readonly gap: number,
  ) {
    this.used = new Uint16Array(cols * rows);
  }

  /** A grid over `boxes` with `margin` px of room around them. */
  static around(boxes: readonly Box[], margin: number, cell: number, gap: number): FreeSpace {
    const x0 = Math.min(...boxes.map((b) => b.x1)) - margin;
    const y0 = Math.min(...boxes.map((b) => b.y1)) - margin;
    const cols = Math.ceil((Math.max(...boxes.map((b) => b.x2)) + margin - x0) / cell);
    const rows = Math.ceil((Math.max(...boxes.map((b) => b.y2)) + margin - y0) / cell);
    return new FreeSpace(x0, y0, cols, rows, cell, gap);
  }

  /** Counts `box` on (by 1) or off (by -1) the cells it touches. */
  mark(box: Box, by: 1 | -1 = 1): void {
    const { cols, rows, cell, x0, y0 } = this;
    const i1 = Math.max(0, Math.floor((box.x1 - x0) / cell));
    const i2 = Math.min(cols - 1, Math.floor((box.x2 - x0) / cell));
    const j1 = Math.max(0, Math.floor((box.y1 - y0) / cell));
    const j2 = Math.min(rows - 1, Math.floor((box.y2 - y0) / cell));
    for (let j = j1; j <= j2; j++) {
      for (let i = i1; i <= i2; i++) this.used[j * cols + i] = this.used[j * cols + i]! + by;
    }
  }

  /** Marks the cells a polyline passes over. */
  markRoute(route: readonly Point[], by: 1 | -1 = 1): void {
    for (let k = 1; k < route.length; k++) {
      const a = route[k - 1]!;
      const b = route[k]!;
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (this.cell / 2)));
      for (let t = 0; t <= steps; t++) {
        const x = a.x + ((b.x - a.x) * t) / steps;
        const y = a.y + ((b.y - a.y) * t) / steps;
        this.mark({ x1: x - 1, y1: y - 1, x2: x + 1, y2: y + 1 }, by);
      }
    }
  }

  /** The box a placed node takes, its shape's centre at `at`, with its share of the gap. */
  placedBox(node: Footprint, at: Point): Box {
    return grow(footprintBox(node, at), this.gap / 2 - 0.5);
  }

  /**
   * The free place (shape centre) nearest `target`, the top middle of the box, in `order`
   * (grid offsets, nearest first), that keeps to `rule`: first inside `rule.within`, then
   * anywhere. Null if none is within the offsets.
   */
  nearest(node: Footprint, target: Point, rule: PlaceRule, order: Int16Array): Point | null {
    const { cell, gap, x0, y0 } = this;
    const w = Math.ceil((node.width + gap) / cell);
    const h = Math.ceil((node.height + gap) / cell);
    let ti = Math.round((target.x - x0) / cell - w / 2);
    let tj = Math.round((target.y - y0) / cell);
    // The rule as bounds on the cell indices, so the search is integer compares.
    const lift = y0 + gap / 2 + node.shapeHeight / 2;
    const jAbove = Math.floor((rule.minY - lift) / cell); // j must be above this
    const jBelow = Math.ceil((rule.maxY - lift) / cell); // and below this
    const { within } = rule;
    const bounds = within && {
      i1: Math.ceil((within.x1 - x0) / cell),
      i2: Math.floor((within.x2 - x0) / cell) - w,
      j1: Math.ceil((within.y1 - y0) / cell),
      j2: Math.floor((within.y2 - y0) / cell) - h,
    };
    if (bounds && rule.strict) {
      // Only inside: the search starts from the nearest place inside.
      ti = Math.min(Math.max(ti, bounds.i1), Math.max(bounds.i1, bounds.i2));
      tj = Math.min(Math.max(tj, bounds.j1), Math.max(bounds.j1, bounds.j2));
    }
    for (const bounded of within === null ? [false] : rule.strict ? [true] : [true, false]) {
      for (let k = 0; k < order.length; k += 2) {
        const i = ti + order[k]!;
        const j = tj + order[k + 1]!;
        if (j <= jAbove || j >= jBelow) continue;
        if (bounded && (i < bounds!.i1 || i > bounds!.i2 || j < bounds!.j1 || j > bounds!.j2)) {
          continue;
        }
        const y = lift + j * cell;
        if (y <= rule.minY || y >= rule.maxY) continue;
        if (!this.free(i, j, w, h)) continue;
        return { x: x0 + (i + w / 2) * cell, y };
      }
    }
    return null;
  }

  /** Whether the `w` × `h` cells from (i, j) are all free (stops at the first taken one). */
  private free(i: number, j: number, w: number, h: number): boolean {
    const { cols, rows, used } = this;
    if (i < 0 || j < 0 || i + w > cols || j + h > rows) return false;
    // Corners and middle first: in a crowded drawing most places fail there.
    if (used[j * cols + i] || used[(j + h - 1) * cols + i + w - 1]) return false;
    for (let jj = j; jj < j + h; jj++) {
      const row = jj * cols;
      for (let ii = i; ii < i + w; ii++) if (used[row + ii]) return false;
    }
    return true;
  }
}

/** The box of `node` whose shape is centred at `at`: the shape, then its label below. */
export function footprintBox(node: Footprint, at: Point): Box {
  const top = at.y - node.shapeHeight / 2;
  return { x1: at.x - node.width / 2, y1: top, x2: at.x + node.width / 2, y2: top + node.height };
}

/** `box` with `by` px more on every side. */
export function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

const orders = new Map<number, Int16Array>();

/**
 * Grid offsets within `reach` cells, nearest first, flat (di, dj, di, dj…): a step up costs
 * three steps down, and a step sideways two, so a satellite settles under its target rather
 * than beside or above it.
 */
export function searchOrder(reach: number): Int16Array {
  const known = orders.get(reach);
  if (known) return known;
  const list: [number, number, number][] = [];
  for (let dj = -reach; dj <= reach; dj++) {
    for (let di = -reach; di <= reach; di++) {
      const cost = 4 * di * di + (dj < 0 ? 9 : 1) * dj * dj;
      list.push([di, dj, cost]);
    }
  }
  list.sort((a, b) => a[2] - b[2] || a[1] - b[1] || a[0] - b[0]);
  const order = Int16Array.from(list.flatMap(([di, dj]) => [di, dj]));
  orders.set(reach, order);
  return order;
}
