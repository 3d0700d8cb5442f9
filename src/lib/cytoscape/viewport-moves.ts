/**
 * Viewport intents applied to `cy`: fits, centring, zooming. The maths is framework-free in
 * viewport.ts; this module only reads the canvas and moves it (animated or at once).
 */
import type { Core } from 'cytoscape';
import type { Positions } from './layouts/types';
import { ANIMATION_MS, FIT_PADDING, viewportFor } from './viewport';

/** Shows `positions` (see `LayoutRunOptions.viewport` in view-types.ts). */
export function showPositions(
  cy: Core,
  positions: Positions,
  options: { mode: 'all' | 'readable'; centre: string | null; animate: boolean },
): void {
  const { centre } = options;
  const target = viewportFor(
    Object.values(positions),
    { width: cy.width(), height: cy.height() },
    {
      mode: options.mode,
      minZoom: cy.minZoom(),
      ...(centre !== null && Object.hasOwn(positions, centre)
        ? { centre: positions[centre]! }
        : {}),
    },
  );
  if (!target) return;
  if (options.animate)
    cy.animate({ ...target, duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
  else cy.viewport(target);
}

/** Shows these nodes (those on screen), e.g. a highlighted path. */
export function fitNodes(cy: Core, ids: Iterable<string>, animate: boolean): void {
  const positions: Positions = {};
  for (const id of ids) {
    const node = cy.getElementById(id);
    if (node.nonempty() && node.visible()) positions[id] = { ...node.position() };
  }
  cy.stop();
  showPositions(cy, positions, { mode: 'all', centre: null, animate });
}

/** Brings every visible element into view. */
export function fitVisible(cy: Core, animate: boolean): void {
  const eles = cy.elements().not('.hidden');
  cy.stop();
  if (animate) cy.animate({ fit: { eles, padding: FIT_PADDING }, duration: ANIMATION_MS });
  else cy.fit(eles, FIT_PADDING);
}

/** Centres the view on a node, zooming in a little when the view is far out. */
export function centreOn(cy: Core, id: string, animate: boolean): void {
  const node = cy.getElementById(id);
  if (node.empty()) return;
  const zoom = Math.max(cy.zoom(), 0.85);
  if (animate) cy.animate({ center: { eles: node }, zoom, duration: ANIMATION_MS });
  else {
    cy.zoom(zoom);
    cy.center(node);
  }
}

/** Zooms around the middle of the view by `factor`. */
export function zoomAroundMiddle(cy: Core, factor: number): void {
  cy.zoom({
    level: cy.zoom() * factor,
    renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
  });
}

/** Zooms to `level` at once, centred on node `centreId` if given. */
export function zoomToNode(cy: Core, level: number, centreId?: string): void {
  cy.zoom(level);
  const node = centreId === undefined ? null : cy.getElementById(centreId);
  if (node && node.nonempty()) cy.center(node);
}
