/**
 * Places the nodes for one `runLayout` of the facade (graph-view.ts): picks the elements to lay
 * out, gets positions (fcose on the page for a small Network; the lineage and a large Network
 * off the page through layouts/run-layout.ts; the timeline computed here, with its year ticks)
 * and applies them with a `preset` layout, moving the viewport as asked.
 */
import type { Core, LayoutOptions, Layouts, NodeSingular } from 'cytoscape';
import { NETWORK_WORKER_ABOVE, networkOptionsFor } from './layouts/network/defaults';
import { ensureFcose } from './layouts/network/off-page';
import type { OffPageLayouts } from './layouts/run-layout';
import { timelineItemsOf, timelinePositions } from './layouts/timeline/positions';
import { timelineViewport } from './layouts/timeline/viewport';
import type { EdgeRoutes, LayoutName, Positions } from './layouts/types';
import { applyRoutes } from './routed-edges';
import { addTicks, removeTicks, TICK_CLASS } from './timeline-ticks';
import type { LayoutRunOptions } from './view-types';
import { ANIMATION_MS } from './viewport';

/** What a layout run needs from the facade. */
export interface PlaceLayoutHost {
  cy: Core;
  animate: boolean;
  /** False once a newer run superseded this one. */
  current(): boolean;
  graphId: string | null;
  offPage: OffPageLayouts;
  /** Ends the held batch, before anything measures the nodes. */
  endHeldBatch(): void;
  /** Year ticks were added: their zoom band needs setting. */
  ticksAdded(): void;
  moveViewport(
    positions: Positions,
    mode: 'all' | 'readable',
    centre: string | null,
    animate: boolean,
  ): void;
}

/** Lays out `name`; false when nothing was placed (cancelled or superseded). */
export async function placeLayout(
  host: PlaceLayoutHost,
  name: LayoutName,
  options: LayoutRunOptions,
): Promise<boolean> {
  const { cy } = host;
  let eles = cy.elements().not('.hidden').not(`.${TICK_CLASS}`);
  if (options.only) {
    const ids = new Set(options.only);
    const nodes = eles.nodes().filter((n) => ids.has(n.id()));
    eles = nodes.union(nodes.edgesWith(nodes).not('.hidden'));
  }
  const { animate } = host;
  const viewport = options.viewport ?? 'readable';
  removeTicks(cy);
  if (eles.nodes().length === 0) return true;
  // fcose keeps nodes in plain objects keyed by id, so a graph with an id such as
  // `constructor` is laid out off the page too, where network-positions.ts renames its nodes.
  const offPage =
    name === 'lineage' ||
    (name === 'network' &&
      (eles.nodes().length > NETWORK_WORKER_ABOVE ||
        eles
          .nodes()
          .map((node) => node.id())
          .some((id) => id in Object.prototype)));
  if (name === 'network' && !offPage) {
    host.endHeldBatch();
    cy.batch(() => applyRoutes(eles, {}, {}));
    await ensureFcose();
    if (!host.current()) return false;
    await runAndWait(
      eles.layout({
        ...networkOptionsFor(eles.nodes().length),
        animate: animate ? 'end' : false,
        animationDuration: ANIMATION_MS,
        fit: false,
      } as unknown as LayoutOptions),
    );
    if (!host.current()) return false;
    if (viewport === 'none') return true;
    const positions: Positions = {};
    eles.nodes().forEach((n) => {
      positions[n.id()] = n.position();
    });
    host.moveViewport(positions, viewport, options.centre ?? null, animate);
    return true;
  }
  let positions: Positions;
  let routes: EdgeRoutes = {};
  let timelineView: { zoom: number; pan: { x: number; y: number } } | null = null;
  if (offPage) {
    const computed = await host.offPage.drawingOf({
      eles,
      name,
      graphId: host.graphId,
      current: host.current,
      beforeMeasure: host.endHeldBatch,
    });
    if (computed === null || !host.current()) return false;
    positions = computed.positions;
    routes = computed.routes;
  } else {
    const result = timelinePositions(timelineItemsOf(eles));
    positions = result.positions;
    if (!options.only) {
      addTicks(cy, result, positions);
      host.ticksAdded();
      if (viewport === 'readable') {
        // The timeline opens where its labels can be read, at its start or at the focus.
        timelineView = timelineViewport(
          [...Object.values(positions), ...result.ticks.map((t) => ({ x: axisX(cy), y: t.y }))],
          { width: cy.width(), height: cy.height() },
          {
            minZoom: cy.minZoom(),
            ...(options.centre && Object.hasOwn(positions, options.centre)
              ? { centre: positions[options.centre]! }
              : {}),
          },
        );
      }
    }
  }
  cy.batch(() => applyRoutes(eles, routes, positions));
  const layout = eles.layout({
    name: 'preset',
    // own properties only: an id such as `constructor` must not find Object's
    positions: (node: NodeSingular) =>
      Object.hasOwn(positions, node.id()) ? positions[node.id()] : node.position(),
    animate,
    animationDuration: ANIMATION_MS,
    animationEasing: 'ease-in-out-cubic',
    fit: false,
  } as LayoutOptions);
  const done = runAndWait(layout);
  if (timelineView) {
    if (animate)
      cy.animate({ ...timelineView, duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
    else cy.viewport(timelineView);
  } else if (viewport !== 'none') {
    host.moveViewport(positions, viewport, options.centre ?? null, animate);
  }
  await done;
  return true;
}

/** Where the axis's year labels stand (timeline-ticks.ts), in model pixels. */
function axisX(cy: Core): number {
  const ticks = cy.nodes(`.${TICK_CLASS}`);
  return ticks.empty() ? 0 : Math.min(...ticks.map((t) => t.position('x')));
}

function runAndWait(layout: Layouts): Promise<void> {
  return new Promise((resolve) => {
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
}
