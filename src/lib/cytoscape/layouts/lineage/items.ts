/**
 * The Lineage layout, top to bottom, oldest at the top. The layout itself is pure (positions.ts:
 * dagre with packed ranks for small graphs, the layered engine for large ones, both oriented by
 * `lineageEdge`); this module, the only one of the lineage that touches Cytoscape's types, reads
 * what it needs off the canvas: each node's box (measured, labels included, or estimated where measuring
 * thousands of labels would block the page), start year and degree, and each edge's relation.
 */
import type { CollectionReturnValue, NodeSingular } from 'cytoscape';
import type { NodeKind } from '../../../domain/kinds';
import type { RelationId } from '../../../domain/relations';
import { layoutBox, nodeBox } from './node-box';
import type { LineageLink, LineageNode } from './positions';

/**
 * The nodes and edges of `eles` as the lineage engines take them: boxes measured, estimated
 * as drawn near, or estimated as the lineage makes room for them (`layoutBox`).
 */
export function lineageItemsOf(
  eles: CollectionReturnValue,
  boxes: 'measured' | 'estimated' | 'layout',
): { nodes: LineageNode[]; links: LineageLink[] } {
  const nodes: LineageNode[] = eles.nodes().map((node) => {
    const degree = Number(node.data('degree') ?? 0);
    const year = node.data('year') as number | undefined;
    const box =
      boxes === 'measured'
        ? measuredBox(node)
        : estimatedBox(node, degree, boxes === 'layout' ? layoutBox : nodeBox);
    const kind = node.data('kind') as NodeKind;
    return year === undefined
      ? { id: node.id(), ...box, degree, kind }
      : { id: node.id(), ...box, degree, year, kind };
  });
  const links: LineageLink[] = eles.edges().map((edge) => ({
    source: edge.source().id(),
    target: edge.target().id(),
    relation: edge.data('relation') as RelationId,
  }));
  return { nodes, links };
}

function measuredBox(node: NodeSingular): { width: number; height: number } {
  const box = node.boundingBox({ includeLabels: true, includeOverlays: false });
  return { width: box.w, height: box.h };
}

/** The box node-box.ts estimates for the label on show (either language, breaks removed). */
function estimatedBox(
  node: NodeSingular,
  degree: number,
  boxOf: typeof nodeBox,
): { width: number; height: number } {
  const label = String(node.data('label') ?? node.data('en') ?? '');
  return boxOf(node.data('kind') as NodeKind, label, degree);
}
