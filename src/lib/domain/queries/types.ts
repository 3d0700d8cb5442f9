/** The shapes lineage queries return; plain data, ready for JSON. */
import { DESCENT_RELATIONS, type RelationId } from '../relations';
import type { Certainty } from '../schema';

/** One step of a path, in walking order. */
export interface PathStep {
  from: string;
  relation: RelationId;
  to: string;
  /** 'forward' when the walk follows the edge source → target, 'backward' when it goes against it. */
  direction: 'forward' | 'backward';
  certainty: Certainty;
}

export interface LineagePath {
  /** Node ids from the start to the end; one longer than `steps`. */
  nodes: string[];
  steps: PathStep[];
}

/** A node found by a lineage walk, with how many steps away it is (1 = parents or children). */
export interface Generation {
  id: string;
  generation: number;
}

export interface WalkOptions {
  /** Relations to follow; default the descent relations (`DEFAULT_VIA`). */
  via?: readonly RelationId[];
  /** Most generations to go; default Infinity. */
  depth?: number;
}

/** What lineage queries follow when not told: descent (derived_from, split_from); see lineage-model. */
export const DEFAULT_VIA: readonly RelationId[] = DESCENT_RELATIONS;
