/**
 * Pulls a crowded drawing apart so that node boxes stop overlapping, keeping its shape: the
 * drawing is first scaled about its centre until it has room for every box, then nodes whose
 * boxes (plus a gap) still overlap are pushed apart along the line between their centres, a few
 * passes over a grid of cells so that each pass is linear in the nodes.
 *
 * Why: fcose's draft quality (what the Network layout uses above a few hundred nodes, where its
 * force passes take minutes) is a spectral placement that ignores node sizes; on 5,000 nodes
 * the median distance to the nearest neighbour was 4 model pixels for 30-pixel nodes, a blob.
 * Pure and deterministic.
 */
import type { LayoutNode, Positions } from '../types';

export interface SpreadOptions {
  /** Space kept between two boxes, in model pixels. */
  gap: number;
  /** The most passes of pushing apart. */
  passes: number;
  /** Room given to each box when scaling, as a multiple of its area (gap included). */
  room: number;
}

export const spreadDefaults: SpreadOptions = { gap: 16, passes: 60, room: 4 };

/** `positions` of `nodes`, scaled and pushed apart until their boxes do not overlap. */
export function spreadApart(
  nodes: readonly LayoutNode[],
  positions: Positions,
  options: Partial<SpreadOptions> = {},
): Positions {
  const { gap, passes, room } = { ...spreadDefaults, ...options };
  // a node without a finite position is left out, as if unplaced: one NaN would poison the rest
  const placed = nodes.filter((node) => {
    const p = positions[node.id];
    return p !== undefined && Number.isFinite(p.x) && Number.isFinite(p.y);
  });
  const n = placed.length;
  if (n === 0) return {};
  const xs = Float64Array.from(placed, (node) => positions[node.id]!.x);
  const ys = Float64Array.from(placed, (node) => positions[node.id]!.y);
  const halfW = Float64Array.from(placed, (node) => (size(node.width) + gap) / 2);
  const halfH = Float64Array.from(placed, (node) => (size(node.height) + gap) / 2);

  scaleToRoom(xs, ys, halfW, halfH, room);
  let widest = 0;
  for (let i = 0; i < n; i++) widest = Math.max(widest, 2 * halfW[i]!, 2 * halfH[i]!);
  for (let pass = 0; pass < passes; pass++) {
    if (!pushApart(xs, ys, halfW, halfH, widest)) break;
  }

  const spread: Positions = {};
  placed.forEach((node, i) => {
    spread[node.id] = { x: round2(xs[i]!), y: round2(ys[i]!) };
  });
  return spread;
}

function size(value: number): number {
  return Number.isFinite(value) && value > 0 ? value : 1;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/**
 * Scales the drawing about its centre (never shrinks it) until it has `room` × the boxes' area.
 * A drawing more than four times longer than wide is stretched across too, to a quarter of its
 * length, so that the boxes have room both ways (one with no width at all stays a line, which
 * pushing apart then lengthens).
 */
function scaleToRoom(
  xs: Float64Array,
  ys: Float64Array,
  halfW: Float64Array,
  halfH: Float64Array,
  room: number,
): void {
  const n = xs.length;
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  let boxes = 0;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, xs[i]!);
    maxX = Math.max(maxX, xs[i]!);
    minY = Math.min(minY, ys[i]!);
    maxY = Math.max(maxY, ys[i]!);
    boxes += 4 * halfW[i]! * halfH[i]!;
  }
  const w = maxX - minX;
  const h = maxY - minY;
  const longest = Math.max(w, h);
  if (!(longest > 1e-9)) return; // all on one spot: pushing apart alone opens it out
  const across = longest / 4;
  const width = Math.max(w, across);
  const height = Math.max(h, across);
  const factor = Math.sqrt((room * boxes) / (width * height));
  if (!(factor > 1)) return;
  const fx = w > 1e-9 ? (factor * width) / w : factor;
  const fy = h > 1e-9 ? (factor * height) / h : factor;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  for (let i = 0; i < n; i++) {
    xs[i] = cx + (xs[i]! - cx) * fx;
    ys[i] = cy + (ys[i]! - cy) * fy;
  }
}

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));
/** Cells per row of the grid's numbering (see `pushApart`). */
const CELL_ROW = 2 ** 26;
/**
 * Pairs part a little further than just touching, so that floating-point error does not leave
 * them overlapping by a hair and a pass with nothing left to part can end the loop.
 */
const SLACK = 0.05;

function pushApart(
  xs: Float64Array,
  ys: Float64Array,
  halfW: Float64Array,
  halfH: Float64Array,
  cell: number,
): boolean {
  const n = xs.length;
  const grid = new Map<number, number[]>();
  // a cell as one number, not a string built for each of nine look-ups per node per pass; two
  // cells far apart may share a key, which only adds pairs that the exact test below drops
  const key = (gx: number, gy: number) => gx * CELL_ROW + gy;
  for (let i = 0; i < n; i++) {
    const k = key(Math.floor(xs[i]! / cell), Math.floor(ys[i]! / cell));
    const bucket = grid.get(k);
    if (bucket) bucket.push(i);
    else grid.set(k, [i]);
  }
  let moved = false;
  for (let i = 0; i < n; i++) {
    const gx = Math.floor(xs[i]! / cell);
    const gy = Math.floor(ys[i]! / cell);
    for (let dx = -1; dx <= 1; dx++) {
      for (let dy = -1; dy <= 1; dy++) {
        for (const j of grid.get(key(gx + dx, gy + dy)) ?? []) {
          if (j <= i) continue;
          const ox = halfW[i]! + halfW[j]! - Math.abs(xs[j]! - xs[i]!);
          const oy = halfH[i]! + halfH[j]! - Math.abs(ys[j]! - ys[i]!);
          if (ox <= 0 || oy <= 0) continue;
          moved = true;
          // apart along the line between the centres, as far as the nearer of the two ways
          // out (sideways or up and down) needs; a stack on one spot opens out in a direction
          // that turns with the index (the golden angle), so clumps grow round, not into lines
          let ux = xs[j]! - xs[i]!;
          let uy = ys[j]! - ys[i]!;
          const length = Math.hypot(ux, uy);
          if (length < 1e-9) {
            ux = Math.cos(j * GOLDEN_ANGLE);
            uy = Math.sin(j * GOLDEN_ANGLE);
          } else {
            ux /= length;
            uy /= length;
          }
          const step =
            (Math.min(
              Math.abs(ux) > 1e-9 ? ox / Math.abs(ux) : Infinity,
              Math.abs(uy) > 1e-9 ? oy / Math.abs(uy) : Infinity,
            ) +
              SLACK) /
            2;
          xs[i] = xs[i]! - ux * step;
          ys[i] = ys[i]! - uy * step;
          xs[j] = xs[j]! + ux * step;
          ys[j] = ys[j]! + uy * step;
        }
      }
    }
  }
  return moved;
}
