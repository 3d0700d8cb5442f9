/**
 * The classes that mark elements: shown or hidden, the selection and its neighbourhood, the
 * keyboard cursor, a highlighted path, the label language. Each function sets one concern's
 * classes in one batch; the stylesheet (style.ts) draws them. The timeline's ticks are skipped.
 */
import type { Core } from 'cytoscape';
import { labelIn, type Lang } from './elements';
import { TICK_CLASS } from './timeline-ticks';

/** Shows exactly these nodes and edges; everything else is hidden. */
export function applyVisibility(
  cy: Core,
  nodeIds: ReadonlySet<string>,
  edgeIds: ReadonlySet<string>,
): void {
  cy.batch(() => {
    cy.nodes()
      .not(`.${TICK_CLASS}`)
      .forEach((node) => {
        node.toggleClass('hidden', !nodeIds.has(node.id()));
      });
    cy.edges().forEach((edge) => {
      edge.toggleClass('hidden', !edgeIds.has(edge.id()));
    });
  });
}

/** Marks the selected node and its neighbourhood `near`; everything outside it is faded. */
export function applySelection(
  cy: Core,
  id: string | null,
  near?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
): void {
  cy.batch(() => {
    cy.elements().removeClass('current near faded');
    if (id === null || !near) return;
    cy.getElementById(id).addClass('current');
    cy.nodes()
      .not(`.${TICK_CLASS}`)
      .forEach((node) => {
        node.addClass(near.nodes.has(node.id()) ? 'near' : 'faded');
      });
    cy.edges().forEach((edge) => {
      edge.addClass(near.edges.has(edge.id()) ? 'near' : 'faded');
    });
  });
}

/** Draws the keyboard cursor (a dashed ring) on one node, or removes it. */
export function applyCursor(cy: Core, id: string | null): void {
  cy.nodes('.cursor').removeClass('cursor');
  if (id !== null) cy.getElementById(id).addClass('cursor');
}

/** A highlighted set over a dimmed rest; `key` nodes are marked more strongly. */
export function applyHighlight(
  cy: Core,
  set: { nodes: Iterable<string>; edges: Iterable<string>; key?: Iterable<string> },
): void {
  const nodes = new Set(set.nodes);
  const edges = new Set(set.edges);
  const key = new Set(set.key ?? []);
  cy.batch(() => {
    cy.nodes()
      .not(`.${TICK_CLASS}`)
      .forEach((n) => {
        n.toggleClass('path', nodes.has(n.id()));
        n.toggleClass('path-key', key.has(n.id()));
        n.toggleClass('dimmed', !nodes.has(n.id()));
      });
    cy.edges().forEach((e) => {
      e.toggleClass('path', edges.has(e.id()));
      e.toggleClass('dimmed', !edges.has(e.id()));
    });
  });
}

export function clearHighlight(cy: Core): void {
  cy.elements().removeClass('path path-key dimmed');
}

/** Relabels every node in `lang` (nodes carry both labels in their data). */
export function applyLanguage(cy: Core, lang: Lang): void {
  cy.batch(() => {
    cy.nodes()
      .not(`.${TICK_CLASS}`)
      .forEach((node) => {
        // Setting data restyles the node even when the value is the same: skip those.
        const label = node.data(lang) as string;
        if (node.data('label') !== label) node.data({ label, shown: labelIn(label, lang) });
      });
  });
}
