/**
 * Computes the precomputed lineage of a graph (see precomputed.ts), in Node, as the explorer
 * would lay it out (positions.ts), with label boxes estimated instead of measured.
 */
import { layoutCacheKey } from '../layout-cache';
import type { Positions } from '../types';
import { chooseLineageEngine } from './choose-engine';
import { dagreLayout } from './dagre';
import { estimateLabelBox } from './input';
import { layeredLayout } from './layered';
import { explorerLineageInput, explorerLineagePositions, type LineageNode } from './positions';
import { lineageElementIds, type GraphLike, type PrecomputedLayout } from './precomputed';

/**
 * The lineage of the whole graph, laid out as the explorer would (positions.ts, with
 * label boxes estimated instead of measured), rounded to 0.1 px.
 */
export function precomputeLineage(graph: GraphLike): PrecomputedLayout {
  const degree = new Map<string, number>();
  for (const edge of graph.edges) {
    degree.set(edge.source, (degree.get(edge.source) ?? 0) + 1);
    degree.set(edge.target, (degree.get(edge.target) ?? 0) + 1);
  }
  const nodes: LineageNode[] = graph.nodes.map((node) => {
    const d = degree.get(node.id) ?? 0;
    const box = estimateLabelBox(node.kind, node.label.en, d);
    const year = node.time?.start;
    return year === undefined
      ? { id: node.id, ...box, degree: d }
      : { id: node.id, ...box, degree: d, year };
  });
  const engine = chooseLineageEngine(graph.nodes.length, graph.edges.length);
  const input = explorerLineageInput(engine, nodes, graph.edges);
  // both engines' own defaults are the explorer's (defaults.ts)
  const raw = engine === 'dagre' ? dagreLayout(input) : layeredLayout(input);
  const drawn = explorerLineagePositions(engine, raw, input);
  const positions: Positions = {};
  for (const node of input.nodes) {
    const p = drawn[node.id]!;
    positions[node.id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return {
    graph: graph.meta.id,
    layout: 'lineage',
    engine,
    key: layoutCacheKey(graph.meta.id, 'lineage', lineageElementIds(graph)),
    positions,
  };
}
