/**
 * Which engine lays out a lineage of a given size. Dagre (network simplex) is what the user
 * chose for small graphs, but its cost grows far faster than linear, in edges (each long edge
 * becomes a chain of dummy nodes) as much as in nodes; above the thresholds the layered engine
 * of ./layered.ts takes over. The numbers come from `npm run bench` (bench/results.json) on
 * this project's 2-core reference machine: dagre needs about 0.6 s for the bundled graph
 * (241 nodes, 428 edges), 1 s for 100 synthetic nodes with 300 edges and 5–9 s for 200 with
 * 600, while the layered engine lays out 5,000 nodes and 15,000 edges in about 0.2 s and ELK
 * layered needs seconds for a few hundred nodes, so ELK is never chosen.
 */
import type { LineageEngine } from './types';

/** Largest lineage (in nodes) still laid out by dagre. */
export const DAGRE_MAX_NODES = 300;
/** Largest lineage (in edges) still laid out by dagre. */
export const DAGRE_MAX_EDGES = 600;

/** The engine for a lineage of `nodeCount` nodes (and `edgeCount` edges, if known). */
export function chooseLineageEngine(nodeCount: number, edgeCount = 0): LineageEngine {
  return nodeCount <= DAGRE_MAX_NODES && edgeCount <= DAGRE_MAX_EDGES ? 'dagre' : 'layered';
}

/**
 * From this many nodes a layout runs in a Web Worker, off the page's main thread: below it
 * the layout takes less time than starting a worker.
 */
export const WORKER_MIN_NODES = 60;
