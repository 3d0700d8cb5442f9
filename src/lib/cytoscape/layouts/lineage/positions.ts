/**
 * The lineage's positions code: from the nodes and edges on the canvas to positions, for either
 * engine `chooseLineageEngine` picks. Small graphs get the drawing the user chose: dagre
 * (network simplex) ranks and orders the nodes, then every rank is packed tight and crowded
 * ranks wrap onto staggered rows. Large graphs get the layered engine's drawing as it is.
 * Pure, so it runs alike in the browser (dagre or the layered engine in the layout worker) and
 * in Node (precomputed positions, tests): `explorerLineageInput` builds the engine's input,
 * `lineageLayout` (or an engine directly) computes, `explorerLineagePositions` finishes.
 */
import type { NodeKind } from '../../../domain/kinds';
import type { RelationId } from '../../../domain/relations';
import type { LayoutEdge, LayoutInput, LineageEngine, Positions } from '../types';
import { defaults, type LineageDefaults } from './defaults';
import { lineageEdge, LINEAGE_CHRONOLOGY } from './input';

/** The dagre input and packing options: the lineage's defaults (./defaults.ts). */
export type CompactLineageOptions = Pick<
  LineageDefaults,
  | 'nodeSep'
  | 'rankSep'
  | 'labelPadding'
  | 'yearsPerRank'
  | 'maxRankSpan'
  | 'maxPerRow'
  | 'rankOnlyDirected'
>;

/** A node to lay out: its measured (or estimated) box, start year and degree. */
export interface LineageNode {
  id: string;
  width: number;
  height: number;
  year?: number;
  /** Edges at the node in the whole graph: zoomed out, a hub's label grows (semantic zoom). */
  degree: number;
  /** Its kind, where known: ideologies are the backbone of the drawing (backbone-drawing.ts). */
  kind?: NodeKind;
}

/** An edge as the graph has it, before it is oriented earlier → later. */
export interface LineageLink {
  source: string;
  target: string;
  relation: RelationId;
}

/**
 * Dagre's input: boxes widened for hubs and padded, and edges oriented by `lineageEdge` with a
 * minimum length from their years. Edges without a chronological direction (`opposed`,
 * `part_of`, …) only join the ranking for nodes that have no directed edge at all; otherwise
 * their long cross-links fill every rank with dagre's dummy nodes and the lineage grows very
 * wide.
 */
export function dagreLineageInput(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  options: CompactLineageOptions = defaults,
): LayoutInput {
  const yearOf = new Map<string, number | undefined>();
  const layoutNodes = nodes.map((node) => {
    yearOf.set(node.id, node.year);
    const grow = 1 + 0.35 * Math.sqrt(Math.min(Math.max(node.degree, 0), 24) / 24);
    const width = (Number.isFinite(node.width) && node.width > 0 ? node.width : 40) * grow;
    const height = Number.isFinite(node.height) && node.height > 0 ? node.height : 40;
    return {
      id: node.id,
      width: width + options.labelPadding,
      height: height + options.labelPadding,
    };
  });
  const directed = new Set<string>();
  for (const link of links) {
    if ((LINEAGE_CHRONOLOGY[link.relation] ?? 'years') !== 'years') {
      directed.add(link.source);
      directed.add(link.target);
    }
  }
  const edges: LayoutEdge[] = [];
  for (const link of links) {
    const undirectedOnly =
      (LINEAGE_CHRONOLOGY[link.relation] ?? 'years') === 'years' &&
      directed.has(link.source) &&
      directed.has(link.target);
    if (options.rankOnlyDirected && undirectedOnly) continue;
    const edge = lineageEdge(link, (id) => yearOf.get(id));
    edges.push({
      ...edge,
      minLen: rankSpan(yearOf.get(edge.source), yearOf.get(edge.target), options),
    });
  }
  return { nodes: layoutNodes, edges };
}

