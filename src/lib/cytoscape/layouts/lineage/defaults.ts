/**
 * The lineage's options, all in one place: every engine, the packing after dagre and the
 * worker read their values from here. The values are the ones the explorer draws with; before
 * they lived in three files that disagreed on `nodeSep` (36 in the dagre and layered modules,
 * 18 in the explorer's), and the explorer passed 18 to dagre and nothing to the layered engine,
 * so it drew dagre at 18 and the layered engine at 36. Both are kept, under their own names.
 */

export const defaults = {
  /**
   * Vertical gap between ranks, for every engine: room for a two-line label plus the arrow.
   */
  rankSep: 78,

  /**
   * Small graphs (`chooseLineageEngine`): dagre ranks and orders, then every rank is packed
   * (positions.ts). Horizontal gap between neighbours in a packed rank, and dagre's `nodesep`:
   * tight, since packing already keeps labels (up to 120px wide) apart by their boxes.
   */
  nodeSep: 18,
  /** Dagre's gap between edges routed side by side. */
  edgeSep: 12,
  /** Dagre's ranker: network simplex gives the tightest drawing, what the user chose. */
  ranker: 'network-simplex' as 'network-simplex' | 'tight-tree' | 'longest-path',
  /** Extra space around each node given to dagre, so labels do not touch. */
  labelPadding: 6,
  /**
   * Years per rank: when both ends of an edge have a start year, the edge spans at least
   * (years apart / yearsPerRank) ranks, so the lineage also reads as a rough timeline and a
   * wide graph spreads downwards instead of sideways.
   */
  yearsPerRank: 40,
  /** Most ranks one edge may be stretched over by its years. */
  maxRankSpan: 3,
  /** Most nodes side by side in one packed rank before it wraps onto another row. */
  maxPerRow: 18,
  /**
   * Leave edges without a chronological direction out of dagre's ranking where possible: their
   * long cross-links would fill every rank with dagre's dummy nodes.
   */
  rankOnlyDirected: true,

  /** Large graphs: the layered engine (layered/), whose drawing is shown as it comes. */
  layered: {
    /**
     * Horizontal gap between neighbours in a rank: 36, what the explorer has always drawn this
     * engine with. Wider than dagre's 18 because nothing packs this drawing afterwards: the gap
     * is all that keeps neighbouring labels apart.
     */
    nodeSep: 36,
    /** Barycenter sweeps: 16 or 24 gave no fewer crossings on the bundled and synthetic graphs. */
    sweeps: 8,
    /**
     * Rank-tightening passes after the longest-path ranking, so that a founder sits just above
     * what they founded rather than at the top of the page.
     */
    rankPasses: 3,
    /** Passes of neighbour-pulling when assigning x (each one down and one up the ranks). */
    xPasses: 4,
    /** Gap between connected components packed side by side or on the next shelf. */
    componentSep: 72,
  },
};

export type LineageDefaults = typeof defaults;
