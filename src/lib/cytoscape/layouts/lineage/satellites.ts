/**
 * The lineage's satellites, pure: every node that is not an ideology (people, parties, states,
 * events, works, concepts) belongs to one ideology, its home, and stands in the free space of
 * the family tree of ideologies (backbone-drawing.ts) as near under its home as it can, so the
 * drawing is no larger than the tree's and every ideology label stays readable at the zoom that
 * shows it all, while what belongs to each branch stands beside it.
 */
import type { NodeKind } from '../../../domain/kinds';
import type { RelationId } from '../../../domain/relations';
import type { Point } from './drawing-quality';

/** How the homes are found and the blocks are laid out; each value is the one that read best. */
export const defaults = {
  /**
   * How strongly a relation between a node and an ideology ties the node to it (either way);
   * unlisted relations tie with 1. A person who developed an ideology belongs to it more than
   * one who criticized it.
   */
  ties: {
    developed: 6,
    adhered_to: 6,
    founded: 5,
    part_of: 4,
    member_of: 3,
    led: 2,
    authored: 2,
    criticized: 0.5,
    opposed: 0.5,
  } as Partial<Record<RelationId, number>>,
  /** Rounds in which a node with no ideology for a neighbour takes its neighbours' home. */
  rounds: 4,
  /** Space kept between a satellite's box and any other box (px). */
  gap: 8,
  /** The grid the free places are searched on (px). */
  cell: 16,
  /** How far (cells) from its target a satellite is searched a place. */
  reach: 70,
};

export type SatelliteOptions = typeof defaults;

/** A node as the satellites need it. */
export interface SatelliteNode {
  id: string;
  kind?: NodeKind;
  /** The box of the shape with its label under it. */
  width: number;
  height: number;
  /** The shape alone: its centre is the node's position. */
  shapeHeight: number;
  year?: number;
}

export interface SatelliteLink {
  source: string;
  target: string;
  relation: RelationId;
}

/**
 * Each node's home ideology (an ideology's is itself), or null for a node with no ideology
 * within `rounds` steps: first the ideology it is tied to most strongly, else the home its
 * neighbours are tied to most strongly. Ties go to the earlier ideology in `nodes`.
 */
export function homesOf(
  nodes: readonly Pick<SatelliteNode, 'id' | 'kind'>[],
  links: readonly SatelliteLink[],
  options: Pick<SatelliteOptions, 'ties' | 'rounds'> = defaults,
): Map<string, string | null> {
  const order = new Map(nodes.map((node, i) => [node.id, i]));
  const home = new Map<string, string | null>();
  for (const node of nodes) home.set(node.id, node.kind === 'ideology' ? node.id : null);
  const neighbours = new Map<string, { id: string; tie: number }[]>();
  for (const link of links) {
    if (!order.has(link.source) || !order.has(link.target) || link.source === link.target) continue;
    const tie = options.ties[link.relation] ?? 1;
    for (const [a, b] of [
      [link.source, link.target],
      [link.target, link.source],
    ] as const) {
      const list = neighbours.get(a);
      if (list) list.push({ id: b, tie });
      else neighbours.set(a, [{ id: b, tie }]);
    }
  }
  for (let round = 0; round <= options.rounds; round++) {
    const found: [string, string][] = [];
    for (const node of nodes) {
      if (home.get(node.id) !== null) continue;
      const score = new Map<string, number>();
      for (const { id, tie } of neighbours.get(node.id) ?? []) {
        const theirs = home.get(id);
        // Round 0 takes ideologies only; later rounds any neighbour's home.
        if (theirs == null || (round === 0 && theirs !== id)) continue;
        score.set(theirs, (score.get(theirs) ?? 0) + tie);
      }
      let best: string | null = null;
      for (const [id, value] of score) {
        const current = best === null ? -1 : score.get(best)!;
        if (value > current || (value === current && order.get(id)! < order.get(best!)!)) best = id;
      }
      if (best !== null) found.push([node.id, best]);
    }
    // Applied after the round, so the answer does not depend on the order of `nodes`' walk.
    for (const [id, best] of found) home.set(id, best);
    if (found.length === 0 && round > 0) break;
  }
  return home;
}

