/**
 * The lineage drawn by Graphviz `dot` itself (network-simplex ranks, median + transpose
 * ordering, network-simplex x, splines routed around the nodes), run from its WASM build
 * (@hpcc-js/wasm-graphviz: the WebAssembly is inlined in the module, so it loads without a
 * network request, in the layout worker and in Node alike). Our boxes go in as fixed-size
 * empty nodes; node centres and each edge's route come back, y pointing down.
 */
import { Graphviz, type Format } from '@hpcc-js/wasm-graphviz';
import type { LayoutEdge, LayoutInput, Positions } from '../types';
import type { Point } from './drawing-quality';

/** An edge for dot: `constraint: false` routes it without letting it decide ranks. */
export interface DotEdge extends LayoutEdge {
  constraint?: boolean;
  /** Where the route leaves its source and reaches its target: the box's top or bottom middle. */
  tailPort?: 'n' | 's';
  headPort?: 'n' | 's';
}

export interface DotInput extends LayoutInput {
  edges: DotEdge[];
  /**
   * Ranks given rather than computed: node ids per rank, top first (every node in one). dot
   * then only orders, places and routes.
   */
  rows?: string[][];
}

/** The invisible node that holds rank `i` in place when the ranks are given. */
const rowAnchor = (i: number) => `isms-row-anchor-${i}`;

/** Node centres, and one route per input edge (source centre → target centre), or null. */
export interface Drawing {
  positions: Positions;
  routes: (Point[] | null)[];
}

/** dot's options; each value is the one that read best on the communism graph. */
export const defaults = {
  /** Horizontal gap between neighbours in a rank (px); labels wrap at 120px. */
  nodeSep: 18,
  /** Vertical gap between ranks (px): room for the arrow and a bend. */
  rankSep: 60,
  /**
   * How edges are routed around the nodes. `polyline` takes dot's spline router's path as
   * straight pieces: on the bundled graph it crosses less than `spline` (4,156 against
   * 4,941 crossings as drawn), like it passes through no node, and takes a fifth of the time.
   */
  splines: 'polyline' as 'spline' | 'polyline' | 'line',
  /**
   * Scales dot's crossing-minimisation iterations (mincross); 1 is dot's own default.
   * Lower on large graphs: the ordering is what costs most after routing.
   */
  mclimit: 1,
  /**
   * Bounds dot's network-simplex passes (ranking and x): on deep graphs with many long
   * edges the unbounded passes take minutes; 0 leaves dot's own limit.
   */
  nslimit: 0,
  /** A route point may stray this far (px) from dot's spline once it is simplified. */
  routeTolerance: 1.5,
  /**
   * A size (px, width × height) the drawing is compressed towards (dot's `ratio=compress`), or
   * null for dot's own packing.
   */
  compressTo: null as { width: number; height: number } | null,
};

export type DotOptions = typeof defaults;

/** Points per inch: dot's coordinates are points, its sizes inches. */
const PPI = 72;

let loading: Promise<Graphviz> | null = null;

/** The Graphviz module, loaded once per worker or process (~0.2 s the first time). */
export function loadGraphviz(): Promise<Graphviz> {
  loading ??= Graphviz.load();
  return loading;
}

/** The DOT text for `input`: fixed-size empty boxes, weighted edges, top to bottom. */
export function dotSource(input: DotInput, options: DotOptions = defaults): string {
  const lines = [
    'digraph G {',
    `graph [rankdir=TB, nodesep=${inches(options.nodeSep)}, ranksep=${inches(options.rankSep)}, splines=${options.splines}, mclimit=${options.mclimit}${options.nslimit > 0 ? `, nslimit=${options.nslimit}, nslimit1=${options.nslimit}` : ''}${options.compressTo ? `, ratio=compress, size="${inches(options.compressTo.width)},${inches(options.compressTo.height)}"` : ''}];`,
    'node [shape=box, fixedsize=true, label=""];',
    'edge [arrowhead=none];',
  ];
  const known = new Set<string>();
  for (const node of input.nodes) {
    known.add(node.id);
    lines.push(`${quote(node.id)} [width=${inches(node.width)}, height=${inches(node.height)}];`);
  }
  // Given ranks: a chain of invisible anchors, one per rank, each in a rank with its nodes.
  (input.rows ?? []).forEach((row, i) => {
    lines.push(`${quote(rowAnchor(i))} [width=0.01, height=0.01, style=invis];`);
    if (i > 0) lines.push(`${quote(rowAnchor(i - 1))} -> ${quote(rowAnchor(i))} [style=invis];`);
    const members = row.filter((id) => known.has(id)).map(quote);
    lines.push(`{ rank=same; ${[quote(rowAnchor(i)), ...members].join('; ')}; }`);
  });
  input.edges.forEach((edge, i) => {
    if (edge.source === edge.target || !known.has(edge.source) || !known.has(edge.target)) return;
    const attrs = [`id="e${i}"`, `weight=${Math.max(0, Math.round(edge.weight ?? 1))}`];
    if ((edge.minLen ?? 1) !== 1) attrs.push(`minlen=${Math.max(0, Math.round(edge.minLen!))}`);
    if (edge.constraint === false) attrs.push('constraint=false');
    if (edge.tailPort) attrs.push(`tailport=${edge.tailPort}`);
    if (edge.headPort) attrs.push(`headport=${edge.headPort}`);
    lines.push(`${quote(edge.source)} -> ${quote(edge.target)} [${attrs.join(', ')}];`);
  });
  lines.push('}');
  return lines.join('\n');
}

