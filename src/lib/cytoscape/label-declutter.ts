/**
 * Label decluttering. Cytoscape draws every label wherever its node stands, so zoomed out, the
 * enlarged labels of neighbouring hubs ("Marxism", "Communism") print over each other. Here the
 * more prominent label wins and a label that would overlap it is hidden (class `crowded`) until
 * the person zooms in or the neighbourhood changes. Selected, path and neighbourhood labels
 * outrank the rest, then better connected nodes.
 */
import type { Core, NodeSingular } from 'cytoscape';

export const CROWDED_CLASS = 'crowded';

export interface LabelBox {
  id: string;
  /** Higher wins. */
  priority: number;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The ids of labels to hide: each box, from the highest priority down, is kept unless it
 * overlaps one already kept (after shrinking every box by `slack` on each side, so labels
 * that only touch both stay). Ties go to the earlier box, so the result is stable.
 */
export function crowdedLabels(boxes: readonly LabelBox[], slack = 2): Set<string> {
  const order = boxes
    .map((box, index) => ({ box, index }))
    .sort((a, b) => b.box.priority - a.box.priority || a.index - b.index);
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
    const inner = {
      x1: box.x1 + slack,
      y1: box.y1 + slack,
      x2: box.x2 - slack,
      y2: box.y2 - slack,
    };
    const keys = cellsOf(box);
    const clash = keys.some((key) =>
      (grid.get(key) ?? []).some(
        (kept) =>
          inner.x1 < kept.x2 && inner.x2 > kept.x1 && inner.y1 < kept.y2 && inner.y2 > kept.y1,
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
  return rank * 10_000 + Number(node.data('degree') ?? 0);
}

/** Whether Cytoscape would draw the node's label at the current zoom, crowding aside. */
function labelDrawn(node: NodeSingular, zoom: number): boolean {
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
      boxes.push({ id: node.id(), priority: priorityOf(node), ...box });
    });
  const crowded = crowdedLabels(boxes);
  if (crowded.size === 0) return;
  cy.batch(() => {
    for (const id of crowded) cy.getElementById(id).addClass(CROWDED_CLASS);
  });
}
