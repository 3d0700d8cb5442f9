/**
 * How readable a drawn graph is, as numbers: edge crossings as drawn (each edge a polyline
 * route), edges that pass through another node's box, and node boxes that overlap. Pure and
 * engine-blind, so the tests and the bench score every engine (ours, Graphviz dot, dagre) on
 * the same node boxes and the same edge routes the way a reader would see them.
 */

export interface Point {
  x: number;
  y: number;
}

/** A node as drawn: its centre and the box of its shape with its label. */
export interface DrawnNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An edge as drawn: its route from the source's centre to the target's centre. */
export interface DrawnEdge {
  source: string;
  target: string;
  points: readonly Point[];
}

export interface DrawingQuality {
  /** Points where two edges that share no end cross. */
  crossings: number;
  /** Edges whose route enters the box of a node other than its two ends. */
  edgesThroughNodes: number;
  /** Pairs of node boxes that overlap. */
  overlappingBoxes: number;
}

/** Boxes may touch; a route may graze a box by this much (px) without counting. */
const TOLERANCE = 1;

interface Segment {
  edge: number;
  a: Point;
  b: Point;
  minX: number;
  maxX: number;
}

/** The three numbers of `DrawingQuality` for one drawing. */
export function drawingQuality(
  nodes: readonly DrawnNode[],
  edges: readonly DrawnEdge[],
): DrawingQuality {
  return {
    crossings: crossingCount(edges),
    edgesThroughNodes: edgesThroughNodes(nodes, edges),
    overlappingBoxes: overlappingBoxes(nodes),
  };
}

/** Pairs of segments of different edges (sharing no end node) that cross, by a sweep in x. */
export function crossingCount(edges: readonly DrawnEdge[]): number {
  const segments: Segment[] = [];
  edges.forEach((edge, i) => {
    for (let k = 1; k < edge.points.length; k++) {
      const a = edge.points[k - 1]!;
      const b = edge.points[k]!;
      if (a.x === b.x && a.y === b.y) continue;
      segments.push({ edge: i, a, b, minX: Math.min(a.x, b.x), maxX: Math.max(a.x, b.x) });
    }
  });
  segments.sort((s, t) => s.minX - t.minX);
  let count = 0;
  const active: Segment[] = [];
  for (const s of segments) {
    let keep = 0;
    for (const t of active) {
      if (t.maxX < s.minX) continue;
      active[keep++] = t;
      if (t.edge === s.edge) continue;
      const e = edges[s.edge]!;
      const f = edges[t.edge]!;
      if (e.source === f.source || e.source === f.target) continue;
      if (e.target === f.source || e.target === f.target) continue;
      if (segmentsCross(s.a, s.b, t.a, t.b)) count++;
    }
    active.length = keep;
    active.push(s);
  }
  return count;
}

/** Edges with a route through the box of a node that is not one of its ends. */
export function edgesThroughNodes(
  nodes: readonly DrawnNode[],
  edges: readonly DrawnEdge[],
): number {
  const grid = new BoxGrid(nodes);
  let count = 0;
  for (const edge of edges) {
    let through = false;
    for (let k = 1; k < edge.points.length && !through; k++) {
      const a = edge.points[k - 1]!;
      const b = edge.points[k]!;
      for (const node of grid.near(a, b)) {
        if (node.id === edge.source || node.id === edge.target) continue;
        if (segmentHitsBox(a, b, node)) {
          through = true;
          break;
        }
      }
    }
    if (through) count++;
  }
  return count;
}

/** Pairs of node boxes that overlap by more than the tolerance on both axes. */
export function overlappingBoxes(nodes: readonly DrawnNode[]): number {
  const sorted = [...nodes].sort((a, b) => a.x - a.width / 2 - (b.x - b.width / 2));
  let count = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    const right = a.x + a.width / 2;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x - b.width / 2 >= right - TOLERANCE) break;
      const dx = (a.width + b.width) / 2 - Math.abs(a.x - b.x);
      const dy = (a.height + b.height) / 2 - Math.abs(a.y - b.y);
      if (dx > TOLERANCE && dy > TOLERANCE) count++;
    }
  }
  return count;
}

