/**
 * The lineage layout's public face, pure compute: the adapter measures its nodes (items.ts),
 * orients the edges ancestor → descendant, calls `lineageLayout` (or the parts below) and
 * applies the positions with a `preset` layout. See choose-engine.ts for which engine runs
 * when, and defaults.ts for every option. No Cytoscape here, so Node (CLI, bench, tests) and
 * the workers use it headless; items.ts, which reads the canvas, is not re-exported.
 */

export type {
  LayoutEdge,
  LayoutInput,
  LayoutNode,
  LineageEngine,
  LineageSpacing,
  Positions,
  ProgressCallback,
} from '../types';
export { lineageEngines } from '../types';
export { layoutCacheKey, LayoutCache, layoutCache } from '../layout-cache';
export { defaults, type LineageDefaults } from './defaults';
export {
  chooseLineageEngine,
  DAGRE_MAX_EDGES,
  DAGRE_MAX_NODES,
  WORKER_MIN_NODES,
} from './choose-engine';
export { layeredLayout, defaults as layeredDefaults, type LayeredOptions } from './layered';
export { dagreLayout, defaults as dagreDefaults, type DagreOptions } from './dagre';
export { computeLayout } from './compute-layout';
export {
  lineageElementIds,
  loadPrecomputedLayouts,
  seedPrecomputedLayouts,
  type PrecomputedLayout,
} from './precomputed';
export { precomputeLineage } from './precompute';
export {
  compactRanks,
  explorerLineageInput,
  explorerLineagePositions,
  type LineageLink,
  type LineageNode,
} from './positions';
export {
  estimateLabelBox,
  estimateNodeSize,
  lineageEdge,
  lineageInput,
  LINEAGE_CHRONOLOGY,
  LINEAGE_WEIGHTS,
} from './input';
export {
  lineageLayout,
  runLayoutInWorker,
  type LineageLayoutOptions,
  type WorkerRunOptions,
} from './lineage-layout';
