/**
 * Turning a name a person typed into a node: by id, English or Thai label, or alias, compared in
 * search-normalized form (case, dashes and Thai silent letters do not matter). A name that matches
 * nothing exactly is an error that carries the closest names, for "did you mean …?".
 */
import type { GraphModel } from './graph-model';
import type { Node } from './schema';
import { createSearchIndex, normalizeForSearch, searchNodes, type SearchIndex } from './search';

/** Thrown when a name matches no node exactly; `suggestions` are the closest nodes, best first. */
export class UnknownNameError extends Error {
  override readonly name = 'UnknownNameError';
  constructor(
    readonly query: string,
    readonly suggestions: readonly { id: string; label: string }[],
  ) {
    super(`resolveNode: unknown name '${query}'`);
  }
}

const indexes = new WeakMap<GraphModel, SearchIndex>();

/** The search index of `model`, built on first use and kept as long as the model lives. */
export function searchIndexOf(model: GraphModel): SearchIndex {
  let index = indexes.get(model);
  if (!index) {
    index = createSearchIndex(model.nodes);
    indexes.set(model, index);
  }
  return index;
}

/**
 * The node named `name`: its id, or a label or alias equal to it after search normalization.
 * When several nodes carry the same name, the one search ranks first wins (label before alias).
 * @throws UnknownNameError with up to five suggestions when nothing matches exactly.
 */
export function resolveNode(model: GraphModel, name: string, index?: SearchIndex): Node {
  const byId = model.node(name);
  if (byId) return byId;
  const hits = searchNodes(index ?? searchIndexOf(model), name, { limit: 5 });
  const first = hits[0];
  const wanted = normalizeForSearch(name);
  if (first && wanted !== '' && normalizeForSearch(first.matched) === wanted) {
    const node = model.node(first.id);
    if (node) return node;
  }
  throw new UnknownNameError(
    name,
    hits.map((hit) => ({ id: hit.id, label: model.node(hit.id)?.label.en ?? hit.id })),
  );
}

/**
 * Resolves every name in `names`: all the nodes, in order, or every name that failed (each with
 * its suggestions). The CLI prints the failures; the explorer shows them in place.
 */
export function resolveNames(
  model: GraphModel,
  names: readonly string[],
): { ok: true; nodes: Node[] } | { ok: false; unknown: UnknownNameError[] } {
  const nodes: Node[] = [];
  const unknown: UnknownNameError[] = [];
  for (const name of names) {
    try {
      nodes.push(resolveNode(model, name));
    } catch (error) {
      if (!(error instanceof UnknownNameError)) throw error;
      unknown.push(error);
    }
  }
  return unknown.length ? { ok: false, unknown } : { ok: true, nodes };
}
