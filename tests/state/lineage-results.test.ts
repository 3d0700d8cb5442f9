// The pure helpers behind the lineage panels, on the 24-node lineage fixture.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createGraphModel } from '../../src/lib/domain/graph-model';
import { validateGraphData } from '../../src/lib/domain/load-graph';
import {
  canonicalName,
  edgeIdOfStep,
  generationRows,
  hasLineage,
  lineageOutcome,
  resolveNames,
  withinLineage,
} from '../../src/lib/state/lineage-results';

const data = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../e2e/fixtures/lineage-medium.json'), 'utf8'),
) as unknown;
const loaded = validateGraphData(data);
if (!loaded.ok) throw new Error('fixture does not load');
const model = createGraphModel(loaded.graph);

describe('lineage results', () => {
  it('resolves ids, labels and Thai names; reports every name it cannot', () => {
    expect(resolveNames(model, ['maoism', 'Marxism–Leninism', 'ลัทธิเลนิน'])).toEqual({
      ok: true,
      ids: ['maoism', 'marxism-leninism', 'leninism'],
    });
    const failed = resolveNames(model, ['maoizm', 'marxism', 'stalinsm']);
    expect(failed.ok).toBe(false);
    if (failed.ok) return;
    expect(failed.unknown.map((u) => [u.query, u.suggestions[0]])).toEqual([
      ['maoizm', 'maoism'],
      ['stalinsm', 'stalinism'],
    ]);
  });

  it('keeps ids in the URL for names that resolve, the text for those that do not', () => {
    expect(canonicalName(model, '  ลัทธิเหมา ')).toBe('maoism');
    expect(canonicalName(model, 'Maoizm')).toBe('Maoizm');
    expect(canonicalName(null, ' Maoism ')).toBe('Maoism');
  });

  it('names the stored edge of a step walked either way', () => {
    const base = { from: 'marxism', relation: 'derived_from', to: 'leninism' } as const;
    expect(edgeIdOfStep({ ...base, direction: 'backward', certainty: 'stated' })).toBe(
      'leninism__derived_from__marxism',
    );
    expect(edgeIdOfStep({ ...base, direction: 'forward', certainty: 'stated' })).toBe(
      'marxism__derived_from__leninism',
    );
  });

  it('groups generations into rows, nearest first', () => {
    expect(
      generationRows([
        { id: 'a', generation: 1 },
        { id: 'b', generation: 1 },
        { id: 'c', generation: 2 },
      ]),
    ).toEqual([
      [1, ['a', 'b']],
      [2, ['c']],
    ]);
  });

  it('narrows a visible graph to a lineage, dropping links to what the filters hide', () => {
    const lineage = lineageOutcome(model, 'leninism');
    if (lineage.kind !== 'lineage') throw new Error('leninism has a lineage');
    const visible = {
      nodes: new Set(model.nodes.map((n) => n.id).filter((id) => id !== 'marxism')),
      edges: new Set<string>(),
      totalNodes: 24,
      totalEdges: 35,
    };
    const narrowed = withinLineage(visible, lineage);
    expect([...narrowed.nodes].sort()).toEqual(
      ['leninism', 'maoism', 'marxism-leninism', 'stalinism', 'trotskyism'].sort(),
    );
    expect(narrowed.edges.has('leninism__derived_from__marxism')).toBe(false);
    expect(narrowed.edges.has('maoism__derived_from__marxism-leninism')).toBe(true);
    expect(narrowed.totalNodes).toBe(24);
  });

  it('offers "Lineage of …" only where there is a lineage to show', () => {
    expect(hasLineage(model, 'maoism')).toBe(true);
    expect(hasLineage(model, 'marxism')).toBe(true);
    expect(hasLineage(model, 'karl-marx')).toBe(false);
  });
});
