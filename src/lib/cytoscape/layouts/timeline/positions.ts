/**
 * The Timeline layout: vertical position from the start year on a proportional axis with
 * breaks (scale.ts), so that 10 BCE and 30 CE are as close as 1840 and 1844. Dagre cannot pin
 * ranks to years, so positions are computed here and applied with a `preset` layout. Each year
 * is a row at its place on the axis; nodes of one year, and of years close enough for their
 * boxes to meet, are set side by side, each as near its already placed neighbours as a free
 * spot right of the axis allows, so that no two boxes (shape with label) overlap and edges stay short. A very
 * crowded year wraps into further rows and moves the later years down. Nodes without a year take
 * the median year of their dated neighbours (`inferred`); the rest go to a row of their own at
 * the bottom.
 */
import type { CollectionReturnValue } from 'cytoscape';
import type { NodeKind } from '../../../domain/kinds';
import { nodeSizing } from '../../node-sizing';
import { nodeBox } from '../lineage/node-box';
import type { Positions } from '../types';
import { defaults, type TimelineOptions } from './defaults';
import { yearScale, type AxisBreak } from './scale';

export interface TimelineItem {
  id: string;
  year?: number;
  neighbours: readonly string[];
  /** The box of the shape with its label, px (the defaults' box when not given). */
  width?: number;
  height?: number;
  /** The shape's height: the node's centre is the shape's, and the label hangs below it. */
  shapeHeight?: number;
}

/** One labelled year on the time axis, for drawing ticks. */
export interface TimelineTick {
  /** The year, or null for the row of undated nodes. */
  year: number | null;
  y: number;
}

export interface TimelineResult {
  positions: Positions;
  ticks: TimelineTick[];
  /** Where the axis is cut: the years on either side and the middle of the cut. */
  breaks: AxisBreak[];
  /** The year each node was placed at; inferred for undated nodes with dated neighbours. */
  placedYear: Map<string, number | null>;
  /** Nodes without a year of their own, placed at the median year of their neighbours. */
  inferred: Set<string>;
}

interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
}

/** Positions for a timeline of `items`; pure, so it is tested without a renderer. */
export function timelinePositions(
  items: readonly TimelineItem[],
  options: TimelineOptions = defaults,
): TimelineResult {
  const placedYear = inferYears(items);
  const inferred = new Set(
    items.filter((i) => i.year === undefined && placedYear.get(i.id) !== null).map((i) => i.id),
  );
  const byYear = new Map<number | null, TimelineItem[]>();
  for (const item of items) {
    const year = placedYear.get(item.id) ?? null;
    (byYear.get(year) ?? byYear.set(year, []).get(year)!).push(item);
  }
  const years = [...byYear.keys()].filter((y): y is number => y !== null).sort((a, b) => a - b);
  const base = yearScale(years, options);
  // A year's nodes stay within the width budget, or within their own row if that is wider.
  const rowWidth = (row: readonly TimelineItem[]) =>
    row.reduce((sum, item) => sum + (item.width ?? options.width) + options.gapX, 0);

  const positions: Positions = {};
  const packer: Placer =
    items.length > options.packAbove ? new RowGrid(options) : new RowPacker(options, items);
  // Space added below crowded years: every later year moves down by it (see scale.ts).
  const extra = new Map<number, number>();
  let shift = 0;
  let bottom = 0;
  const order: (number | null)[] = byYear.has(null) ? [...years, null] : years;
  for (const year of order) {
    const top = year === null ? bottom + options.undatedGap : base.y(year) + shift;
    // Nodes whose neighbours stand nearest the axis first, so each finds room near them; ties
    // by id, so the drawing is the same on every run.
    const members = [...byYear.get(year)!]
      .map((item) => ({ item, wish: barycentre(item, positions) }))
      .sort(
        (a, b) => Math.abs(a.wish) - Math.abs(b.wish) || a.wish - b.wish || byId(a.item, b.item),
      );
    const half =
      Math.max(
        options.maxWidth,
        year === null ? 0 : rowWidth(members.slice(0, options.maxPerRow).map((m) => m.item)),
      ) / 2;
    let lowest = top;
    members.forEach(({ item, wish }, i) => {
      // A year with more nodes than a row holds wraps: its later rows start lower.
      const row = Math.floor(i / options.maxPerRow);
      const box = packer.place(item, wish, top + row * options.rowGap, half);
      positions[item.id] = { x: box.x, y: box.y };
      lowest = Math.max(lowest, box.y);
      bottom = Math.max(bottom, box.y2);
    });
    if (year !== null && lowest > top) {
      extra.set(year, lowest - top);
      shift += lowest - top;
    }
  }
  const scale = yearScale(years, options, extra);
  const ticks: TimelineTick[] = scale.tickYears().map((year) => ({ year, y: scale.y(year) }));
  if (byYear.has(null)) ticks.push({ year: null, y: bottom + options.undatedGap });
  return { positions, ticks, breaks: scale.breaks, placedYear, inferred };
}

