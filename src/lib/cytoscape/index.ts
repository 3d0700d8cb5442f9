/**
 * The Cytoscape adapter's public face, for components and state: the facade (`GraphView`,
 * its action and types) and the snapshot contract. Components import from here (or from the
 * few other public modules the ESLint boundary in eslint.config.js lists), never from the
 * adapter's internals.
 */
export { activeGraphView, GraphView, type LayoutProgress } from './graph-view';
export { graphCanvas } from './graph-canvas';
export type {
  GraphViewCallbacks,
  GraphViewOptions,
  LayoutRunOptions,
  PictureRequest,
} from './view-types';
export type { IsmsHook, SnapshotEdge, SnapshotNode, ViewSnapshot } from './snapshot';
