/**
 * The Timeline layout: vertical position from the start year, so contemporaries line up on one
 * row. Dagre cannot pin ranks to years, so positions are computed here and applied with a
 * `preset` layout. Years are grouped into bands; each band is a row (wrapped into several rows
 * when crowded), bands are spaced by the years between them (capped, so a Plato at -400 does
 * not leave a screen of empty space), and nodes within a row are ordered by their neighbours'
 * positions to keep edges short. Nodes without a year take the median year of their dated
 * neighbours; the rest go to an "undated" band at the bottom.
 */
import type { CollectionReturnValue } from 'cytoscape';
import type { Positions } from '../types';
import { defaults, type TimelineOptions } from './defaults';

export interface TimelineItem {
  id: string;
  year?: number;
  neighbours: readonly string[];
}

/** One labelled row start on the time axis, for drawing ticks. */
export interface TimelineTick {
  /** The band's first year, or null for the undated band. */
  year: number | null;
  y: number;
}

export interface TimelineResult {
  positions: Positions;
  ticks: TimelineTick[];
  /** The year each node was placed at; inferred for undated nodes with dated neighbours. */
  placedYear: Map<string, number | null>;
}

/** Positions for a timeline of `items`; pure, so it is tested without a renderer. */
export function timelinePositions(
  items: readonly TimelineItem[],
  options: TimelineOptions = defaults,
): TimelineResult {
  const byId = new Map(items.map((item) => [item.id, item]));
  const placedYear = new Map<string, number | null>();
  for (const item of items) placedYear.set(item.id, item.year ?? null);
  // Two passes let a year travel across one undated node to the next.
  for (let pass = 0; pass < 2; pass++) {
    for (const item of items) {
      if (item.year !== undefined) continue;
      const years = item.neighbours
        .filter((n) => byId.has(n))
        .map((n) => placedYear.get(n))
        .filter((y): y is number => y !== null && y !== undefined)
        .sort((a, b) => a - b);
      if (years.length > 0) placedYear.set(item.id, years[Math.floor(years.length / 2)]!);
    }
  }

  const bands = new Map<number | null, TimelineItem[]>();
  for (const item of items) {
    const year = placedYear.get(item.id) ?? null;
    const band = year === null ? null : Math.floor(year / options.bandYears) * options.bandYears;
    (bands.get(band) ?? bands.set(band, []).get(band)!).push(item);
  }
  const dated = [...bands.keys()].filter((b): b is number => b !== null).sort((a, b) => a - b);
  const order: (number | null)[] = bands.has(null) ? [...dated, null] : dated;

  const positions: Positions = {};
  const ticks: TimelineTick[] = [];
  let y = 0;
  let previous: number | null | undefined;
  let previousRows = 1;
  for (const band of order) {
    if (previous !== undefined) {
      const elapsed =
        band === null || previous === null
          ? options.maxBandGap
          : ((band - previous) / options.bandYears) * options.pxPerBand;
      const least = options.minBandGap + (previousRows - 1) * options.rowGap;
      y += Math.max(
        least,
        Math.min(options.maxBandGap + (previousRows - 1) * options.rowGap, elapsed),
      );
    }
    ticks.push({ year: band, y });
    // Rows of a crowded band go by year, so later years never sit above earlier ones; within
    // a row, nodes go by their neighbours' positions to keep edges short.
    const members = [...bands.get(band)!].sort(
      (a, b) =>
        (placedYear.get(a.id) ?? 0) - (placedYear.get(b.id) ?? 0) || a.id.localeCompare(b.id),
    );
    const rows = Math.ceil(members.length / options.maxPerRow);
    for (let row = 0; row < rows; row++) {
      const slice = members
        .slice(row * options.maxPerRow, (row + 1) * options.maxPerRow)
        .sort((a, b) => barycentre(a, positions) - barycentre(b, positions));
      // Stagger wrapped rows by half a column so labels of consecutive rows do not stack.
      const offset = row % 2 === 1 ? options.columnGap / 2 : 0;
      slice.forEach((item, i) => {
        positions[item.id] = {
          x: (i - (slice.length - 1) / 2) * options.columnGap + offset,
          y: y + row * options.rowGap,
        };
      });
    }
    previous = band;
    previousRows = rows;
  }
  return { positions, ticks, placedYear };
}

/** Mean x of already placed neighbours; 0 (the centre) when none is placed yet. */
function barycentre(item: TimelineItem, positions: Positions): number {
  let sum = 0;
  let count = 0;
  for (const n of item.neighbours) {
    // own properties only: a neighbour `constructor` not placed yet would find Object's
    const p = Object.hasOwn(positions, n) ? positions[n] : undefined;
    if (p) {
      sum += p.x;
      count++;
    }
  }
  return count === 0 ? 0 : sum / count;
}

/** Timeline items for the nodes of `eles`, with neighbours taken from the edges among them. */
export function timelineItemsOf(eles: CollectionReturnValue): TimelineItem[] {
  const neighbours = new Map<string, string[]>();
  eles.nodes().forEach((node) => {
    neighbours.set(node.id(), []);
  });
  eles.edges().forEach((edge) => {
    neighbours.get(edge.source().id())?.push(edge.target().id());
    neighbours.get(edge.target().id())?.push(edge.source().id());
  });
  return eles.nodes().map((node) => {
    const year = node.data('year') as number | undefined;
    const item: TimelineItem = { id: node.id(), neighbours: neighbours.get(node.id()) ?? [] };
    if (year !== undefined) item.year = year;
    return item;
  });
}
