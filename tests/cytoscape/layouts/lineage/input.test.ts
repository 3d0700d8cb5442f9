import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { graphFileSchema } from '../../../../src/lib/domain/schema';
import {
  estimateNodeSize,
  lineageEdge,
  lineageInput,
} from '../../../../src/lib/cytoscape/layouts/lineage/input';
import { layeredLayout } from '../../../../src/lib/cytoscape/layouts/lineage/layered';

const small = graphFileSchema.parse(
  JSON.parse(readFileSync(new URL('../../../fixtures/valid-small.json', import.meta.url), 'utf8')),
);

describe('lineageInput', () => {
  it('orients edges from the earlier node to the later one, lineage edges heaviest', () => {
    const input = lineageInput(small);
    expect(input.edges).toEqual([
      { source: 'marxism', target: 'leninism', weight: 6 },
      { source: 'karl-marx', target: 'marxism', weight: 2 },
    ]);
    expect(input.nodes.map((n) => [n.id, n.year])).toEqual([
      ['marxism', 1848],
      ['leninism', 1903],
      ['karl-marx', 1818],
    ]);
  });

  it('orders a founder, the ideology and what derived from it top to bottom', () => {
    const positions = layeredLayout(lineageInput(small));
    expect(positions['karl-marx']!.y).toBeLessThan(positions.marxism!.y);
    expect(positions.marxism!.y).toBeLessThan(positions.leninism!.y);
  });

  it('orients symmetric relations by start year', () => {
    const input = lineageInput({
      nodes: small.nodes,
      edges: [{ ...small.edges[0]!, source: 'marxism', target: 'leninism', relation: 'opposed' }],
    });
    expect(input.edges[0]).toMatchObject({ source: 'marxism', target: 'leninism', weight: 1 });
  });
});

describe('estimateNodeSize', () => {
  it('widens with the label up to the wrap width, then adds lines', () => {
    const short = estimateNodeSize({ kind: 'person', label: { en: 'Mao', th: 'เหมา' } });
    const long = estimateNodeSize({
      kind: 'ideology',
      label: { en: 'Marxism–Leninism–Maoism–Gonzalo Thought and more', th: 'x' },
    });
    expect(short.width).toBeLessThan(long.width);
    expect(long.width).toBe(126);
    expect(long.height).toBeGreaterThan(short.height);
  });
});

describe('lineageEdge', () => {
  const years: Record<string, number> = { marxism: 1848, leninism: 1903 };
  const yearOf = (id: string) => years[id];

  it('points derived_from from the older ideology to the newer one', () => {
    expect(
      lineageEdge({ source: 'leninism', target: 'marxism', relation: 'derived_from' }, yearOf),
    ).toEqual({
      source: 'marxism',
      target: 'leninism',
      weight: 6,
    });
  });

  it('keeps an opposed edge whose years are unknown as it is', () => {
    expect(lineageEdge({ source: 'a', target: 'b', relation: 'opposed' }, yearOf)).toEqual({
      source: 'a',
      target: 'b',
      weight: 1,
    });
  });
});
