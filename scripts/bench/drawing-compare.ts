/**
 * The lineage drawn by each candidate engine, scored on the same node boxes and the same edge
 * directions (drawing-quality.ts): crossings as drawn, edges through other nodes, overlapping
 * boxes, and the time each took in Node. Run on its own for the table behind the engine choice:
 *
 *   npx tsx scripts/bench/drawing-compare.ts [--sizes 200,1000] [--engines dot,layered,…]
 */
import dagre from '@dagrejs/dagre';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import type { GraphFile } from '../../src/lib/domain/schema';
import { generateSyntheticGraph } from '../../src/lib/domain/synthetic-graph';
import {
  drawingQuality,
  type DrawingQuality,
  type DrawnEdge,
  type DrawnNode,
  type Point,
} from '../../src/lib/cytoscape/layouts/lineage/drawing-quality';
import { dotDrawing, loadGraphviz } from '../../src/lib/cytoscape/layouts/lineage/dot-engine';
import { lineageDrawingInput } from '../../src/lib/cytoscape/layouts/lineage/drawing-input';
import { lineageDrawing } from '../../src/lib/cytoscape/layouts/lineage/lineage-drawing';
import { headlessCytoscapeDagre } from '../../src/lib/cytoscape/layouts/lineage/cytoscape-dagre';
import {
  compactLineagePositions,
  dagreLineageInput,
  type LineageLink,
  type LineageNode,
} from '../../src/lib/cytoscape/layouts/lineage/positions';
import { dagreLayout } from '../../src/lib/cytoscape/layouts/lineage/dagre';
import { layeredLayout } from '../../src/lib/cytoscape/layouts/lineage/layered';
import { estimateLabelBox } from '../../src/lib/cytoscape/layouts/lineage/input';
import type { Positions } from '../../src/lib/cytoscape/layouts/types';
import { REPO } from './build';

export const DRAWING_ENGINES = [
  'isms',
  'isms-before',
  'layered',
  'dagre',
  'cytoscape-dagre',
  'dot',
] as const;
export type DrawingEngine = (typeof DRAWING_ENGINES)[number];

/** A lineage drawn by one engine: centres and, per link, the drawn route. */
interface Drawn {
  positions: Positions;
  routes: (Point[] | null)[];
}

export interface EngineScore extends DrawingQuality {
  engine: DrawingEngine;
  ms: number;
  width: number;
  height: number;
}

/** The nodes and links of a graph as the explorer lays them out (boxes estimated). */
export function lineageItems(graph: Pick<GraphFile, 'nodes' | 'edges'>): {
  nodes: LineageNode[];
  links: LineageLink[];
} {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes = graph.nodes.map((node) => {
    const d = degree.get(node.id) ?? 0;
    const box = estimateLabelBox(node.kind, node.label.en, d);
    const year = node.time?.start;
    return year === undefined
      ? { id: node.id, ...box, degree: d }
      : { id: node.id, ...box, degree: d, year };
  });
  const links = graph.edges.map(({ source, target, relation }) => ({ source, target, relation }));
  return { nodes, links };
}

async function draw(
  engine: DrawingEngine,
  nodes: LineageNode[],
  links: LineageLink[],
): Promise<Drawn> {
  const { input } = lineageDrawingInput(nodes, links);
  const none = links.map(() => null);
  switch (engine) {
    case 'isms':
      return lineageDrawing(nodes, links);
    case 'isms-before': {
      const dagreInput = dagreLineageInput(nodes, links);
      const raw =
        nodes.length <= 300 && links.length <= 450
          ? compactLineagePositions(
              dagreLayout(dagreInput, { nodeSep: 18, rankSep: 78 }),
              dagreInput,
            )
          : layeredLayout(dagreInput);
      return { positions: raw, routes: none };
    }
    case 'layered':
      return { positions: layeredLayout(input), routes: none };
    case 'dagre':
      return dagreWithRoutes(input);
    case 'cytoscape-dagre':
      return { positions: headlessCytoscapeDagre(input), routes: none };
    case 'dot':
      // dot as Graphviz ships it: spline routes
      return dotDrawing(input, { splines: 'spline' });
  }
}

