/**
 * What a Cytoscape instance reports back to the view: a tap on a node (not a timeline tick) or
 * on the background becomes a selection intent; zooming re-bands the labels; a dragged node
 * takes its label somewhere else, so labels are decluttered again.
 */
import type { Core, NodeSingular } from 'cytoscape';
import type { LabelBands } from './label-bands';
import { TICK_CLASS } from './timeline-ticks';
import type { GraphViewCallbacks } from './view-types';

/** Wires a new Cytoscape instance to the view's callbacks and label bands. */
export function wireEvents(core: Core, callbacks: GraphViewCallbacks, bands: LabelBands): void {
  core.on('tap', 'node', (event) => {
    const node = event.target as NodeSingular;
    if (!node.hasClass(TICK_CLASS)) callbacks.onSelect?.(node.id());
  });
  core.on('tap', (event) => {
    if (event.target === core) callbacks.onSelect?.(null);
  });
  core.on('zoom', () => bands.onZoom());
  core.on('dragfree', 'node', () => bands.scheduleDeclutter());
}
