/**
 * Which engine lays out a lineage of a given size. Dagre (network simplex) is what the user
 * chose for small graphs, but its cost grows far faster than linear, in edges (each edge that
 * spans several ranks becomes a chain of dummy nodes) as much as in nodes; above either
 * threshold the layered engine of ./layered/ takes over. Measured by `npm run bench` on the
 * 2-core reference machine (bench/results.json): dagre needs 0.4–0.7 s for the bundled graph
 * (241 nodes, 428 edges), 1–2 s for 100 synthetic nodes with 300 far-reaching edges and
 * 4–9 s for 200 with 600, while the layered engine lays out 5,000 nodes and 15,000 edges in
 * about 0.2 s in a worker, and ELK layered needs about 1 s at 200 nodes and 10 s at 1,000,
 * so ELK is never chosen.
 */
import type { LineageEngine } from '../types';

/** Largest lineage (in nodes) still laid out by dagre. */
export const DAGRE_MAX_NODES = 300;
/** Largest lineage (in edges) still laid out by dagre. */
export const DAGRE_MAX_EDGES = 450;

/** The engine for a lineage of `nodeCount` nodes (and `edgeCount` edges, if known). */
export function chooseLineageEngine(nodeCount: number, edgeCount = 0): LineageEngine {
  return nodeCount <= DAGRE_MAX_NODES && edgeCount <= DAGRE_MAX_EDGES ? 'dagre' : 'layered';
}

/**
 * From this many nodes a layout runs in a Web Worker, off the page's main thread: below it
 * the layout takes less time than starting a worker.
 */
export const WORKER_MIN_NODES = 60;
