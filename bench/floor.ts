/** The floor page's script: fetch the graph, draw it with dagre, mark the first render. */
import cytoscape from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { lineageInput } from '../src/lib/cytoscape/layouts/lineage/input';
import type { Edge, Node } from '../src/lib/domain/schema';

cytoscape.use(dagre);

const url = new URLSearchParams(location.search).get('graph') ?? '/__isms/bench/bundled.json';
const file = (await (await fetch(url)).json()) as { nodes: Node[]; edges: Edge[] };
const input = lineageInput(file);
const cy = cytoscape({
  container: document.getElementById('cy'),
  elements: [
    ...file.nodes.map((node) => ({ data: { id: node.id, label: node.label.en } })),
    ...input.edges.map((edge, i) => ({
      data: { id: `e${i}`, source: edge.source, target: edge.target },
    })),
  ],
  style: [
    {
      selector: 'node',
      style: {
        label: 'data(label)',
        width: 30,
        height: 30,
        'font-size': 12,
        'text-valign': 'bottom',
        'text-wrap': 'wrap',
        'text-max-width': '120px',
      },
    },
    {
      selector: 'edge',
      style: { width: 1.2, 'curve-style': 'straight', 'target-arrow-shape': 'triangle' },
    },
  ],
  layout: { name: 'dagre', rankDir: 'TB', nodeSep: 36, rankSep: 78 } as cytoscape.LayoutOptions,
});
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    performance.mark('isms:first-render');
    document.body.dataset.rendered = 'true';
  }),
);
(window as unknown as { __floor: unknown }).__floor = cy;
