/**
 * Bounds on what a graph file may hold. They exist so that a hostile or broken file fails fast
 * with a clear message instead of freezing the tab or the CLI; they sit well above any real
 * ideology graph (the bench generates 50,000 nodes and 150,000 edges).
 */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
  /**
   * GraphML and GEXF files. XML spells a graph out in up to about 2½ times the bytes of compact
   * JSON (a 50,000-node, 150,000-edge graph: 42 MB of JSON, 75 MB of GraphML, 103 MB of GEXF),
   * so they may be 2½ times as large, enough for the export of any graph the JSON limit admits.
   */
  xmlFileBytes: 160 * 1024 * 1024,
  nestingDepth: 64,
  nodes: 200_000,
  edges: 1_000_000,
  idLength: 80,
  labelLength: 200,
  aliasCount: 50,
  summaryLength: 2_000,
  noteLength: 2_000,
  sourcesPerItem: 50,
  metaSources: 500,
  /** Problems listed before the rest are summarised in one line. */
  problems: 500,
  minYear: -5000,
  maxYear: 2200,
} as const;
