/**
 * Warnings about a valid graph: things that do not break it but weaken what it can answer. Today
 * one: an ideology with no descent parent (no outgoing derived_from or split_from edge) that is
 * not declared a root, since lineage queries follow descent by default and such an ideology is
 * cut off from every lineage above it. `validate` prints these and still exits 0.
 */
import { isDescent } from './lineage-model';
import type { PathSegment } from './problems';
import type { GraphFile } from './schema';

/** A warning, shaped like a problem so that it can be printed the same way. */
export interface GraphWarning {
  code: 'no-descent-parent';
  /** Where in the file: `['nodes', index]`. */
  path: PathSegment[];
  /** The node the warning is about. */
  id: string;
  message: string;
  hint: string;
}

/**
 * Every ideology with no outgoing descent edge that is not marked `root: true`, in file order.
 * Other kinds are not warned about: people, parties and events do not descend from ideas.
 */
export function lineageWarnings(graph: Pick<GraphFile, 'nodes' | 'edges'>): GraphWarning[] {
  const hasParent = new Set<string>();
  for (const edge of graph.edges) {
    if (isDescent(edge.relation)) hasParent.add(edge.source);
  }
  const warnings: GraphWarning[] = [];
  graph.nodes.forEach((node, index) => {
    if (node.kind !== 'ideology' || node.root === true || hasParent.has(node.id)) return;
    warnings.push({
      code: 'no-descent-parent',
      path: ['nodes', index],
      id: node.id,
      message: `ideology '${node.id}' (${node.label.en}) has no descent parent and is not marked root`,
      hint: 'add a derived_from/split_from edge or "root": true',
    });
  });
  return warnings;
}

/** One line for a warning: "warning: ideology 'x' (X) has no descent parent … — add …". */
export function formatWarning(warning: GraphWarning): string {
  return `warning: ${warning.message} — ${warning.hint}`;
}
