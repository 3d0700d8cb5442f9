/**
 * The lineage of a graph with ideologies in it, drawn backbone first: the ideologies alone
 * are the family tree, and each one's satellites (satellites.ts) stand in the free space
 * nearest under its label, so that at the zoom that shows the whole graph every ideology label is large enough
 * to read. Graphviz dot draws the tree twice: once to rank and order it (on descent, as
 * drawing-input.ts prepares it), then, after ranks wider than the drawing should be are folded
 * onto rows below them, with those rows given, to order, place and route it again. The fold
 * width is the one whose drawing a square canvas shows at the largest zoom, so the tree fills
 * the screen whether its satellites are shown or filtered out. The satellites are then looked
 * at again (satellite-order.ts), each moved inside the tree's box to where its edges cross
 * fewest: on the bundled graph that took crossings as drawn from 13,412 to 8,009 (dot: 10,179).
 */
import type { Positions } from '../types';
import { dotDrawing, type DotEdge } from './dot-engine';
import { fixedRoutes } from './fixed-routes';
import { boxCorners, drawnBox, shapeCentre, shapeHeightOf } from './node-box';
import { lineageDrawingInput } from './drawing-input';
import type { Point } from './drawing-quality';
import type { LineageLink, LineageNode } from './positions';
import { refineSatellites } from './satellite-order';
import { homesOf, placeSatellites, type Box, type SatelliteRequest } from './satellites';
import { DESCENT_RELATIONS, type RelationId } from '../../../domain/relations';

/** How the backbone is shaped; each value is the one that read best. */
export const defaults = {
  /** The canvas the drawing is shaped for, width over height (the explorer's, about 1). */
  aspect: 1,
  /** Gap between an ideology's label and the first satellite under it (px). */
  gap: 10,
  /** Horizontal gap between neighbours in a row (dot's `nodesep`, px). */
  nodeSep: 8,
  /** Vertical gap between rows (dot's `ranksep`, px): room for the arrows and a bend. */
  rankSep: 20,
  /** Fold widths tried, as shares of the widest rank. */
  foldSteps: 24,
  /**
   * Route the edges outside the tree around the boxes (fixed-routes.ts): straight, 437 of
   * the bundled graph's edges pass through another node; routed, 2 (about 2.5 s more).
   */
  routeRest: true,
  /** Look again at where the satellites stand, for fewer crossings (satellite-order.ts). */
  refine: true,
};

export type BackboneOptions = typeof defaults;

/** Centres, and per link (same order) its route from source centre to target centre, or null. */
export interface BackboneDrawing {
  positions: Positions;
  routes: (Point[] | null)[];
}

