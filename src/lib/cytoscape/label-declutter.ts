/**
 * Label decluttering. Cytoscape draws every label wherever its node stands, so zoomed out, the
 * enlarged labels of neighbouring hubs ("Marxism", "Communism") print over each other. Here the
 * more prominent label wins and a label mostly covered by it is hidden (class `crowded`) until
 * the person zooms in or the neighbourhood changes. The selection and a highlighted path are
 * never hidden; neighbourhood labels outrank the rest, then better connected nodes.
 */
import type { Core, NodeSingular } from 'cytoscape';

export const CROWDED_CLASS = 'crowded';

export interface LabelBox {
  id: string;
  /** Higher wins. */
  priority: number;
  /** Never hidden (the selection, a highlighted path): it still hides what it covers. */
  pinned?: boolean;
  /**
   * Once kept, hides any other (not strict) label that touches it at all, not only one mostly
   * under it: an ideology's label, which the family tree needs whole.
   */
  strict?: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * How much of the smaller of two labels may lie under the other before it gives way: a label
 * whose edge touches another's stays readable, one printed over half of it does not.
 */
export const OVERLAP_ALLOWED = 0.2;

function overlapShare(a: LabelBox, b: LabelBox): number {
  const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
  const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
  if (w <= 0 || h <= 0) return 0;
  const smaller = Math.min((a.x2 - a.x1) * (a.y2 - a.y1), (b.x2 - b.x1) * (b.y2 - b.y1));
  return smaller > 0 ? (w * h) / smaller : 0;
}

/**
 * The ids of labels to hide: each box, pinned ones first and then from the highest priority
 * down, is kept unless more than `allowed` of it (or of the other, if smaller) lies under one
 * already kept. Ties go to the earlier box, so the result is stable.
 */
export function crowdedLabels(
  boxes: readonly LabelBox[],
  allowed: number = OVERLAP_ALLOWED,
): Set<string> {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort(
      (a, b) =>
        Number(b.box.pinned ?? false) - Number(a.box.pinned ?? false) ||
        b.box.priority - a.box.priority ||
        a.index - b.index,
    );
  // Kept boxes in a coarse grid of cells, so each box is checked against its neighbours only.
  const cell = 120;
  const grid = new Map<string, LabelBox[]>();
  const cellsOf = (box: LabelBox) => {
    const keys: string[] = [];
    for (let cx = Math.floor(box.x1 / cell); cx <= Math.floor(box.x2 / cell); cx++) {
      for (let cy = Math.floor(box.y1 / cell); cy <= Math.floor(box.y2 / cell); cy++) {
        keys.push(`${cx},${cy}`);
      }
    }
    return keys;
  };
  const hidden = new Set<string>();
  for (const { box } of order) {
    const keys = cellsOf(box);
    const clash =
      !box.pinned &&
      keys.some((key) =>
        (grid.get(key) ?? []).some(
          (kept) => overlapShare(box, kept) > (kept.strict && !box.strict ? 0 : allowed),
        ),
      );
    if (clash) {
      hidden.add(box.id);
      continue;
    }
    for (const key of keys) {
      const list = grid.get(key);
      if (list) list.push(box);
      else grid.set(key, [box]);
    }
  }
  return hidden;
}

function priorityOf(node: NodeSingular): number {
  const rank = node.hasClass('path')
    ? 4
    : node.hasClass('current')
      ? 3
      : node.hasClass('near')
        ? 2
        : node.hasClass('faded') || node.hasClass('dimmed')
          ? 0
          : 1;
  // Within a rank, ideologies (the family tree) before the better connected rest.
  const ideology = node.data('kind') === 'ideology' ? 5_000 : 0;
  return rank * 10_000 + ideology + Number(node.data('degree') ?? 0);
}

/** Whether Cytoscape would draw the node's label at the current zoom, crowding aside. */
export function labelDrawn(node: NodeSingular, zoom: number): boolean {
  if (!node.visible() || !node.data('label')) return false;
  if (Number(node.style('text-opacity')) === 0) return false;
  const size = parseFloat(String(node.style('font-size')));
  const minimum = parseFloat(String(node.style('min-zoomed-font-size'))) || 0;
  return size * zoom >= minimum;
}

/**
 * Hides the labels of `cy`'s nodes that would overlap a more prominent one; nodes matching
 * `skip` (e.g. the timeline's year ticks) neither hide nor get hidden.
 */
export function declutterLabels(cy: Core, skip: string): void {
  // Outside a batch, so that the styles read below are those without the class.
  cy.nodes(`.${CROWDED_CLASS}`).removeClass(CROWDED_CLASS);
  const zoom = cy.zoom();
  const boxes: LabelBox[] = [];
  cy.nodes()
    .not(skip)
    .forEach((node) => {
      if (!labelDrawn(node, zoom)) return;
      const box = node.boundingBox({
        includeNodes: false,
        includeEdges: false,
        includeLabels: true,
      });
      if (!(box.w > 0 && box.h > 0)) return;
      const pinned = node.hasClass('current') || node.hasClass('path');
      const strict = node.data('kind') === 'ideology';
      boxes.push({ id: node.id(), priority: priorityOf(node), pinned, strict, ...box });
    });
  const crowded = crowdedLabels(boxes);
  if (crowded.size === 0) return;
  cy.batch(() => {
    for (const id of crowded) cy.getElementById(id).addClass(CROWDED_CLASS);
  });
}
