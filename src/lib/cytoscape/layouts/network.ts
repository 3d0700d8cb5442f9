/**
 * The Network layout: force-directed (fcose), for seeing clusters rather than time. fcose is
 * loaded on first use, so the initial bundle stays small.
 */
import cytoscape from 'cytoscape';

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
  nodeSeparation: 90,
  /** Count labels in node size, so labels do not overlap. */
  nodeDimensionsIncludeLabels: true,
  /** Same result on every run for the same graph. */
  packComponents: true,
  numIter: 2500,
};

let registration: Promise<void> | null = null;

/** Loads and registers fcose once; later calls reuse the same promise. */
export function ensureFcose(): Promise<void> {
  registration ??= import('cytoscape-fcose').then((module) => {
    cytoscape.use(module.default);
  });
  return registration;
}