/** The drawing of `input` by dot: centres and routes, in px, y down. */
export async function dotDrawing(
  input: DotInput,
  options: Partial<DotOptions> = {},
): Promise<Drawing> {
  const opts = { ...defaults, ...options };
  const positions: Positions = {};
  const routes: (Point[] | null)[] = input.edges.map(() => null);
  if (input.nodes.length === 0) return { positions, routes };
  const graphviz = await loadGraphviz();
  // json0: positions and routes without drawing operations; the typings list only the formats
  // with drawing operations, but the WASM build passes any Graphviz format through.
  const text = graphviz.layout(dotSource(input, opts), 'json0' as Format, 'dot', { yInvert: true });
  const out = JSON.parse(text) as DotJson;
  const ids = new Set(input.nodes.map((node) => node.id));
  for (const object of out.objects ?? []) {
    // Rank anchors (given ranks) are not nodes of the input.
    if (object.pos === undefined || !ids.has(object.name)) continue;
    const [x, y] = object.pos.split(',').map(Number) as [number, number];
    // defineProperty: a node called "__proto__" is a key here, not the object's prototype.
    Object.defineProperty(positions, object.name, {
      value: { x: round1(x), y: round1(y) },
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  for (const edge of out.edges ?? []) {
    const index = Number(edge.id?.slice(1));
    const source = input.edges[index];
    if (source === undefined || edge.pos === undefined) continue;
    const from = Object.hasOwn(positions, source.source) ? positions[source.source] : undefined;
    const to = Object.hasOwn(positions, source.target) ? positions[source.target] : undefined;
    if (from === undefined || to === undefined) continue;
    routes[index] = routeOf(edge.pos, from, to, opts.routeTolerance);
  }
  return { positions, routes };
}

interface DotJson {
  objects?: { name: string; pos?: string }[];
  edges?: { id?: string; pos?: string }[];
}

/**
 * The route of one edge from dot's `pos` ("e,x,y s,x,y" ends, then cubic B-spline control
 * points), sampled into a polyline from the source's centre to the target's centre.
 */
export function routeOf(
  pos: string,
  from: Point,
  to: Point,
  tolerance: number,
  /** The ends that decide which way the spline runs, if not `from` and `to` (box centres). */
  orient: { from: Point; to: Point } = { from, to },
): Point[] {
  const spline = pos.split(';')[0]!.trim().split(/\s+/);
  let start: Point | null = null;
  let end: Point | null = null;
  const control: Point[] = [];
  for (const token of spline) {
    const parts = token.split(',');
    if (parts[0] === 's') start = { x: Number(parts[1]), y: Number(parts[2]) };
    else if (parts[0] === 'e') end = { x: Number(parts[1]), y: Number(parts[2]) };
    else control.push({ x: Number(parts[0]), y: Number(parts[1]) });
  }
  const sampled: Point[] = [];
  if (start) sampled.push(start);
  if (control.length > 0) sampled.push(control[0]!);
  for (let i = 0; i + 3 < control.length; i += 3) {
    const [p0, p1, p2, p3] = [control[i]!, control[i + 1]!, control[i + 2]!, control[i + 3]!];
    for (const t of [0.25, 0.5, 0.75, 1]) sampled.push(bezier(p0, p1, p2, p3, t));
  }
  if (end) sampled.push(end);
  // dot reports a reversed (cycle-breaking) edge's spline from head to tail.
  const first = sampled[0];
  if (first && distance(first, orient.to) < distance(first, orient.from)) sampled.reverse();
  return simplify([from, ...sampled, to], tolerance);
}

function bezier(p0: Point, p1: Point, p2: Point, p3: Point, t: number): Point {
  const u = 1 - t;
  const a = u * u * u;
  const b = 3 * u * u * t;
  const c = 3 * u * t * t;
  const d = t * t * t;
  return {
    x: a * p0.x + b * p1.x + c * p2.x + d * p3.x,
    y: a * p0.y + b * p1.y + c * p2.y + d * p3.y,
  };
}

/** Ramer–Douglas–Peucker: drops points within `tolerance` of the line their neighbours draw. */
export function simplify(points: readonly Point[], tolerance: number): Point[] {
  if (points.length <= 2) return [...points];
  const keep = new Uint8Array(points.length);
  keep[0] = 1;
  keep[points.length - 1] = 1;
  const stack: [number, number][] = [[0, points.length - 1]];
  while (stack.length > 0) {
    const [lo, hi] = stack.pop()!;
    let worst = -1;
    let worstDistance = tolerance;
    for (let i = lo + 1; i < hi; i++) {
      const d = distanceToSegment(points[i]!, points[lo]!, points[hi]!);
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst >= 0) {
      keep[worst] = 1;
      stack.push([lo, worst], [worst, hi]);
    }
  }
  return points.filter((_, i) => keep[i] === 1).map((p) => ({ x: round1(p.x), y: round1(p.y) }));
}

function distance(a: Point, b: Point): number {
  return Math.hypot(a.x - b.x, a.y - b.y);
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length2 = dx * dx + dy * dy;
  if (length2 === 0) return distance(p, a);
  const t = Math.max(0, Math.min(1, ((p.x - a.x) * dx + (p.y - a.y) * dy) / length2));
  return distance(p, { x: a.x + t * dx, y: a.y + t * dy });
}

/** A size in px as Graphviz's inches. */
export function inches(px: number): string {
  return (Math.max(px, 1) / PPI).toFixed(4);
}

/** An id as a quoted DOT string. */
export function quote(id: string): string {
  return `"${id.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
