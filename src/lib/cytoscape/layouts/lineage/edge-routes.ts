/**
 * From a route (points from the source's centre to the target's centre, as the lineage engine
 * drew it) to Cytoscape's `segments` edge geometry: each bend as a weight along the straight
 * line between the two centres and a distance off it (`edge-distances: node-position`), which
 * is exactly how Cytoscape places segment points, so the edge follows the route point for
 * point; and back, for the CLI and tests.
 */
import type { Point } from './drawing-quality';

/** Cytoscape's `segment-weights` and `segment-distances` for one edge. */
export interface Segments {
  weights: number[];
  distances: number[];
}

/**
 * The bends of `route` relative to the line from `source` to `target` (its end points are the
 * centres and are left out); null when the route has no bend or the ends coincide.
 */
export function segmentsOf(route: readonly Point[], source: Point, target: Point): Segments | null {
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy);
  if (route.length <= 2 || length === 0) return null;
  const weights: number[] = [];
  const distances: number[] = [];
  for (const p of route.slice(1, -1)) {
    const px = p.x - source.x;
    const py = p.y - source.y;
    // Cytoscape puts a segment point at source + w·(target − source) + d·(−dy, dx)/length.
    weights.push(round3((px * dx + py * dy) / (length * length)));
    distances.push(round1((py * dx - px * dy) / length));
  }
  return { weights, distances };
}

/** The route Cytoscape draws for `segments` between the two centres. */
export function routeOf(segments: Segments | null, source: Point, target: Point): Point[] {
  if (segments === null) return [source, target];
  const dx = target.x - source.x;
  const dy = target.y - source.y;
  const length = Math.hypot(dx, dy) || 1;
  const bends = segments.weights.map((w, i) => {
    const d = segments.distances[i] ?? 0;
    return { x: source.x + w * dx - (d * dy) / length, y: source.y + w * dy + (d * dx) / length };
  });
  return [source, ...bends, target];
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}
