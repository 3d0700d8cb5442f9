/**
 * How large each node and its label are drawn, from its kind and degree. Computed once per
 * element and carried in its data (`data(w)`, `data(fs)`…): a function in the stylesheet is
 * called again for every element at every restyle and keeps Cytoscape from sharing computed
 * styles, which about doubled the bundled graph's first frame.
 */
import { KIND_ENCODING } from './encoding';
import type { NodeKind } from '../domain/kinds';
import { labelSize, prominence } from './layouts/node-prominence';

/** Semantic zoom (see GraphView): far out, labels scale up so hubs stay readable. */
export const ZOOM_MID_FONT = 1.35;
export const ZOOM_FAR_FONT = 2.4;

/**
 * Ideology labels in the `zoom-mid` and `zoom-far` bands (model px): the family tree must stay
 * readable (9px on screen) down to the least zoom of each band, 0.3 for `zoom-mid` and about
 * 0.19 for `zoom-far`, where the lineage's opening view lands. Hubs a little larger, not 2.4×
 * larger, so that every ideology fits beside the others; the lineage makes room for the
 * largest of these boxes (lineage/node-box.ts `layoutBox`).
 */
export const IDEOLOGY_MID_FONT = 30;
export const IDEOLOGY_FAR_FONT = 56;

/** The fields `nodeSizing` adds to a node's data, read by the stylesheet. */
export interface NodeSizing {
  /** Shape width and height in model pixels. */
  w: number;
  h: number;
  /** Label size: near, and in the `zoom-mid` and `zoom-far` bands. */
  fs: number;
  fsMid: number;
  fsFar: number;
  /** Label size on a highlighted path, which is read from far out: never below 19. */
  fsPath: number;
  fsPathMid: number;
  fsPathFar: number;
}

export function nodeSizing(kind: NodeKind, degree: number): NodeSizing {
  const grow = 1 + prominence(degree);
  const size = KIND_ENCODING[kind].size;
  const fs = labelSize(kind, degree);
  const fsPath = Math.max(fs * 1.15, 19);
  return {
    w: size * grow * (kind === 'ideology' ? 1.3 : 1),
    h: size * grow,
    fs,
    fsMid: kind === 'ideology' ? IDEOLOGY_MID_FONT + 0.5 * (fs - 14) : fs * ZOOM_MID_FONT,
    fsFar: kind === 'ideology' ? IDEOLOGY_FAR_FONT + 0.5 * (fs - 14) : fs * ZOOM_FAR_FONT,
    fsPath,
    fsPathMid: fsPath * ZOOM_MID_FONT,
    fsPathFar: fsPath * ZOOM_FAR_FONT,
  };
}
