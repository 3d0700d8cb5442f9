/**
 * How much a node stands out by its degree, shared by the stylesheet's sizes
 * (src/lib/cytoscape/node-sizing.ts) and the layout's estimate of each node's box
 * (lineage/input.ts), so that the boxes the layout makes room for are the boxes drawn.
 *
 * Hubs are drawn larger and labelled larger, so that zoomed out to the whole graph the best
 * connected nodes still carry readable names while the rest recede to dots (the way map labels
 * keep capitals and drop villages). Growth stops at `HUB_DEGREE` edges.
 */
import type { NodeKind } from '../../domain/kinds';

export const HUB_DEGREE = 24;

/** 0 for a leaf, up to 1 for a hub: the square root of degree over `HUB_DEGREE`. */
export function prominence(degree: number): number {
  return Math.sqrt(Math.min(Math.max(degree, 0), HUB_DEGREE) / HUB_DEGREE);
}

/** Label size in model pixels: 12 for a leaf, up to 25 for a hub (ideologies a little more). */
export function labelSize(kind: NodeKind, degree: number): number {
  const base = kind === 'ideology' ? 13.5 : 12;
  return Math.round(base + prominence(degree) * 13);
}
