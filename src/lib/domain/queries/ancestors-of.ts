/** ancestorsOf: what a node grew out of, generation by generation. */
import type { GraphModel } from '../graph-model';
import { resolveNode } from '../resolve-name';
import { checkDepth, generationsFrom, toGenerations } from './generations';
import { queryIndexOf, walkMasks } from './query-index';
import { DEFAULT_VIA, type Generation, type WalkOptions } from './types';

/**
 * The ancestors of `name` (id, label or alias): the nodes it reaches by following `via` edges
 * forward ("X derived_from Y" makes Y a parent of X), nearest generation first (1 = parents),
 * ids sorted within a generation, each node once.
 * @throws UnknownNameError, UnknownRelationError, RangeError for a bad depth.
 */
export function ancestorsOf(
  model: GraphModel,
  name: string,
  options: WalkOptions = {},
): Generation[] {
  const { via = DEFAULT_VIA, depth = Infinity } = options;
  checkDepth('ancestorsOf', depth);
  const index = queryIndexOf(model);
  const start = index.numberOf.get(resolveNode(model, name).id)!;
  return toGenerations(
    index,
    generationsFrom(index, start, walkMasks(index, via, 'forward'), true, depth),
  );
}
