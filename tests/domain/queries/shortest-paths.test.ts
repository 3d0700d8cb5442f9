import { describe, expect, it } from 'vitest';
import { UnknownNameError } from '../../../src/lib/domain/resolve-name';
import { MAX_PATHS, shortestPaths, UnknownRelationError } from '../../../src/lib/domain/queries';
import { tinyGraph } from './tiny-graph';

const nodesOf = (paths: { nodes: string[] }[]) => paths.map((p) => p.nodes);

// maoism → marxism-leninism → leninism → marxism, trotskyism → leninism, stalinism → m-l;
// trotskyism opposed stalinism; an island with no edges.
const lineage = tinyGraph(
  [
    { id: 'marxism', en: 'Marxism', th: 'ลัทธิมากซ์' },
    { id: 'leninism', en: 'Leninism', th: 'ลัทธิเลนิน' },
    { id: 'marxism-leninism', en: 'Marxism–Leninism', th: 'ลัทธิมากซ์–เลนิน' },
    { id: 'maoism', en: 'Maoism', th: 'ลัทธิเหมา' },
    { id: 'trotskyism', en: 'Trotskyism', th: 'ลัทธิทรอตสกี' },
    { id: 'stalinism', en: 'Stalinism', th: 'ลัทธิสตาลิน' },
    'island',
  ],
  [
    'maoism derived_from marxism-leninism',
    'marxism-leninism derived_from leninism',
    'leninism derived_from marxism',
    'trotskyism derived_from leninism',
    'stalinism derived_from marxism-leninism ?inferred',
    'trotskyism opposed stalinism',
  ],
);

