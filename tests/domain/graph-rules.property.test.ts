/**
 * Property tests: any well-formed generated graph validates, and one random corruption of it —
 * a dropped node, a duplicated id, a broken reference or an added cycle — is caught at the path
 * where it was made.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkGraphRules } from '../../src/lib/domain/graph-rules';
import { LIMITS } from '../../src/lib/domain/limits';
import { validateGraphData } from '../../src/lib/domain/load-graph';
import type { GraphFileInput } from '../../src/lib/domain/schema';

const SRC = [{ source: 'gen', section: 'generated' }];

/** A random DAG of ideologies (derived_from always points to a lower index) plus people who developed them. */
const graphArb = fc
  .record({
    ideologies: fc.integer({ min: 2, max: 25 }),
    people: fc.integer({ min: 0, max: 8 }),
    seedEdges: fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 60 }),
    developed: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 20 }),
  })
  .map(({ ideologies, people, seedEdges, developed }) => {
    const node = (id: string, kind: 'ideology' | 'person') => ({
      id,
      kind,
      label: { en: `Name ${id}`, th: `ชื่อ ${id}` },
      summary: { en: 'Generated.', th: 'สร้างขึ้น' },
      sources: SRC,
    });
    const nodes = [
      ...Array.from({ length: ideologies }, (_, i) => node(`i${i}`, 'ideology')),
      ...Array.from({ length: people }, (_, i) => node(`p${i}`, 'person')),
    ];
    const seen = new Set<string>();
    const edges: GraphFileInput['edges'] = [];
    for (const [a, b] of seedEdges) {
      const hi = (a % (ideologies - 1)) + 1;
      const lo = b % hi;
      const key = `${hi}-${lo}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ source: `i${hi}`, target: `i${lo}`, relation: 'derived_from', sources: SRC });
    }
    for (const [p, i] of developed) {
      if (people === 0) break;
      const key = `p${p % people}-i${i % ideologies}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({
        source: `p${p % people}`,
        target: `i${i % ideologies}`,
        relation: 'developed',
        sources: SRC,
      });
    }
    const graph: GraphFileInput = {
      version: 1,
      meta: {
        id: 'gen',
        title: { en: 'Generated', th: 'สร้าง' },
        sources: [{ id: 'gen', title: 'fast-check' }],
      },
      nodes,
      edges,
    };
    return graph;
  });

