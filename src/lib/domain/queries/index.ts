/** Lineage queries over a graph model: paths, ancestors, descendants, common ancestors, and words for a path. */
export { ancestorsOf } from './ancestors-of';
export {
  commonAncestors,
  commonAncestry,
  lowestCommonAncestors,
  type CommonAncestor,
} from './common-ancestors';
export { descendantsOf } from './descendants-of';
export { certaintyNote, certaintyWord, explain, type Lang } from './explain';
export {
  createQueryIndex,
  queryIndexOf,
  UnknownRelationError,
  type QueryIndex,
} from './query-index';
export { MAX_PATHS, shortestPaths, type PathOptions } from './shortest-paths';
export {
  DEFAULT_VIA,
  type Generation,
  type LineagePath,
  type PathStep,
  type WalkOptions,
} from './types';
