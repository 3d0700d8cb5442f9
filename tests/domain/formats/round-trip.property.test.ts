/**
 * Property tests: export → import gives back every node, edge, label and field of any small
 * generated graph, and import → export → import of a foreign file is stable (the second import
 * has nothing left to guess).
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGEXF, toGEXF } from '../../../src/lib/domain/formats/gexf';
import { fromGraphML, toGraphML } from '../../../src/lib/domain/formats/graphml';
import { importGraph } from '../../../src/lib/domain/formats/index';
import { validateGraphData } from '../../../src/lib/domain/load-graph';
import type { GraphFile } from '../../../src/lib/domain/schema';
import { graphArbitrary } from './sample-graph';

const FORMATS = [
  { name: 'GraphML', to: toGraphML, from: fromGraphML },
  { name: 'GEXF', to: toGEXF, from: fromGEXF },
] as const;

describe.each(FORMATS)('$name round trip', ({ to, from }) => {
  it('export → import keeps every node, edge and label of any generated graph', () => {
    fc.assert(
      fc.property(graphArbitrary, fc.constantFrom('en' as const, 'th' as const), (file, lang) => {
        const result = from(to(file, { lang }));
        expect(result).toEqual({ ok: true, graph: file, report: [] });
      }),
      { numRuns: 200 },
    );
  });

  it('import → export → import of a foreign file is stable and needs no more guesses', () => {
    for (const name of ['yed-style.graphml', 'gephi-style.gexf']) {
      const first = importGraph(name, readFileSync(`tests/fixtures/import/${name}`));
      if (!first.ok) throw new Error(name);
      const second = from(to(first.graph));
      expect(second).toEqual({ ok: true, graph: first.graph, report: [] });
    }
  });
});

describe('GraphML and GEXF agree', () => {
  it('a graph written as one and read back equals the same graph written as the other', () => {
    fc.assert(
      fc.property(graphArbitrary, (file: GraphFile) => {
        const viaGraphML = fromGraphML(toGraphML(file));
        const viaGEXF = fromGEXF(toGEXF(file));
        expect(viaGraphML).toEqual(viaGEXF);
        expect(viaGraphML.ok && validateGraphData(viaGraphML.graph).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
