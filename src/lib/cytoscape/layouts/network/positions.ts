/**
 * The Network layout of a large graph, away from the canvas: fcose in draft quality on a
 * headless Cytoscape holding just the boxes and edges, then spread apart so that boxes do not
 * overlap (spread-apart.ts). Runs in the network worker (network.worker.ts), and
 * in-process where there are no workers (Node: tests, bench).
 */
import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { LayoutInput, Positions, ProgressCallback } from '../types';
import { networkOptionsFor } from './defaults';
import { spreadApart } from './spread-apart';

let registered = false;

/** Node centres of `input` by fcose, spread apart. */
export async function networkPositions(
  input: LayoutInput,
  onProgress: ProgressCallback = () => {},
): Promise<Positions> {
  if (!registered) {
    cytoscape.use(fcose);
    registered = true;
  }
  // fcose (cose-base) keeps nodes in plain objects keyed by id, so an id such as `constructor`
  // finds Object's own property and the layout throws: each node is named by its index here.
  const nameOf = new Map(input.nodes.map((node, i) => [node.id, `n${i}`]));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...input.nodes.map((node, i) => ({
        group: 'nodes' as const,
        data: { id: `n${i}`, width: node.width, height: node.height },
      })),
      ...input.edges
        .filter((edge) => nameOf.has(edge.source) && nameOf.has(edge.target))
        .map((edge, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: nameOf.get(edge.source)!, target: nameOf.get(edge.target)! },
        })),
    ],
  });
  onProgress(0.1, 'fcose');
  await new Promise<void>((resolve) => {
    const layout = cy.layout({
      ...networkOptionsFor(input.nodes.length),
      animate: false,
      fit: false,
    } as unknown as cytoscape.LayoutOptions);
    layout.one('layoutstop', () => resolve());
    layout.run();
  });
  onProgress(0.8, 'spread');
  const raw: Positions = {};
  input.nodes.forEach((node, i) => {
    raw[node.id] = { ...cy.getElementById(`n${i}`).position() };
  });
  cy.destroy();
  return spreadApart(input.nodes, raw);
}
