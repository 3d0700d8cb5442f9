// Shared by the layout tests: which laid-out boxes overlap.
import type { LayoutNode, Positions } from '../../../src/lib/cytoscape/layouts/types';

/**
 * Pairs of node ids (`a/b`) whose boxes, each widened by `gap`, overlap by more than a
 * hundredth of a pixel both ways. Nodes without a position are skipped.
 */
export function overlappingPairs(
  nodes: readonly LayoutNode[],
  positions: Positions,
  gap = 0,
): string[] {
  const found: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!;
      const b = nodes[j]!;
      const pa = positions[a.id];
      const pb = positions[b.id];
      if (!pa || !pb) continue;
      const dx = Math.abs(pa.x - pb.x) - (a.width + b.width) / 2 - gap;
      const dy = Math.abs(pa.y - pb.y) - (a.height + b.height) / 2 - gap;
      if (dx < -0.01 && dy < -0.01) found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}