/** dagre with the bend points it routes each ranking edge through. */
function dagreWithRoutes(input: ReturnType<typeof lineageDrawingInput>['input']): Drawn {
  const graph = new dagre.graphlib.Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 18, ranksep: 60, edgesep: 10 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of input.nodes)
    graph.setNode(node.id, { width: node.width, height: node.height });
  input.edges.forEach((edge, i) => {
    if (edge.source === edge.target || edge.constraint === false) return;
    graph.setEdge(edge.source, edge.target, { weight: edge.weight, minlen: edge.minLen }, `e${i}`);
  });
  dagre.layout(graph);
  const positions: Positions = {};
  for (const node of input.nodes) {
    const p = graph.node(node.id) as { x: number; y: number };
    positions[node.id] = { x: p.x, y: p.y };
  }
  const routes = input.edges.map((edge, i) => {
    const label = graph.edge(edge.source, edge.target, `e${i}`) as { points?: Point[] } | undefined;
    if (!label?.points) return null;
    return [positions[edge.source]!, ...label.points, positions[edge.target]!];
  });
  return { positions, routes };
}

/** Each engine's drawing of `graph`, scored on the same boxes and directions. */
export async function compareEngines(
  graph: Pick<GraphFile, 'nodes' | 'edges'>,
  engines: readonly DrawingEngine[],
): Promise<EngineScore[]> {
  const { nodes, links } = lineageItems(graph);
  const { input } = lineageDrawingInput(nodes, links);
  const scores: EngineScore[] = [];
  for (const engine of engines) {
    const start = performance.now();
    const drawn = await draw(engine, nodes, links);
    const ms = performance.now() - start;
    scores.push({ engine, ms, ...score(nodes, input.edges, drawn) });
  }
  return scores;
}

/** The quality of a drawing on the unpadded boxes, every edge oriented as the engines got it. */
export function score(
  nodes: readonly LineageNode[],
  edges: readonly { source: string; target: string }[],
  drawn: Drawn,
): DrawingQuality & { width: number; height: number } {
  const placed: DrawnNode[] = nodes.flatMap((node) => {
    const p = drawn.positions[node.id];
    return p ? [{ id: node.id, x: p.x, y: p.y, width: node.width, height: node.height }] : [];
  });
  const drawnEdges: DrawnEdge[] = edges.flatMap((edge, i) => {
    const a = drawn.positions[edge.source];
    const b = drawn.positions[edge.target];
    if (!a || !b || edge.source === edge.target) return [];
    return [{ source: edge.source, target: edge.target, points: drawn.routes[i] ?? [a, b] }];
  });
  const xs = placed.map((n) => n.x);
  const ys = placed.map((n) => n.y);
  return {
    ...drawingQuality(placed, drawnEdges),
    width: Math.round(Math.max(...xs) - Math.min(...xs)),
    height: Math.round(Math.max(...ys) - Math.min(...ys)),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const sizes = (flag('--sizes') ?? '200,1000').split(',').map(Number);
  const engines = (flag('--engines')?.split(',') ?? DRAWING_ENGINES) as DrawingEngine[];
  const loaded = loadGraphText(await readFile(join(REPO, 'graph/communism.json'), 'utf8'));
  if (!loaded.ok) throw new Error('graph/communism.json is not valid');
  const bundled = loaded.graph;
  const ideologyIds = new Set(bundled.nodes.filter((n) => n.kind === 'ideology').map((n) => n.id));
  const cases: [string, Pick<GraphFile, 'nodes' | 'edges'>][] = [
    ['bundled', bundled],
    [
      'ideologies',
      {
        nodes: bundled.nodes.filter((n) => ideologyIds.has(n.id)),
        edges: bundled.edges.filter((e) => ideologyIds.has(e.source) && ideologyIds.has(e.target)),
      },
    ],
    ...sizes.map(
      (n) =>
        [`synthetic-${n}`, generateSyntheticGraph({ nodes: n, seed: 1 })] as [string, GraphFile],
    ),
  ];
  await loadGraphviz();
  for (const [name, graph] of cases) {
    const skip = (e: DrawingEngine) =>
      (graph.nodes.length > 400 && e === 'dot') ||
      (graph.nodes.length > 1000 &&
        (e === 'dagre' || e === 'cytoscape-dagre' || e === 'isms-before'));
    const scores = await compareEngines(
      graph,
      engines.filter((e) => !skip(e)),
    );
    console.log(`${name} (${graph.nodes.length} nodes, ${graph.edges.length} edges)`);
    for (const s of scores) {
      console.log(
        `  ${s.engine.padEnd(16)} crossings ${String(s.crossings).padStart(6)}  through ${String(s.edgesThroughNodes).padStart(5)}  overlaps ${String(s.overlappingBoxes).padStart(4)}  ${String(s.width).padStart(6)}×${String(s.height).padEnd(6)} ${s.ms.toFixed(0).padStart(6)} ms`,
      );
    }
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
