/**
 * A second look at where the satellites stand, pure: placed in order of time near their home
 * (satellites.ts), a party's edges to its founders and its members cross the edges of its
 * neighbours. Each satellite in turn is tried again at the free places nearest its
 * neighbours' barycentre, its home, halfway to the barycentre and each neighbour, and moves to
 * the one whose edges cross the fewest others (a crossing outweighs 800 px of edge and 150 px
 * away from home), until a round moves none. Only inside the tree's box: the drawing, and so
 * the zoom at which every ideology label reads, stays the size of the tree.
 */
import { segmentsCrossAt, type Point } from './drawing-quality';
import { FreeSpace, footprintBox, grow, searchOrder, type Box } from './free-space';
import { placeRule, type SatelliteLink, type SatelliteRequest } from './satellites';

/** How the satellites are looked at again; each value is the one that drew best. */
export const defaults = {
  /** Rounds over all satellites at most. */
  rounds: 6,
  /** What a px of edge length costs, in crossings: length decides only between equals. */
  lengthCost: 1 / 800,
  /** What a px away from its home's place costs, in crossings: a satellite stays near home. */
  homeCost: 1 / 150,
  /** How far (cells) from a candidate target a free place is searched. */
  reach: 40,
  /** Space kept between a satellite's box and any other box (px); as satellites.ts. */
  gap: 8,
  /** The grid the free places are searched on (px); as satellites.ts. */
  cell: 16,
};

export type SatelliteOrderOptions = typeof defaults;

/**
 * Moves the satellites of `requests` (their places in `placed`, changed in place) to where
 * their edges cross fewer others. `taken`: the tree's boxes; `routes`: per link, the route
 * it keeps (the tree's), or null for a straight edge between its ends' places.
 */
export function refineSatellites(
  requests: readonly SatelliteRequest[],
  taken: readonly Box[],
  links: readonly SatelliteLink[],
  routes: readonly (readonly Point[] | null)[],
  placed: Map<string, Point>,
  within: Box | null,
  options: SatelliteOrderOptions = defaults,
): void {
  if (requests.length === 0) return;
  const { cell, gap } = options;
  const moving = new Set(requests.map((r) => r.id));
  const boxes = [...taken, ...requests.map((r) => footprintBox(r, placed.get(r.id)!))];
  const space = FreeSpace.around(boxes, 4 * cell, cell, gap);
  for (const box of taken) space.mark(grow(box, gap / 2));
  for (const route of routes) if (route) space.markRoute(route);
  for (const r of requests) space.mark(space.placedBox(r, placed.get(r.id)!));
  const offsets = searchOrder(options.reach);

  // The links drawn (both ends placed, not a loop), and those of each moving satellite.
  const drawn = links.flatMap((l, i) =>
    l.source !== l.target && placed.has(l.source) && placed.has(l.target) ? [i] : [],
  );
  const incident = new Map<string, number[]>();
  for (const i of drawn) {
    for (const id of [links[i]!.source, links[i]!.target]) {
      if (moving.has(id)) incident.set(id, [...(incident.get(id) ?? []), i]);
    }
  }
  const pathOf = (i: number): readonly Point[] =>
    routes[i] ?? [placed.get(links[i]!.source)!, placed.get(links[i]!.target)!];
  // Nodes as numbers, so the inner loop compares integers.
  const number = new Map<string, number>();
  for (const link of links) {
    for (const id of [link.source, link.target]) if (!number.has(id)) number.set(id, number.size);
  }
  // Every drawn segment, flat: its ends, and its link's end nodes. Rebuilt after a move.
  let segments = new Float64Array(0);
  let ends = new Int32Array(0);
  const collect = () => {
    const list: number[] = [];
    const who: number[] = [];
    for (const i of drawn) {
      const path = pathOf(i);
      const from = number.get(links[i]!.source)!;
      const to = number.get(links[i]!.target)!;
      for (let k = 1; k < path.length; k++) {
        list.push(path[k - 1]!.x, path[k - 1]!.y, path[k]!.x, path[k]!.y);
        who.push(from, to);
      }
    }
    segments = Float64Array.from(list);
    ends = Int32Array.from(who);
  };
  collect();

  /** Crossings and length of `id`'s edges were it standing at `at`. */
  const cost = (request: SatelliteRequest, at: Point): { crossings: number; value: number } => {
    const id = request.id;
    let crossings = 0;
    let length = 0;
    const a = at;
    const self = number.get(id)!;
    for (const i of incident.get(id) ?? []) {
      const link = links[i]!;
      const other = link.source === id ? link.target : link.source;
      const them = number.get(other)!;
      const b = placed.get(other)!;
      length += Math.hypot(a.x - b.x, a.y - b.y);
      const minX = Math.min(a.x, b.x);
      const maxX = Math.max(a.x, b.x);
      const minY = Math.min(a.y, b.y);
      const maxY = Math.max(a.y, b.y);
      for (let s = 0; 2 * s < ends.length; s++) {
        const cx = segments[4 * s]!;
        const dx = segments[4 * s + 2]!;
        if ((cx < minX && dx < minX) || (cx > maxX && dx > maxX)) continue;
        const cy = segments[4 * s + 1]!;
        const dy = segments[4 * s + 3]!;
        if ((cy < minY && dy < minY) || (cy > maxY && dy > maxY)) continue;
        const e = ends[2 * s]!;
        const f = ends[2 * s + 1]!;
        if (e === self || f === self || e === them || f === them) continue;
        if (segmentsCrossAt(a.x, a.y, b.x, b.y, cx, cy, dx, dy)) crossings++;
      }
    }
    const away = Math.hypot(at.x - request.target.x, at.y - request.target.y);
    const value = crossings + length * options.lengthCost + away * options.homeCost;
    return { crossings, value };
  };

  for (let round = 0; round < options.rounds; round++) {
    let moved = 0;
    for (const request of requests) {
      const here = placed.get(request.id)!;
      const edges = incident.get(request.id) ?? [];
      if (edges.length === 0) continue;
      const now = cost(request, here);
      // Its edges cross nothing: there is nothing to win here.
      if (now.crossings === 0) continue;
      space.mark(space.placedBox(request, here), -1);
      const rule = { ...placeRule(request, placed, within), strict: true };
      const others = edges.map((i) => {
        const l = links[i]!;
        return placed.get(l.source === request.id ? l.target : l.source)!;
      });
      const centre = {
        x: others.reduce((s, p) => s + p.x, 0) / others.length,
        y: others.reduce((s, p) => s + p.y, 0) / others.length,
      };
      const targets = [
        centre,
        request.target,
        { x: (centre.x + here.x) / 2, y: (centre.y + here.y) / 2 },
        ...others,
      ];
      let best = here;
      let bestCost = now.value;
      const tried = new Set<string>([`${here.x},${here.y}`]);
      for (const target of targets) {
        const spot = space.nearest(request, target, rule, offsets);
        if (spot === null || tried.has(`${spot.x},${spot.y}`)) continue;
        tried.add(`${spot.x},${spot.y}`);
        const { value } = cost(request, spot);
        if (value < bestCost - 1e-9) {
          best = spot;
          bestCost = value;
        }
      }
      if (best !== here) {
        placed.set(request.id, best);
        collect();
        moved++;
      }
      space.mark(space.placedBox(request, best));
    }
    if (moved === 0) break;
  }
}
