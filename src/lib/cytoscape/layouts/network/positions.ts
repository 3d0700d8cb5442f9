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
  const ids = new Set(input.nodes.map((node) => node.id));
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...input.nodes.map((node) => ({
        group: 'nodes' as const,
        data: { id: node.id, width: node.width, height: node.height },
      })),
      ...input.edges
        .filter((edge) => ids.has(edge.source) && ids.has(edge.target))
        .map((edge, i) => ({
          group: 'edges' as const,
          data: { id: `e${i}`, source: edge.source, target: edge.target },
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
  cy.nodes().forEach((node) => {
    raw[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return spreadApart(input.nodes, raw);
}
