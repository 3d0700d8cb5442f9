/**
 * The Lineage layout: dagre, top to bottom, oldest at the top. Dagre ranks nodes along edge
 * direction, but our relations are named from the newer node's side (`maoism derived_from
 * marxism-leninism` points up the family tree). So dagre runs on a scratch headless copy whose
 * edges point from the earlier node to the later one, and the real graph then moves to those
 * positions with a `preset` layout (which can animate).
 */
import cytoscape, {
  type CollectionReturnValue,
  type Core,
  type ElementDefinition,
} from 'cytoscape';
import dagre from 'cytoscape-dagre';
import type { RelationId } from '../../domain/relations';
import type { Positions } from './types';

let registered = false;
function ensureDagre(): void {
  if (registered) return;
  cytoscape.use(dagre);
  registered = true;
}

/** Dagre options for the lineage; each value is the one that read best on the communism graph. */
export const defaults = {
  /** Ranks flow top to bottom: ancestors above descendants. */
  rankDir: 'TB' as const,
  /** Horizontal gap between neighbours in a rank; labels are up to 120px wide. */
  nodeSep: 18,
  /** Vertical gap between ranks, room for a two-line label plus the arrow. */
  rankSep: 78,
  /** Gap between edges routed through one rank; small, or long edges push nodes apart. */
  edgeSep: 4,
  /** network-simplex gives the tightest ranks; longest-path pushes leaves to the bottom. */
  ranker: 'network-simplex' as const,
  /** Lineage relations pull harder than the rest, so family lines stay straight. */
  weights: { derived_from: 6, split_from: 4, succeeded: 3, developed: 2 } as Partial<
    Record<RelationId, number>
  >,
  /** Extra space around each node in the scratch graph, so labels do not touch. */
  labelPadding: 6,
  /**
   * Years per rank: when both ends of an edge have a start year, the edge spans at least
   * (years apart / yearsPerRank) ranks, so the lineage also reads as a rough timeline and a
   * wide graph spreads downwards instead of sideways.
   */
  yearsPerRank: 40,
  /** Most ranks one edge may be stretched over by its years. */
  maxRankSpan: 3,
  /** Most nodes side by side in one rank before it wraps onto another row. */
  maxPerRow: 18,
  /** Leave edges without a chronological direction out of the ranking where possible. */
  rankOnlyDirected: true,
};

/**
 * Which end of each relation is the earlier one: `forward` means the source comes first (a
 * founder before what they founded), `backward` the target (an ideology before what derived
 * from it), `years` means no rule: the node with the earlier start year goes first.
 */
export const CHRONOLOGY: Record<RelationId, 'forward' | 'backward' | 'years'> = {
  derived_from: 'backward',
  split_from: 'backward',
  succeeded: 'backward',
  influenced_by: 'backward',
  adhered_to: 'backward',
  founded: 'forward',
  developed: 'forward',
  led: 'forward',
  authored: 'forward',
  participated_in: 'forward',
  caused: 'forward',
  member_of: 'years',
  part_of: 'years',
  opposed: 'years',
  criticized: 'years',
  allied_with: 'years',
  occurred_in: 'years',
};

/** Positions for the lineage of `eles` (nodes and the edges among them), computed off-screen. */
export function lineagePositions(eles: CollectionReturnValue, options = defaults): Positions {
  ensureDagre();
  const nodes = eles.nodes();
  const scratchElements: ElementDefinition[] = [];
  nodes.forEach((node) => {
    const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
    // Zoomed out, hub labels grow (semantic zoom); give well-connected nodes room for that.
    const degree = Math.min(Number(node.data('degree') ?? 0), 24);
    const grow = 1 + 0.35 * Math.sqrt(degree / 24);
    const width = (Number.isFinite(box.w) && box.w > 0 ? box.w : 40) * grow;
    const height = Number.isFinite(box.h) && box.h > 0 ? box.h : 40;
    scratchElements.push({
      group: 'nodes',
      data: {
        id: node.id(),
        w: width + options.labelPadding,
        h: height + options.labelPadding,
      },
    });
  });
  // Edges without a chronological direction ('years' relations: opposed, part_of, …) only
  // join the ranking for nodes that have no directed edge at all; otherwise their long
  // cross-links fill every rank with dagre's dummy nodes and the lineage grows very wide.
  const directed = new Set<string>();
  eles.edges().forEach((edge) => {
    if ((CHRONOLOGY[edge.data('relation') as RelationId] ?? 'years') !== 'years') {
      directed.add(edge.source().id());
      directed.add(edge.target().id());
    }
  });
  eles.edges().forEach((edge) => {
    const relation = edge.data('relation') as RelationId;
    const undirectedOnly =
      (CHRONOLOGY[relation] ?? 'years') === 'years' &&
      directed.has(edge.source().id()) &&
      directed.has(edge.target().id());
    if (options.rankOnlyDirected && undirectedOnly) return;
    let [from, to] = [edge.source(), edge.target()];
    const rule = CHRONOLOGY[relation] ?? 'years';
    if (rule === 'backward') [from, to] = [to, from];
    if (rule === 'years') {
      const a = from.data('year') as number | undefined;
      const b = to.data('year') as number | undefined;
      if (a !== undefined && b !== undefined && b < a) [from, to] = [to, from];
    }
    scratchElements.push({
      group: 'edges',
      data: {
        id: edge.id(),
        source: from.id(),
        target: to.id(),
        weight: options.weights[relation] ?? 1,
        minLen: rankSpan(from.data('year'), to.data('year'), options),
      },
    });
  });
  const scratch: Core = cytoscape({
    headless: true,
    styleEnabled: true,
    elements: scratchElements,
    style: [
      { selector: 'node', style: { width: 'data(w)', height: 'data(h)', shape: 'rectangle' } },
    ],
  });
  scratch
    .layout({
      name: 'dagre',
      rankDir: options.rankDir,
      nodeSep: options.nodeSep,
      rankSep: options.rankSep,
      edgeSep: options.edgeSep,
      ranker: options.ranker,
      edgeWeight: (edge: cytoscape.EdgeSingular) => edge.data('weight') as number,
      minLen: (edge: cytoscape.EdgeSingular) => edge.data('minLen') as number,
      fit: false,
      animate: false,
    } as cytoscape.LayoutOptions)
    .run();
  const placed = scratch.nodes().map((node) => ({
    id: node.id(),
    x: node.position().x,
    y: node.position().y,
    width: node.data('w') as number,
  }));
  scratch.destroy();
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
  options: Pick<typeof defaults, 'nodeSep' | 'rankSep' | 'maxPerRow'>,
): Positions {
  const ranks = new Map<number, typeof placed>();
  for (const node of placed) {
    const key = Math.round(node.y);
    ranks.set(key, [...(ranks.get(key) ?? []), node]);
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

function rankSpan(from: unknown, to: unknown, options: typeof defaults): number {
  if (typeof from !== 'number' || typeof to !== 'number') return 1;
  const span = Math.round((to - from) / options.yearsPerRank);
  return Math.min(options.maxRankSpan, Math.max(1, span));
}