/** The drawing of `nodes` and `links`, ideologies as the backbone (see the module comment). */
export async function backboneDrawing(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  options: BackboneOptions = defaults,
): Promise<BackboneDrawing> {
  // Without ideologies (people and parties only, say), every node is part of the tree.
  const homes = nodes.some((node) => node.kind === 'ideology')
    ? homesOf(nodes, links)
    : new Map(nodes.map((node) => [node.id, node.id]));
  const ideologies = nodes.filter((node) => homes.get(node.id) === node.id);
  const linkIndex: number[] = [];
  const backboneLinks: LineageLink[] = [];
  links.forEach((link, i) => {
    if (link.source === link.target) return;
    if (homes.get(link.source) !== link.source || homes.get(link.target) !== link.target) return;
    linkIndex.push(i);
    backboneLinks.push(link);
  });

  // The tree: ranked and ordered by dot, folded onto rows, then ordered and routed on them.
  const { input, flipped } = lineageDrawingInput(ideologies, backboneLinks);
  const spacing = { nodeSep: options.nodeSep, rankSep: options.rankSep };
  const first = await dotDrawing(input, spacing);
  const { rows, size } = foldedRows(input.nodes, first.positions, options);
  const rowOf = new Map<string, number>();
  rows.forEach((row, r) => row.forEach((id) => rowOf.set(id, r)));
  const edges: DotEdge[] = input.edges.map((edge) => {
    const from = rowOf.get(edge.source)!;
    const to = rowOf.get(edge.target)!;
    const ports =
      from < to
        ? { tailPort: 's' as const, headPort: 'n' as const }
        : from > to
          ? { tailPort: 'n' as const, headPort: 's' as const }
          : {};
    return { ...edge, minLen: 1, constraint: false, ...ports };
  });
  const second = await dotDrawing(
    { nodes: input.nodes, edges, rows },
    { ...spacing, compressTo: { width: size, height: size / options.aspect } },
  );

  // dot centres each box; the node's position is its shape's centre, the label under it.
  const positions: Positions = {};
  const place = (id: string, at: Point) =>
    Object.defineProperty(positions, id, {
      value: { x: round1(at.x), y: round1(at.y) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  const boxes = new Map<string, Box>();
  for (const node of ideologies) {
    const centre = second.positions[node.id]!;
    boxes.set(node.id, boxCorners({ ...centre, width: node.width, height: node.height }));
    place(node.id, shapeCentre(centre, node));
  }
  const routes: (Point[] | null)[] = links.map(() => null);
  const portGap = Math.min(6, options.rankSep / 3);
  second.routes.forEach((route, k) => {
    if (route === null) return;
    const edge = edges[k]!;
    const inside = (p: Point, id: string) => {
      const box = boxes.get(id)!;
      return p.x >= box.x1 - 1 && p.x <= box.x2 + 1 && p.y >= box.y1 - 1 && p.y <= box.y2 + 1;
    };
    const middle = route
      .slice(1, -1)
      .filter((p) => !inside(p, edge.source) && !inside(p, edge.target));
    const port = (id: string, side: 'n' | 's' | undefined) =>
      side === undefined
        ? []
        : [
            {
              x: positions[id]!.x,
              // Just outside the box: a bend on the shape's own outline leaves Cytoscape no
              // endpoint to draw the edge from.
              y: side === 's' ? boxes.get(id)!.y2 + portGap : boxes.get(id)!.y1 - portGap,
            },
          ];
    const drawn = [
      positions[edge.source]!,
      ...port(edge.source, edge.tailPort),
      ...middle,
      ...port(edge.target, edge.headPort),
      positions[edge.target]!,
    ];
    routes[linkIndex[k]!] = flipped[k] ? drawn.reverse() : drawn;
  });

  // The rest: each in the free space nearest under its home, in order of time.
  const placed = new Map<string, Point>(Object.entries(positions));
  const below = new Map<string, string[]>();
  const above = new Map<string, string[]>();
  for (const link of links) {
    if (!DESCENT.has(link.relation)) continue;
    // The link's source descends from its target: it stands below it.
    below.set(link.source, [...(below.get(link.source) ?? []), link.target]);
    above.set(link.target, [...(above.get(link.target) ?? []), link.source]);
  }
  const bottom = Math.max(0, ...[...boxes.values()].map((box) => box.y2));
  const xs = [...boxes.values()].map((box) => (box.x1 + box.x2) / 2);
  const middleX = xs.length > 0 ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
  const requests: SatelliteRequest[] = nodes
    .filter((node) => homes.get(node.id) !== node.id)
    .map((node) => {
      const home = homes.get(node.id) ?? null;
      const homeBox = home === null ? undefined : boxes.get(home);
      const target = homeBox
        ? { x: (homeBox.x1 + homeBox.x2) / 2, y: homeBox.y2 + options.gap }
        : { x: middleX, y: bottom + options.rankSep };
      return {
        id: node.id,
        width: node.width,
        height: node.height,
        shapeHeight: shapeHeightOf(node),
        ...(node.kind !== undefined ? { kind: node.kind } : {}),
        ...(node.year !== undefined ? { year: node.year } : {}),
        target,
        below: below.get(node.id) ?? [],
        above: above.get(node.id) ?? [],
      };
    })
    .sort(
      (a, b) =>
        (a.year ?? Infinity) - (b.year ?? Infinity) ||
        b.height * b.width - a.height * a.width ||
        (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
  const drawnRoutes = routes.filter((route): route is Point[] => route !== null);
  const all = [...boxes.values()];
  const tree =
    all.length === 0
      ? null
      : {
          x1: Math.min(...all.map((box) => box.x1)),
          y1: Math.min(...all.map((box) => box.y1)),
          x2: Math.max(...all.map((box) => box.x2)),
          y2: Math.max(...all.map((box) => box.y2)),
        };
  placeSatellites(requests, all, drawnRoutes, placed, undefined, tree);
  if (options.refine) refineSatellites(requests, all, links, routes, placed, tree);
  for (const request of requests) place(request.id, placed.get(request.id)!);

  // Every edge the tree's drawing did not route (to and between the satellites): around the
  // boxes in its way, the nodes staying where they are.
  if (options.routeRest) {
    const placedBoxes = nodes.flatMap((node) => {
      const at = positions[node.id];
      return at === undefined ? [] : [{ id: node.id, ...drawnBox(at, node) }];
    });
    const rest = links.flatMap((link, i) => (routes[i] === null ? [i] : []));
    const restRoutes = await fixedRoutes(
      placedBoxes,
      rest.map((i) => links[i]!),
      positions,
    );
    rest.forEach((i, k) => (routes[i] = restRoutes[k]!));
  }
  return { positions, routes };
}

const DESCENT = new Set<RelationId>(DESCENT_RELATIONS);

/**
 * The rows of the tree: each of dot's ranks in its order, folded onto as many rows as it needs
 * to stay within the fold width that a canvas of `aspect` shows largest.
 */
export function foldedRows(
  boxes: readonly { id: string; width: number; height: number }[],
  positions: Positions,
  options: Pick<BackboneOptions, 'aspect' | 'nodeSep' | 'rankSep' | 'foldSteps'> = defaults,
): { rows: string[][]; size: number } {
  const byRank = new Map<number, { id: string; width: number; height: number; x: number }[]>();
  for (const box of boxes) {
    const at = positions[box.id];
    if (at === undefined) continue;
    const y = Math.round(at.y);
    const list = byRank.get(y);
    const item = { ...box, x: at.x };
    if (list) list.push(item);
    else byRank.set(y, [item]);
  }
  const ranks = [...byRank.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list]) => list.sort((a, b) => a.x - b.x));
  if (ranks.length === 0) return { rows: [], size: 0 };
  const widthOf = (list: readonly { width: number }[]) =>
    list.reduce((sum, box) => sum + box.width, 0) + options.nodeSep * (list.length - 1);
  const widest = Math.max(...ranks.map(widthOf));
  const narrowest = Math.max(...boxes.map((box) => box.width));
  let best: { rows: string[][]; scale: number } | null = null;
  for (let step = 0; step <= options.foldSteps; step++) {
    const limit = narrowest + ((widest - narrowest) * step) / options.foldSteps;
    const rows = ranks.flatMap((rank) => fold(rank, limit, widthOf));
    const width = Math.max(...rows.map((row) => widthOf(row)));
    const height =
      rows.reduce((sum, row) => sum + Math.max(...row.map((box) => box.height)), 0) +
      options.rankSep * (rows.length - 1);
    // The size a canvas of this aspect must show, in its own width: smaller is larger on screen.
    const scale = Math.max(width, height * options.aspect);
    if (best === null || scale < best.scale)
      best = { rows: rows.map((row) => row.map((box) => box.id)), scale };
  }
  return { rows: best!.rows, size: best!.scale };
}

/** `rank` cut into consecutive rows of about equal width, none wider than `limit` if it can. */
function fold<T extends { width: number }>(
  rank: readonly T[],
  limit: number,
  widthOf: (list: readonly T[]) => number,
): T[][] {
  const count = Math.max(1, Math.ceil(widthOf(rank) / limit));
  if (count === 1) return [[...rank]];
  const target = widthOf(rank) / count;
  const rows: T[][] = [[]];
  for (const box of rank) {
    const row = rows.at(-1)!;
    if (row.length > 0 && widthOf([...row, box]) > target * 1.05 && rows.length < count) {
      rows.push([box]);
    } else row.push(box);
  }
  return rows;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
