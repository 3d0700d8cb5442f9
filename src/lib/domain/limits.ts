/**
 * Bounds on what a graph file may hold. They exist so that a hostile or broken file fails fast
 * with a clear message instead of freezing the tab or the CLI; they sit well above any real
 * ideology graph (the bench generates 50,000 nodes and 150,000 edges).
 */
export const LIMITS = {
  fileBytes: 64 * 1024 * 1024,
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
