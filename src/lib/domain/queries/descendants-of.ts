/** descendantsOf: what grew out of a node, generation by generation. */
import type { GraphModel } from '../graph-model';
import { resolveNode } from '../resolve-name';
import { checkDepth, generationsFrom, toGenerations } from './generations';
import { queryIndexOf, walkMasks } from './query-index';
import { DEFAULT_VIA, type Generation, type WalkOptions } from './types';

/**
 * The descendants of `name` (id, label or alias): the nodes that reach it by following `via`
 * edges forward ("X derived_from Y" makes X a child of Y), nearest generation first (1 =
 * children), ids sorted within a generation, each node once.
 * @throws UnknownNameError, UnknownRelationError, RangeError for a bad depth.
 */
export function descendantsOf(
  model: GraphModel,
  name: string,
  options: WalkOptions = {},
): Generation[] {
  const { via = DEFAULT_VIA, depth = Infinity } = options;
  checkDepth('descendantsOf', depth);
  const index = queryIndexOf(model);
  const start = index.numberOf.get(resolveNode(model, name).id)!;
  return toGenerations(
    index,
    generationsFrom(index, start, walkMasks(index, via, 'forward'), false, depth),
  );
}