/** Whether segments ab and cd cross at a point inside both (touching ends do not count). */
export function segmentsCross(a: Point, b: Point, c: Point, d: Point): boolean {
  return segmentsCrossAt(a.x, a.y, b.x, b.y, c.x, c.y, d.x, d.y);
}

/** `segmentsCross` on bare coordinates, for inner loops that keep segments in typed arrays. */
export function segmentsCrossAt(
  ax: number,
  ay: number,
  bx: number,
  by: number,
  cx: number,
  cy: number,
  dx: number,
  dy: number,
): boolean {
  const d1 = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  const d2 = (bx - ax) * (dy - ay) - (by - ay) * (dx - ax);
  if (d1 * d2 >= 0) return false;
  const d3 = (dx - cx) * (ay - cy) - (dy - cy) * (ax - cx);
  const d4 = (dx - cx) * (by - cy) - (dy - cy) * (bx - cx);
  return d3 * d4 < 0;
}

/** Whether segment ab enters the box of `node`, shrunk by the tolerance (Liang–Barsky). */
export function segmentHitsBox(a: Point, b: Point, node: DrawnNode): boolean {
  const halfW = node.width / 2 - TOLERANCE;
  const halfH = node.height / 2 - TOLERANCE;
  if (halfW <= 0 || halfH <= 0) return false;
  const x1 = node.x - halfW;
  const x2 = node.x + halfW;
  const y1 = node.y - halfH;
  const y2 = node.y + halfH;
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  let t0 = 0;
  let t1 = 1;
  const clips: [number, number][] = [
    [-dx, a.x - x1],
    [dx, x2 - a.x],
    [-dy, a.y - y1],
    [dy, y2 - a.y],
  ];
  for (const [p, q] of clips) {
    if (p === 0) {
      if (q < 0) return false;
      continue;
    }
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
  }
  return t0 < t1;
}

/** Node boxes bucketed in a uniform grid, so a segment is tested against nearby boxes only. */
class BoxGrid {
  private readonly cells = new Map<number, DrawnNode[]>();
  private readonly size: number;

  constructor(nodes: readonly DrawnNode[]) {
    const widest = nodes.reduce((m, n) => Math.max(m, n.width, n.height), 1);
    this.size = Math.max(widest, 40);
    for (const node of nodes) {
      const [cx1, cy1] = this.cell(node.x - node.width / 2, node.y - node.height / 2);
      const [cx2, cy2] = this.cell(node.x + node.width / 2, node.y + node.height / 2);
      for (let cx = cx1; cx <= cx2; cx++) {
        for (let cy = cy1; cy <= cy2; cy++) {
          const key = this.key(cx, cy);
          const list = this.cells.get(key);
          if (list) list.push(node);
          else this.cells.set(key, [node]);
        }
      }
    }
  }

  /** Nodes whose cells the bounding box of segment ab touches (each once). */
  near(a: Point, b: Point): DrawnNode[] {
    const [cx1, cy1] = this.cell(Math.min(a.x, b.x), Math.min(a.y, b.y));
    const [cx2, cy2] = this.cell(Math.max(a.x, b.x), Math.max(a.y, b.y));
    const seen = new Set<DrawnNode>();
    for (let cx = cx1; cx <= cx2; cx++) {
      for (let cy = cy1; cy <= cy2; cy++) {
        for (const node of this.cells.get(this.key(cx, cy)) ?? []) seen.add(node);
      }
    }
    return [...seen];
  }

  private cell(x: number, y: number): [number, number] {
    return [Math.floor(x / this.size), Math.floor(y / this.size)];
  }

  private key(cx: number, cy: number): number {
    return (cx + 50_000) * 100_003 + (cy + 50_000);
  }
}