/** A box on the drawing, in model px. */
export interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One satellite to place: its box, where it would like to stand, and its order in time. */
export interface SatelliteRequest extends SatelliteNode {
  /** Where the top middle of its box would best stand: just under its home's label. */
  target: Point;
  /** Its box's centre must stay below these y (its ancestors on descent) and above these. */
  below: string[];
  above: string[];
}

/**
 * Positions (shape centres) for `requests`, in their order, each in the free place nearest
 * its target (further sideways or upwards costs more than downwards) that overlaps no box in
 * `taken`, no route in `routes` and no satellite placed before it, and keeps its descent
 * edges to already placed nodes pointing down. The space searched is a grid of `cell` px.
 */
export function placeSatellites(
  requests: readonly SatelliteRequest[],
  taken: readonly Box[],
  routes: readonly (readonly Point[])[],
  placed: Map<string, Point>,
  options: Pick<SatelliteOptions, 'gap' | 'cell' | 'reach'> = defaults,
  /** Where a satellite stands if it finds room there: the tree's own box, say. */
  within: Box | null = null,
): Map<string, Point> {
  const out = new Map<string, Point>();
  if (requests.length === 0) return out;
  const { cell, gap } = options;
  const all = [...taken, ...requests.map((r) => boxAt(r, r.target))];
  const area = requests.reduce((sum, r) => sum + (r.width + gap) * (r.height + gap), 0);
  const margin = Math.sqrt(area) + 4 * cell;
  const x0 = Math.min(...all.map((b) => b.x1)) - margin;
  const y0 = Math.min(...all.map((b) => b.y1)) - margin;
  const cols = Math.ceil((Math.max(...all.map((b) => b.x2)) + margin - x0) / cell);
  const rows = Math.ceil((Math.max(...all.map((b) => b.y2)) + margin - y0) / cell);
  const used = new Uint8Array(cols * rows);
  const mark = (box: Box) => {
    const i1 = Math.max(0, Math.floor((box.x1 - x0) / cell));
    const i2 = Math.min(cols - 1, Math.floor((box.x2 - x0) / cell));
    const j1 = Math.max(0, Math.floor((box.y1 - y0) / cell));
    const j2 = Math.min(rows - 1, Math.floor((box.y2 - y0) / cell));
    for (let j = j1; j <= j2; j++) used.fill(1, j * cols + i1, j * cols + i2 + 1);
  };
  for (const box of taken) mark(grow(box, gap / 2));
  for (const route of routes) {
    for (let k = 1; k < route.length; k++) {
      const a = route[k - 1]!;
      const b = route[k]!;
      const steps = Math.max(1, Math.ceil(Math.hypot(b.x - a.x, b.y - a.y) / (cell / 2)));
      for (let t = 0; t <= steps; t++) {
        const x = a.x + ((b.x - a.x) * t) / steps;
        const y = a.y + ((b.y - a.y) * t) / steps;
        mark({ x1: x - 1, y1: y - 1, x2: x + 1, y2: y + 1 });
      }
    }
  }
  // Summed-area table of `used`, rebuilt after each placement: a free test costs four reads.
  const sums = new Int32Array((cols + 1) * (rows + 1));
  const stride = cols + 1;
  const sum = () => {
    for (let j = 0; j < rows; j++) {
      let line = 0;
      for (let i = 0; i < cols; i++) {
        line += used[j * cols + i]!;
        sums[(j + 1) * stride + i + 1] = sums[j * stride + i + 1]! + line;
      }
    }
  };
  sum();
  const free = (i: number, j: number, w: number, h: number) => {
    if (i < 0 || j < 0 || i + w > cols || j + h > rows) return false;
    const taken =
      sums[(j + h) * stride + i + w]! -
      sums[j * stride + i + w]! -
      sums[(j + h) * stride + i]! +
      sums[j * stride + i]!;
    return taken === 0;
  };
  const offsets = searchOrder(options.reach);
  // The shelf for satellites with no free place near their target: under all that stands.
  let lowest = Math.max(...taken.map((b) => b.y2));
  const shelfStart = Math.min(...taken.map((b) => b.x1));
  const shelfEnd = Math.max(...taken.map((b) => b.x2));
  let shelf: { x: number; y: number } | null = null;
  for (const request of requests) {
    const w = Math.ceil((request.width + gap) / cell);
    const h = Math.ceil((request.height + gap) / cell);
    const ti = Math.round((request.target.x - x0) / cell - w / 2);
    const tj = Math.round((request.target.y - y0) / cell);
    const ys = (ids: string[]) =>
      ids.map((id) => placed.get(id)?.y).filter((y): y is number => y !== undefined);
    const minY = Math.max(-Infinity, ...ys(request.below));
    const maxY = Math.min(Infinity, ...ys(request.above));
    const inside = (i: number, j: number) =>
      within === null ||
      (x0 + i * cell >= within.x1 &&
        x0 + (i + w) * cell <= within.x2 &&
        y0 + j * cell >= within.y1 &&
        y0 + (j + h) * cell <= within.y2);
    let spot: { i: number; j: number } | null = null;
    // First within the tree's box, so the drawing grows no larger, then anywhere.
    for (const bounded of within === null ? [false] : [true, false]) {
      for (const [di, dj] of offsets) {
        const i = ti + di;
        const j = tj + dj;
        const y = y0 + j * cell + gap / 2 + request.shapeHeight / 2;
        if (y <= minY || y >= maxY || (bounded && !inside(i, j)) || !free(i, j, w, h)) continue;
        spot = { i, j };
        break;
      }
      if (spot !== null) break;
    }
    let at: Point;
    if (spot === null) {
      // Nowhere near: on a shelf under everything placed so far, where nothing stands.
      if (shelf === null || shelf.x + request.width > shelfEnd) {
        shelf = { x: shelfStart, y: lowest + gap };
      }
      at = { x: shelf.x + request.width / 2, y: shelf.y + request.shapeHeight / 2 };
      shelf.x += request.width + gap;
      lowest = Math.max(lowest, shelf.y + request.height);
    } else {
      at = {
        x: x0 + (spot.i + w / 2) * cell,
        y: y0 + spot.j * cell + gap / 2 + request.shapeHeight / 2,
      };
      lowest = Math.max(lowest, at.y - request.shapeHeight / 2 + request.height);
    }
    mark(grow(boxAt(request, { x: at.x, y: at.y - request.shapeHeight / 2 }), gap / 2 - 0.5));
    sum();
    out.set(request.id, at);
    placed.set(request.id, at);
  }
  return out;
}

/** The box of `node` whose top middle is `top`. */
function boxAt(node: SatelliteNode, top: Point): Box {
  return {
    x1: top.x - node.width / 2,
    y1: top.y,
    x2: top.x + node.width / 2,
    y2: top.y + node.height,
  };
}

function grow(box: Box, by: number): Box {
  return { x1: box.x1 - by, y1: box.y1 - by, x2: box.x2 + by, y2: box.y2 + by };
}

const orders = new Map<number, [number, number][]>();

/**
 * Grid offsets within `reach` cells, nearest first: a step up costs three steps down, and a
 * step sideways two, so a satellite settles under its home rather than beside or above it.
 */
function searchOrder(reach: number): [number, number][] {
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
  const order = list.map(([di, dj]) => [di, dj] as [number, number]);
  orders.set(reach, order);
  return order;
}