/** The layered engine's input: boxes as given, every edge oriented by `lineageEdge`. */
export function layeredLineageInput(
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
): LayoutInput {
  const yearOf = new Map<string, number | undefined>();
  const layoutNodes = nodes.map(({ id, width, height, year }) => {
    yearOf.set(id, year);
    return year === undefined ? { id, width, height } : { id, width, height, year };
  });
  const edges = links.map((link) => lineageEdge(link, (id) => yearOf.get(id)));
  return { nodes: layoutNodes, edges };
}

/** The input `engine` lays out for these nodes and edges. */
export function explorerLineageInput(
  engine: LineageEngine,
  nodes: readonly LineageNode[],
  links: readonly LineageLink[],
  options: CompactLineageOptions = defaults,
): LayoutInput {
  return engine === 'dagre'
    ? dagreLineageInput(nodes, links, options)
    : layeredLineageInput(nodes, links);
}

/** The drawing from the positions `engine` gave for `input`. */
export function explorerLineagePositions(
  engine: LineageEngine,
  raw: Positions,
  input: LayoutInput,
  options: CompactLineageOptions = defaults,
): Positions {
  return engine === 'dagre' ? compactLineagePositions(raw, input, options) : raw;
}

/** The drawing from dagre's positions of `input`: ranks packed by `compactRanks`. */
export function compactLineagePositions(
  raw: Positions,
  input: LayoutInput,
  options: CompactLineageOptions = defaults,
): Positions {
  const placed = input.nodes.flatMap((node) => {
    const p = raw[node.id];
    return p ? [{ id: node.id, x: p.x, y: p.y, width: node.width }] : [];
  });
  return compactRanks(placed, options);
}

/**
 * Dagre keeps room for every long edge passing through a rank, so a graph with many cross
 * links comes out several times wider than its widest rank. Each rank is packed tight here
 * (order kept, so crossings do not change), and a rank with more than `maxPerRow` nodes is
 * wrapped onto staggered sub-rows; later ranks move down to make room. Rank order, and so
 * "ancestors above descendants", is unchanged.
 */
export function compactRanks(
  placed: readonly { id: string; x: number; y: number; width: number }[],
  options: Pick<CompactLineageOptions, 'nodeSep' | 'rankSep' | 'maxPerRow'>,
): Positions {
  const ranks = new Map<number, (typeof placed)[number][]>();
  for (const node of placed) {
    const key = Math.round(node.y);
    const rank = ranks.get(key);
    if (rank) rank.push(node);
    else ranks.set(key, [node]);
  }
  const positions: Positions = {};
  let y = 0;
  let previousY: number | null = null;
  for (const [rankY, members] of [...ranks.entries()].sort((a, b) => a[0] - b[0])) {
    // Keep dagre's extra gap where an edge spans several ranks, but never less than one rank.
    if (previousY !== null) y += Math.max(options.rankSep * 0.9, rankY - previousY);
    previousY = rankY;
    const row = [...members].sort((a, b) => a.x - b.x);
    const rows = Math.ceil(row.length / options.maxPerRow);
    for (let r = 0; r < rows; r++) {
      const slice = row.slice(r * options.maxPerRow, (r + 1) * options.maxPerRow);
      const total =
        slice.reduce((sum, n) => sum + n.width, 0) + options.nodeSep * (slice.length - 1);
      let x = -total / 2 + (r % 2 === 1 ? options.nodeSep * 2 : 0);
      for (const node of slice) {
        positions[node.id] = { x: x + node.width / 2, y: y + r * options.rankSep * 0.8 };
        x += node.width + options.nodeSep;
      }
    }
    y += (rows - 1) * options.rankSep * 0.8;
  }
  return positions;
}

function rankSpan(
  from: number | undefined,
  to: number | undefined,
  options: CompactLineageOptions,
): number {
  if (from === undefined || to === undefined) return 1;
  const span = Math.round((to - from) / options.yearsPerRank);
  return Math.min(options.maxRankSpan, Math.max(1, span));
}
