/**
 * Scalable lineage layouts, pure compute: the Cytoscape adapter measures its nodes, orients
 * the edges ancestor → descendant, calls `lineageLayout` (or the parts below) and applies the
 * positions with a `preset` layout. See choose-engine.ts for which engine runs when.
 */

export type {
  LayoutEdge,
  LayoutInput,
  LayoutNode,
  LineageEngine,
  LineageSpacing,
  Positions,
  ProgressCallback,
} from './types';
export { lineageEngines } from './types';
export {
  chooseLineageEngine,
  DAGRE_MAX_EDGES,
  DAGRE_MAX_NODES,
  WORKER_MIN_NODES,
} from './choose-engine';
export { layeredLayout, defaults as layeredDefaults, type LayeredOptions } from './layered';
export { computeLayout } from './compute-layout';
export { runLayoutInWorker, type WorkerRunOptions } from './run-in-worker';
export { layoutCacheKey, LayoutCache, layoutCache } from './layout-cache';
export {
  lineageElementIds,
  loadPrecomputedLayouts,
  seedPrecomputedLayouts,
  type PrecomputedLayout,
} from './precomputed';
export { precomputeLineage } from './precompute-lineage';
export {
  compactRanks,
  defaults as explorerLineageDefaults,
  explorerLineageInput,
  explorerLineagePositions,
  type LineageLink,
  type LineageNode,
} from './explorer-lineage';
export {
  estimateLabelBox,
  estimateNodeSize,
  lineageEdge,
  lineageInput,
  LINEAGE_CHRONOLOGY,
  LINEAGE_WEIGHTS,
} from './lineage-input';
export { lineageLayout, type LineageLayoutOptions } from './lineage-layout';
