import { describe, expect, it } from 'vitest';
import {
  ancestorsOf,
  commonAncestors,
  commonAncestry,
  descendantsOf,
  lowestCommonAncestors,
  UnknownRelationError,
} from '../../../src/lib/domain/queries';
import { UnknownNameError } from '../../../src/lib/domain/resolve-name';
import { tinyGraph } from './tiny-graph';

// Two children of two parents of one root, and a grandchild with a second, shorter way up:
//   r ← p1 ← x ← g,  r ← p2 ← x,  r ← p1 ← y,  r ← p2 ← y,  g ← r (directly, too)
const dag = tinyGraph(
  ['r', 'p1', 'p2', 'x', 'y', 'g', 'lone', { id: 'thinker', kind: 'person' }],
  [
    'p1 derived_from r',
    'p2 derived_from r',
    'x derived_from p1',
    'x derived_from p2',
    'y derived_from p2',
    'y derived_from p1',
    'g derived_from x',
    'g derived_from r',
    'thinker developed x',
    'x opposed y',
  ],
);

describe('ancestorsOf', () => {
  it('lists generations, each node once at its nearest, ids sorted within a generation', () => {
    expect(ancestorsOf(dag, 'g')).toEqual([
      { id: 'r', generation: 1 },
      { id: 'x', generation: 1 },
      { id: 'p1', generation: 2 },
      { id: 'p2', generation: 2 },
    ]);
  });

  it('stops at the depth asked for', () => {
    expect(ancestorsOf(dag, 'g', { depth: 1 })).toEqual([
      { id: 'r', generation: 1 },
      { id: 'x', generation: 1 },
    ]);
    expect(ancestorsOf(dag, 'g', { depth: 0 })).toEqual([]);
  });

  it('follows only the relations in via; symmetric ones both ways', () => {
    expect(ancestorsOf(dag, 'r')).toEqual([]);
    expect(ancestorsOf(dag, 'lone')).toEqual([]);
    expect(ancestorsOf(dag, 'thinker')).toEqual([]);
    expect(ancestorsOf(dag, 'thinker', { via: ['developed', 'derived_from'] })).toEqual([
      { id: 'x', generation: 1 },
      { id: 'p1', generation: 2 },
      { id: 'p2', generation: 2 },
      { id: 'r', generation: 3 },
    ]);
    expect(ancestorsOf(dag, 'y', { via: ['opposed'] })).toEqual([{ id: 'x', generation: 1 }]);
  });

  it('throws on unknown names, relations and bad depths', () => {
    expect(() => ancestorsOf(dag, 'nope')).toThrow(UnknownNameError);
    // @ts-expect-error not a relation
    expect(() => ancestorsOf(dag, 'g', { via: ['parent_of'] })).toThrow(UnknownRelationError);
    expect(() => ancestorsOf(dag, 'g', { depth: -1 })).toThrow('ancestorsOf: depth must be');
    expect(() => ancestorsOf(dag, 'g', { depth: 1.5 })).toThrow(RangeError);
  });
});

describe('descendantsOf', () => {
  it('walks the other way, by generation', () => {
    expect(descendantsOf(dag, 'r')).toEqual([
      { id: 'g', generation: 1 },
      { id: 'p1', generation: 1 },
      { id: 'p2', generation: 1 },
      { id: 'x', generation: 2 },
      { id: 'y', generation: 2 },
    ]);
    expect(descendantsOf(dag, 'p1', { depth: 1 })).toEqual([
      { id: 'x', generation: 1 },
      { id: 'y', generation: 1 },
    ]);
    expect(descendantsOf(dag, 'g')).toEqual([]);
  });
});

describe('commonAncestors and lowestCommonAncestors', () => {
  it('finds shared ancestors with each input’s generation, nearest first', () => {
    expect(commonAncestors(dag, ['x', 'y'])).toEqual([
      { id: 'p1', generations: { x: 1, y: 1 } },
      { id: 'p2', generations: { x: 1, y: 1 } },
      { id: 'r', generations: { x: 2, y: 2 } },
    ]);
  });

  it('gives the lowest: where the lineages diverged (several with multiple parents)', () => {
    expect(lowestCommonAncestors(dag, ['x', 'y'])).toEqual(['p1', 'p2']);
    expect(lowestCommonAncestors(dag, ['g', 'y'])).toEqual(['p1', 'p2']);
    expect(lowestCommonAncestors(dag, ['g', 'p1'])).toEqual(['p1']);
  });

  it('counts an input as its own ancestor at generation 0', () => {
    expect(commonAncestry(dag, ['g', 'p1'])).toEqual({
      common: [
        // Ordered by the furthest any input has to go: r is one step from both.
        { id: 'r', generations: { g: 1, p1: 1 } },
        { id: 'p1', generations: { g: 2, p1: 0 } },
      ],
      lowest: ['p1'],
    });
  });

  it('is empty when the lineages never meet, and accepts names', () => {
    expect(commonAncestry(dag, ['x', 'lone'])).toEqual({ common: [], lowest: [] });
    expect(commonAncestors(dag, ['X', 'y', 'x'])).toHaveLength(3);
    expect(() => commonAncestors(dag, [])).toThrow(RangeError);
  });

  it('honours depth', () => {
    expect(commonAncestors(dag, ['x', 'y'], { depth: 1 }).map((c) => c.id)).toEqual(['p1', 'p2']);
  });
});