describe('shortestPaths', () => {
  it('follows derived_from forward, with every step spelt out', () => {
    expect(shortestPaths(lineage, 'maoism', 'marxism')).toEqual([
      {
        nodes: ['maoism', 'marxism-leninism', 'leninism', 'marxism'],
        steps: [
          {
            from: 'maoism',
            relation: 'derived_from',
            to: 'marxism-leninism',
            direction: 'forward',
            certainty: 'stated',
          },
          {
            from: 'marxism-leninism',
            relation: 'derived_from',
            to: 'leninism',
            direction: 'forward',
            certainty: 'stated',
          },
          {
            from: 'leninism',
            relation: 'derived_from',
            to: 'marxism',
            direction: 'forward',
            certainty: 'stated',
          },
        ],
      },
    ]);
  });

  it('resolves names by label, Thai label and alias', () => {
    expect(nodesOf(shortestPaths(lineage, 'ลัทธิเหมา', 'Marxism'))).toEqual([
      ['maoism', 'marxism-leninism', 'leninism', 'marxism'],
    ]);
  });

  it('returns [] when there is no path, and against the direction unless asked', () => {
    expect(shortestPaths(lineage, 'marxism', 'maoism')).toEqual([]);
    expect(shortestPaths(lineage, 'maoism', 'island', { direction: 'any' })).toEqual([]);
    expect(shortestPaths(lineage, 'maoism', 'trotskyism')).toEqual([]);
  });

  it("with direction 'any', walks edges backwards and says so, in walking order", () => {
    const [path] = shortestPaths(lineage, 'maoism', 'trotskyism', { direction: 'any' });
    expect(path).toEqual({
      nodes: ['maoism', 'marxism-leninism', 'leninism', 'trotskyism'],
      steps: [
        {
          from: 'maoism',
          relation: 'derived_from',
          to: 'marxism-leninism',
          direction: 'forward',
          certainty: 'stated',
        },
        {
          from: 'marxism-leninism',
          relation: 'derived_from',
          to: 'leninism',
          direction: 'forward',
          certainty: 'stated',
        },
        {
          from: 'leninism',
          relation: 'derived_from',
          to: 'trotskyism',
          direction: 'backward',
          certainty: 'stated',
        },
      ],
    });
  });

  it('walks symmetric relations both ways even forward, and reports the certainty', () => {
    const via = ['derived_from', 'opposed'] as const;
    const [path] = shortestPaths(lineage, 'stalinism', 'leninism', { via: [...via] });
    expect(path!.nodes).toEqual(['stalinism', 'marxism-leninism', 'leninism']);
    expect(path!.steps[0]!.certainty).toBe('inferred');
    const [across] = shortestPaths(lineage, 'stalinism', 'trotskyism', { via: ['opposed'] });
    expect(across!.steps).toEqual([
      {
        from: 'stalinism',
        relation: 'opposed',
        to: 'trotskyism',
        direction: 'backward',
        certainty: 'stated',
      },
    ]);
  });

  it('gives a path of no steps from a node to itself', () => {
    expect(shortestPaths(lineage, 'maoism', 'Maoism', { k: 3 })).toEqual([
      { nodes: ['maoism'], steps: [] },
    ]);
  });

  it('breaks ties by node ids and lists k alternatives shortest first', () => {
    // a → b → d, a → c → d, a → e → f → d: two of length 2, one of length 3.
    const diamond = tinyGraph(
      ['a', 'b', 'c', 'd', 'e', 'f'],
      [
        'a derived_from c',
        'a derived_from b',
        'c derived_from d',
        'b derived_from d',
        'a derived_from e',
        'e derived_from f',
        'f derived_from d',
      ],
    );
    expect(nodesOf(shortestPaths(diamond, 'a', 'd'))).toEqual([['a', 'b', 'd']]);
    expect(nodesOf(shortestPaths(diamond, 'a', 'd', { k: 2 }))).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
    ]);
    expect(nodesOf(shortestPaths(diamond, 'a', 'd', { k: 10 }))).toEqual([
      ['a', 'b', 'd'],
      ['a', 'c', 'd'],
      ['a', 'e', 'f', 'd'],
    ]);
  });

  it('keeps paths simple through cycles of other relations', () => {
    const loop = tinyGraph(
      ['a', 'b', 'c'],
      ['a influenced_by b', 'b influenced_by c', 'c influenced_by a'],
    );
    const via = { via: ['influenced_by' as const] };
    expect(nodesOf(shortestPaths(loop, 'a', 'c', { ...via, k: 5 }))).toEqual([['a', 'b', 'c']]);
    const any = shortestPaths(loop, 'a', 'c', { ...via, direction: 'any', k: 5 });
    expect(nodesOf(any)).toEqual([
      ['a', 'c'],
      ['a', 'b', 'c'],
    ]);
    expect(any[0]!.steps[0]!.direction).toBe('backward');
    expect(shortestPaths(loop, 'a', 'c')).toEqual([]);
  });

  it('tells parallel edges apart: same nodes, different relations, table order first', () => {
    const twin = tinyGraph(['a', 'b'], ['a influenced_by b', 'a derived_from b']);
    const paths = shortestPaths(twin, 'a', 'b', { via: ['influenced_by', 'derived_from'], k: 3 });
    expect(paths.map((p) => p.steps.map((s) => s.relation))).toEqual([
      ['derived_from'],
      ['influenced_by'],
    ]);
  });

  it('does not depend on the order of the file', () => {
    const edges = ['a derived_from c', 'a derived_from b', 'c derived_from d', 'b derived_from d'];
    const one = tinyGraph(['d', 'c', 'b', 'a'], edges);
    const other = tinyGraph(['a', 'b', 'c', 'd'], [...edges].reverse());
    expect(shortestPaths(one, 'a', 'd', { k: 2 })).toEqual(
      shortestPaths(other, 'a', 'd', { k: 2 }),
    );
  });

  it('throws typed errors for unknown names, unknown relations and a bad k', () => {
    expect(() => shortestPaths(lineage, 'lenninism', 'marxism')).toThrow(UnknownNameError);
    expect(() => shortestPaths(lineage, 'maoism', 'nowhere')).toThrow(
      "resolveNode: unknown name 'nowhere'",
    );
    // @ts-expect-error a relation that is not in the table
    expect(() => shortestPaths(lineage, 'maoism', 'marxism', { via: ['descends'] })).toThrow(
      UnknownRelationError,
    );
    expect(() => shortestPaths(lineage, 'maoism', 'marxism', { k: 0 })).toThrow(RangeError);
    expect(() => shortestPaths(lineage, 'maoism', 'marxism', { k: 1.5 })).toThrow(RangeError);
    expect(() => shortestPaths(lineage, 'maoism', 'marxism', { k: Infinity })).toThrow(RangeError);
    expect(() => shortestPaths(lineage, 'maoism', 'marxism', { k: MAX_PATHS + 1 })).toThrow(
      `k must be a whole number from 1 to ${MAX_PATHS}`,
    );
    expect(shortestPaths(lineage, 'maoism', 'marxism', { k: MAX_PATHS })).toHaveLength(1);
  });
});
