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
import { FreeSpace, grow, searchOrder, type Box, type PlaceRule } from './free-space';

export type { Box } from './free-space';

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
  const space = FreeSpace.around(all, Math.sqrt(area) + 4 * cell, cell, gap);
  for (const box of taken) space.mark(grow(box, gap / 2));
  for (const route of routes) space.markRoute(route);
  const offsets = searchOrder(options.reach);
  // The shelf for satellites with no free place near their target: under all that stands.
  let lowest = Math.max(...taken.map((b) => b.y2));
  const shelfStart = Math.min(...taken.map((b) => b.x1));
  const shelfEnd = Math.max(...taken.map((b) => b.x2));
  let shelf: { x: number; y: number } | null = null;
  for (const request of requests) {
    const spot = space.nearest(
      request,
      request.target,
      placeRule(request, placed, within),
      offsets,
    );
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
      at = spot;
      lowest = Math.max(lowest, at.y - request.shapeHeight / 2 + request.height);
    }
    space.mark(space.placedBox(request, at));
    out.set(request.id, at);
    placed.set(request.id, at);
  }
  return out;
}

/** Where `request` may stand: below its placed ancestors on descent, above its descendants. */
export function placeRule(
  request: Pick<SatelliteRequest, 'below' | 'above'>,
  placed: ReadonlyMap<string, Point>,
  within: Box | null,
): PlaceRule {
  const ys = (ids: string[]) =>
    ids.map((id) => placed.get(id)?.y).filter((y): y is number => y !== undefined);
  return {
    minY: Math.max(-Infinity, ...ys(request.below)),
    maxY: Math.min(Infinity, ...ys(request.above)),
    within,
  };
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