describe('graph rules, by property', () => {
  it('accepts every generated well-formed graph', () => {
    fc.assert(fc.property(graphArb, (graph) => validateGraphData(graph).ok));
  });

  it('catches a dropped node at the edge that still points to it', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), (graph, pick) => {
        const edge = graph.edges[pick % graph.edges.length]!;
        const dropped = edge.target;
        const nodes = graph.nodes.filter((n) => n.id !== dropped);
        const result = validateGraphData({ ...graph, nodes });
        if (result.ok) return false;
        const expected = graph.edges.flatMap((e, i) => [
          ...(e.source === dropped ? [`edges[${i}].source`] : []),
          ...(e.target === dropped ? [`edges[${i}].target`] : []),
        ]);
        const reported = result.problems
          .filter((p) => p.code === 'unknown_node')
          .map((p) => p.path);
        expect(reported.sort()).toEqual(expected.sort());
        return true;
      }),
    );
  });

  it('catches a duplicated id at the second occurrence', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.nat(), (graph, a, b) => {
        const from = a % graph.nodes.length;
        let to = b % graph.nodes.length;
        if (to === from) to = (to + 1) % graph.nodes.length;
        const nodes = graph.nodes.map((n, i) =>
          i === to ? { ...n, id: graph.nodes[from]!.id } : n,
        );
        const result = validateGraphData({ ...graph, nodes, edges: [] });
        if (result.ok) return false;
        const later = Math.max(from, to);
        expect(result.problems).toContainEqual(
          expect.objectContaining({ code: 'duplicate_id', path: `nodes[${later}].id` }),
        );
        return true;
      }),
    );
  });

  it('catches a duplicated id even when the first copy fails the schema', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.nat(), (graph, a, b) => {
        const original = a % graph.nodes.length;
        const at = b % (original + 1);
        const copy = { ...graph.nodes[original]!, label: { en: '', th: 'ซ้ำ' } };
        const nodes = [...graph.nodes];
        nodes.splice(at, 0, copy);
        const result = validateGraphData({ ...graph, nodes, edges: [] });
        if (result.ok) return false;
        expect(result.problems.map((p) => `${p.code} ${p.path}`).sort()).toEqual(
          [`schema nodes[${at}].label.en`, `duplicate_id nodes[${original + 1}].id`].sort(),
        );
        const duplicate = result.problems.find((p) => p.code === 'duplicate_id');
        expect(duplicate?.message).toContain(`(first used at nodes[${at}])`);
        return true;
      }),
    );
  });

  it('catches a duplicated edge whichever copy fails the schema', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.boolean(), (graph, pick, brokenFirst) => {
        const index = pick % graph.edges.length;
        const broken = { ...graph.edges[index]!, certainty: 'x' };
        const edges: unknown[] = [...graph.edges];
        if (brokenFirst) edges.splice(index, 0, broken);
        else edges.push(broken);
        const result = validateGraphData({ ...graph, edges });
        if (result.ok) return false;
        const [first, second] = brokenFirst ? [index, index + 1] : [index, edges.length - 1];
        const brokenAt = brokenFirst ? first : second;
        expect(result.problems.map((p) => `${p.code} ${p.path}`).sort()).toEqual(
          [`schema edges[${brokenAt}].certainty`, `duplicate_edge edges[${second}]`].sort(),
        );
        const duplicate = result.problems.find((p) => p.code === 'duplicate_edge');
        expect(duplicate?.message).toContain(`same as edges[${first}]`);
        return true;
      }),
    );
  });

  it('catches a broken reference at that endpoint, with a suggestion', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), fc.constantFrom('source', 'target'), (graph, pick, end) => {
        const index = pick % graph.edges.length;
        const edges = graph.edges.map((e, i) => (i === index ? { ...e, [end]: `${e[end]}x` } : e));
        const result = validateGraphData({ ...graph, edges });
        if (result.ok) return false;
        const problem = result.problems.find((p) => p.path === `edges[${index}].${end}`);
        expect(problem?.code).toBe('unknown_node');
        expect(problem?.hint).toMatch(/did you mean/);
        return true;
      }),
    );
  });

  it('catches an added derived_from edge that closes a cycle', () => {
    fc.assert(
      fc.property(graphArb, fc.nat(), (graph, pick) => {
        const lineage = graph.edges.filter((e) => e.relation === 'derived_from');
        const closing = lineage[pick % lineage.length]!;
        const edges = [
          ...graph.edges,
          { ...closing, source: closing.target, target: closing.source },
        ];
        const result = validateGraphData({ ...graph, edges });
        if (result.ok) return false;
        const cycle = result.problems.filter((p) => p.code === 'cycle');
        expect(cycle).toHaveLength(1);
        expect(cycle[0]!.message).toContain(closing.source);
        expect(cycle[0]!.message).toContain(closing.target);
        expect(cycle[0]!.hint).toContain(`edges[${edges.length - 1}]`);
        return true;
      }),
    );
  });
});

describe('graph rules, at the problem cap', () => {
  const node = (id: string) => ({
    index: 0,
    node: {
      id,
      kind: 'ideology' as const,
      label: { en: id, th: id },
      aliases: [],
      summary: { en: '.', th: '.' },
      sources: [{ source: 'gen', section: 'x' }],
    },
  });
  const edge = (index: number, target: string) => ({
    index,
    edge: {
      source: 'marxism',
      target,
      relation: 'derived_from' as const,
      certainty: 'stated' as const,
      sources: [{ source: 'gen', section: 'x' }],
    },
  });

  it('suggests ids for the problems that are kept, and not past them', () => {
    const ids = ['marxism', 'leninism', 'maoism'];
    const problems = checkGraphRules({
      nodes: ids.map(node),
      edges: ['lenninism', 'maoisim', 'leninsm', 'mao1sm'].map((t, i) => edge(i, t)),
      sources: undefined,
      nodeIds: ids.map((id, index) => ({ index, id })),
      keep: 2,
    });
    expect(problems.map((p) => p.hint)).toEqual([
      "did you mean 'leninism'?",
      "did you mean 'maoism'?",
      'add the node, or fix the id',
      'add the node, or fix the id',
    ]);
  });

  it('still suggests ids in a file with more dangling edges than the cap', () => {
    const ids = Array.from({ length: 500 }, (_, i) => `school-of-thought-${i}`);
    const graph = {
      version: 1,
      meta: { id: 'gen', title: { en: 'Gen', th: 'Gen' }, sources: [{ id: 'gen', title: 'g' }] },
      nodes: ids.map((id) => node(id).node),
      edges: Array.from({ length: LIMITS.problems + 100 }, (_, i) => ({
        ...edge(i, `school-of-thougt-${i % 500}`).edge,
        source: ids[0],
      })),
    };
    const result = validateGraphData(graph);
    if (result.ok) throw new Error('accepted');
    expect(result.problems).toHaveLength(LIMITS.problems + 1);
    expect(result.problems[1]).toMatchObject({
      code: 'unknown_node',
      path: 'edges[1].target',
      hint: expect.stringMatching(/^did you mean 'school-of-thought-1'\?/),
    });
    expect(result.problems.at(-1)?.code).toBe('too_many_problems');
  });
});
