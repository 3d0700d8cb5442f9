import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createGraphModel } from '../../src/lib/domain/graph-model';
import { validateGraphData } from '../../src/lib/domain/load-graph';
import { neighbourhood, subgraphOf, UnknownNodeIdError } from '../../src/lib/domain/subgraph';
import { graphArbitrary } from './formats/sample-graph';
import { tinyGraph } from './queries/tiny-graph';

// a ← b ← c ← d (derived_from), e opposed b, p developed c, x on its own.
const model = tinyGraph(
  ['a', 'b', 'c', 'd', 'e', { id: 'p', kind: 'person' }, 'x'],
  ['b derived_from a', 'c derived_from b', 'd derived_from c', 'e opposed b', 'p developed c'],
);

describe('neighbourhood', () => {
  it('is the given nodes alone at depth 0', () => {
    expect([...neighbourhood(model, ['c'], 0)]).toEqual(['c']);
  });

  it('follows edges both ways, one step per depth, in breadth-first order', () => {
    expect([...neighbourhood(model, ['c'], 1)]).toEqual(['c', 'b', 'd', 'p']);
    expect([...neighbourhood(model, ['c'], 2)]).toEqual(['c', 'b', 'd', 'p', 'a', 'e']);
  });

  it('stops when nothing new is reachable', () => {
    expect(neighbourhood(model, ['a'], 50).size).toBe(6);
    expect([...neighbourhood(model, ['x'], 3)]).toEqual(['x']);
  });

  it('starts from several nodes at once', () => {
    expect([...neighbourhood(model, ['a', 'x'], 1)]).toEqual(['a', 'x', 'b']);
  });

  it('follows only the relations named in via', () => {
    expect([...neighbourhood(model, ['b'], 3, { via: ['derived_from'] })]).toEqual([
      'b',
      'a',
      'c',
      'd',
    ]);
    expect([...neighbourhood(model, ['b'], 1, { via: ['opposed'] })]).toEqual(['b', 'e']);
  });

  it('throws UnknownNodeIdError with suggestions for an unknown id', () => {
    let error: unknown;
    try {
      neighbourhood(model, ['cc'], 1);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnknownNodeIdError);
    expect((error as UnknownNodeIdError).id).toBe('cc');
    expect((error as UnknownNodeIdError).suggestions).toContain('c');
    expect((error as Error).message).toMatch(/^subgraph: unknown node id 'cc'/);
  });

  it('refuses a negative or fractional depth', () => {
    expect(() => neighbourhood(model, ['a'], -1)).toThrow(RangeError);
    expect(() => neighbourhood(model, ['a'], 1.5)).toThrow(RangeError);
  });
});

describe('subgraphOf', () => {
  it('keeps the chosen nodes in file order and only the edges among them', () => {
    const file = subgraphOf(model, ['d', 'b', 'c']);
    expect(file.nodes.map((n) => n.id)).toEqual(['b', 'c', 'd']);
    expect(file.edges.map((e) => `${e.source} ${e.relation} ${e.target}`)).toEqual([
      'c derived_from b',
      'd derived_from c',
    ]);
  });

  it('marks meta as a subset and keeps every source', () => {
    const file = subgraphOf(model, ['a', 'b']);
    expect(file.meta.id).toBe('tiny-subset');
    expect(file.meta.title).toEqual({ en: 'Tiny (subset)', th: 'เล็ก (บางส่วน)' });
    expect(file.meta.description?.en).toBe('2 of the 7 nodes and 1 of the 5 edges of “Tiny”.');
    expect(file.meta.sources).toEqual(model.file.meta.sources);
    expect(validateGraphData(file).ok).toBe(true);
  });

  it('leaves out edges the filter rejects', () => {
    const file = subgraphOf(model, ['b', 'c', 'e'], (edge) => edge.relation !== 'opposed');
    expect(file.edges.map((e) => e.relation)).toEqual(['derived_from']);
  });

  it('gives the graph back unchanged when everything is selected', () => {
    expect(
      subgraphOf(
        model,
        model.nodes.map((n) => n.id),
      ),
    ).toBe(model.file);
  });

  it('does not add a second "-subset" to a subset of a subset', () => {
    const once = createGraphModel(subgraphOf(model, ['a', 'b', 'c']));
    expect(subgraphOf(once, ['a']).meta.id).toBe('tiny-subset');
  });

  it('throws UnknownNodeIdError for an unknown id', () => {
    expect(() => subgraphOf(model, ['a', 'nope'])).toThrow(UnknownNodeIdError);
  });

  it('always gives a valid graph file: any neighbourhood of any generated graph', () => {
    fc.assert(
      fc.property(graphArbitrary, fc.nat(), fc.integer({ min: 0, max: 3 }), (file, pick, depth) => {
        const m = createGraphModel(file);
        const start = file.nodes[pick % file.nodes.length]!.id;
        const ids = neighbourhood(m, [start], depth);
        const sub = subgraphOf(m, ids);
        expect(validateGraphData(sub).ok).toBe(true);
        expect(sub.nodes.map((n) => n.id).sort()).toEqual([...ids].sort());
        // Every edge of the graph between two selected nodes is kept.
        const inside = file.edges.filter((e) => ids.has(e.source) && ids.has(e.target));
        expect(sub.edges).toEqual(inside);
      }),
      { numRuns: 150 },
    );
  });
});
