/**
 * cytoscape-dagre (the extension the stack names) on a headless Cytoscape, for the bench's
 * side-by-side drawing table: positions only, as the canvas would get them, with the same
 * boxes, weights and minimum lengths as the other engines; edges that do not rank
 * (`constraint: false`) are left out, as dagre would only route them straight anyway.
 */
import cytoscape from 'cytoscape';
import cytoscapeDagre from 'cytoscape-dagre';
import type { LayoutInput, Positions } from '../types';
import type { DotEdge } from './dot-engine';

let dagreRegistered = false;

/** cytoscape-dagre on a headless Cytoscape: positions only, as the canvas would get them. */
export function headlessCytoscapeDagre(input: LayoutInput): Positions {
  if (!dagreRegistered) {
    cytoscape.use(cytoscapeDagre);
    dagreRegistered = true;
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { ...n } })),
      ...input.edges
        .filter((e: DotEdge) => e.source !== e.target && e.constraint !== false)
        .map((e, i) => ({
          group: 'edges' as const,
          data: {
            id: `e${i}`,
            source: e.source,
            target: e.target,
            weight: e.weight,
            minLen: e.minLen,
          },
        })),
    ],
  });
  cy.layout({
    name: 'dagre',
    rankDir: 'TB',
    nodeSep: 18,
    rankSep: 60,
    animate: false,
    fit: false,
    edgeWeight: (edge: cytoscape.EdgeSingular) => Number(edge.data('weight')),
    minLen: (edge: cytoscape.EdgeSingular) => Number(edge.data('minLen')),
  } as cytoscape.LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}
