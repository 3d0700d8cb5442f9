/**
 * The Network layout's options, in one place: fcose's `defaults`, and the sizes above which it
 * runs in draft quality and in the network worker. Both the page (off-page.ts) and the worker's
 * positions code (positions.ts) read them.
 */

/** fcose options; the quality/speed trade-off suits graphs of a few hundred nodes. */
export const defaults = {
  name: 'fcose',
  /** 'default' balances speed and quality; 'proof' is slower and only slightly better. */
  quality: 'default',
  /** Start from random positions so the result does not depend on the previous layout. */
  randomize: true,
  /** Ideal edge length in model pixels: long enough for a label between two nodes. */
  idealEdgeLength: 110,
  /** Node repulsion; higher spreads clusters apart. */
  nodeRepulsion: 9000,
  /** Gravity pulls disconnected components towards the centre. */
  gravity: 0.35,
  /** Least gap between nodes that fcose keeps when it removes overlaps. */
  nodeSeparation: 90,
  /** Count labels in node size, so labels do not overlap. */
  nodeDimensionsIncludeLabels: true,
  /** Same result on every run for the same graph. */
  packComponents: true,
  /** Most iterations of the force simulation (fcose's own default). */
  numIter: 2500,
};

/**
 * Above this many nodes fcose runs in draft quality (its spectral placement, without the force
 * iterations): measured headless on synthetic lineage graphs, 'default' took 8 s for 1,000
 * nodes and over a minute for 5,000; 'draft' 0.6 s and 2.1 s. These run in the network worker,
 * on boxes whose label room is estimated, and are then spread apart (positions.ts).
 */
export const NETWORK_DRAFT_ABOVE = 400;

/** The fcose options for a graph of `nodes` nodes. */
export function networkOptionsFor(nodes: number): typeof defaults {
  if (nodes <= NETWORK_DRAFT_ABOVE) return defaults;
  return { ...defaults, quality: 'draft', nodeDimensionsIncludeLabels: false };
}

/**
 * Above this many nodes the Network layout is computed in the network worker, in draft quality
 * and spread apart (positions.ts), then applied like the lineage; up to it, fcose runs
 * on the page at its default quality, animated.
 */
export const NETWORK_WORKER_ABOVE = NETWORK_DRAFT_ABOVE;