/** Orders by id, by code unit: `localeCompare` costs seconds over 20,000 nodes. */
function byId(a: TimelineItem, b: TimelineItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Places one box at (or below) a height, at most `half` × 2 right of the axis. */
interface Placer {
  place(item: TimelineItem, wish: number, y: number, half: number): Box & { x: number; y: number };
}

/**
 * The placer for large graphs, where the packer's search would take seconds on the main
 * thread and labels are hidden anyway (large-graph mode): every node in a fixed-width column,
 * left to right in the order given, a row being one requested height (a year, or a wrapped row
 * of it), each row at least `rowGap` below the one before.
 */
class RowGrid implements Placer {
  private requested = Number.NaN;
  private rowY = Number.NEGATIVE_INFINITY;
  private next = 0;

  constructor(private readonly options: TimelineOptions) {}

  place(
    _item: TimelineItem,
    _wish: number,
    y: number,
    half: number,
  ): Box & { x: number; y: number } {
    const { options } = this;
    const pitch = options.width + options.gapX;
    if (y !== this.requested) {
      this.requested = y;
      this.rowY = Math.max(y, this.rowY + options.rowGap);
      this.next = 0;
    }
    if (this.next > 0 && (this.next + 1) * pitch > 2 * half) {
      this.rowY += options.rowGap;
      this.next = 0;
    }
    const x = this.next * pitch + options.width / 2;
    this.next++;
    const y1 = this.rowY - options.shapeHeight / 2;
    return {
      x,
      y: this.rowY,
      x1: x - options.width / 2,
      x2: x + options.width / 2,
      y1,
      y2: y1 + options.height,
    };
  }
}

/** Places boxes one at a time at a given height, each at the free spot nearest its wish. */
class RowPacker implements Placer {
  private active: Box[] = [];
  private readonly reach: number;

  constructor(
    private readonly options: TimelineOptions,
    items: readonly TimelineItem[],
  ) {
    // Rows come top to bottom, so a box that ends this far above a row meets nothing below.
    this.reach = Math.max(options.shapeHeight, ...items.map((i) => i.shapeHeight ?? 0)) / 2;
  }

  /**
   * Puts `item` at height `y` at the free spot nearest `wish`, or, when the row is full there,
   * lower down by small steps until it fits: never above `y`, so years keep their order. Boxes
   * stay within `2 * half` right of the axis's side (x = 0 is a box's left edge).
   */
  place(item: TimelineItem, wish: number, y: number, half: number): Box & { x: number; y: number } {
    const { options } = this;
    const width = item.width ?? options.width;
    const shape = item.shapeHeight ?? options.shapeHeight;
    const height = Math.max(item.height ?? options.height, shape);
    const limit = Math.max(0, 2 * half - width);
    // Calls come with `y` never decreasing: a box ending well above it meets nothing again.
    this.active = this.active.filter((b) => b.y2 + options.gapY > y - this.reach);
    let at = y;
    for (;;) {
      const y1 = at - shape / 2;
      const y2 = y1 + height;
      const near = this.active.filter((b) => b.y1 < y2 + options.gapY && y1 < b.y2 + options.gapY);
      // Centres that would overlap a placed box, as open intervals.
      const blocked = near
        .map((b) => [b.x1 - width / 2 - options.gapX, b.x2 + width / 2 + options.gapX] as const)
        .sort((a, b) => a[0] - b[0]);
      const x = nearestFree(Math.max(0, Math.min(limit, wish)), blocked, limit);
      if (x !== null) {
        const box = { x, y: at, x1: x - width / 2, x2: x + width / 2, y1, y2 };
        this.active.push(box);
        return box;
      }
      // No room: go down to where the first of these boxes stops being in the way (going
      // less far only meets more of them), at least one step.
      const clear = Math.min(...near.map((b) => b.y2 + options.gapY + shape / 2));
      at = Math.max(at + options.stepDown, clear);
    }
  }
}

/**
 * The point of [0, limit] nearest `wish` outside every open interval of `blocked` (sorted
 * by start), or null when they cover it all.
 */
function nearestFree(
  wish: number,
  blocked: readonly (readonly [number, number])[],
  limit: number,
): number | null {
  const merged: [number, number][] = [];
  for (const [a, b] of blocked) {
    const last = merged.at(-1);
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else merged.push([a, b]);
  }
  const inside = merged.find(([a, b]) => a < wish && wish < b);
  if (!inside) return wish;
  // The ends of merged intervals are free (the intervals are open and apart): the nearest end
  // within the limits wins.
  let best: number | null = null;
  for (const [a, b] of merged) {
    for (const x of [a, b]) {
      if (x < 0 || x > limit) continue;
      if (best === null || Math.abs(x - wish) < Math.abs(best - wish)) best = x;
    }
  }
  return best;
}

/**
 * Each node's year: its own, or the median year of its dated neighbours. Two passes let a year
 * travel across one undated node to the next.
 */
function inferYears(items: readonly TimelineItem[]): Map<string, number | null> {
  const ids = new Set(items.map((item) => item.id));
  const placedYear = new Map<string, number | null>();
  for (const item of items) placedYear.set(item.id, item.year ?? null);
  for (let pass = 0; pass < 2; pass++) {
    for (const item of items) {
      if (item.year !== undefined) continue;
      const years = item.neighbours
        .filter((n) => ids.has(n))
        .map((n) => placedYear.get(n))
        .filter((y): y is number => y !== null && y !== undefined)
        .sort((a, b) => a - b);
      if (years.length > 0) placedYear.set(item.id, years[Math.floor(years.length / 2)]!);
    }
  }
  return placedYear;
}

/** Mean x of already placed neighbours; 0 (next to the axis) when none is placed yet. */
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

/**
 * Timeline items for the nodes of `eles`, with neighbours taken from the edges among them and
 * boxes estimated as the CLI estimates them (lineage/node-box.ts), so both place alike.
 */
export function timelineItemsOf(eles: CollectionReturnValue): TimelineItem[] {
  const neighbours = new Map<string, string[]>();
  eles.nodes().forEach((node) => {
    neighbours.set(node.id(), []);
  });
  eles.edges().forEach((edge) => {
    neighbours.get(edge.source().id())?.push(edge.target().id());
    neighbours.get(edge.target().id())?.push(edge.source().id());
  });
  // Large graphs are placed on a grid that ignores the boxes (see `RowGrid`): not measured.
  const sized = eles.nodes().length <= defaults.packAbove;
  return eles.nodes().map((node) => {
    const year = node.data('year') as number | undefined;
    const kind = node.data('kind') as NodeKind;
    const degree = Number(node.data('degree') ?? 0);
    const item: TimelineItem = {
      id: node.id(),
      neighbours: neighbours.get(node.id()) ?? [],
      ...(sized ? timelineBox(kind, String(node.data('label') ?? ''), degree) : {}),
    };
    if (year !== undefined) item.year = year;
    return item;
  });
}

/** The box a timeline item of this kind, label and degree takes (see `TimelineItem`). */
export function timelineBox(
  kind: NodeKind,
  label: string,
  degree: number,
): { width: number; height: number; shapeHeight: number } {
  return { ...nodeBox(kind, label, degree), shapeHeight: nodeSizing(kind, degree).h };
}
