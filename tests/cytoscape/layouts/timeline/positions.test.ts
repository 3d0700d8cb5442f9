// The timeline's positions: ordered by year, no two boxes (shape with label) overlapping.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  timelineBox,
  timelinePositions,
  type TimelineItem,
} from '../../../../src/lib/cytoscape/layouts/timeline/positions';
import type { Node } from '../../../../src/lib/domain/schema';

/** Pairs whose boxes overlap: each box hangs from the shape's top (the label is below it). */
function overlaps(
  items: readonly TimelineItem[],
  positions: Record<string, { x: number; y: number }>,
) {
  const boxes = items.map((item) => {
    const p = positions[item.id]!;
    const w = item.width ?? 118;
    const top = p.y - (item.shapeHeight ?? 20) / 2;
    return {
      id: item.id,
      x1: p.x - w / 2,
      x2: p.x + w / 2,
      y1: top,
      y2: top + (item.height ?? 48),
    };
  });
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!];
      if (a.x1 < b.x2 - 0.01 && b.x1 < a.x2 - 0.01 && a.y1 < b.y2 - 0.01 && b.y1 < a.y2 - 0.01)
        found.push(`${a.id}/${b.id}`);
    }
  }
  return found;
}

function bundledItems(lang: 'en' | 'th'): TimelineItem[] {
  const graph = JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../../graph/communism.json'), 'utf8'),
  ) as { nodes: Node[]; edges: { source: string; target: string }[] };
  const neighbours = new Map<string, string[]>(graph.nodes.map((n) => [n.id, []]));
  for (const e of graph.edges) {
    neighbours.get(e.source)?.push(e.target);
    neighbours.get(e.target)?.push(e.source);
  }
  return graph.nodes.map((node) => ({
    id: node.id,
    neighbours: neighbours.get(node.id) ?? [],
    ...timelineBox(node.kind, node.label[lang], neighbours.get(node.id)?.length ?? 0),
    ...(node.time?.start !== undefined ? { year: node.time.start } : {}),
  }));
}

describe('timelinePositions', () => {
  it.each(['en', 'th'] as const)(
    'lays out the bundled graph (%s) without overlapping boxes, years in order, cut where empty',
    (lang) => {
      const items = bundledItems(lang);
      const { positions, breaks, ticks, inferred } = timelinePositions(items);
      expect(overlaps(items, positions)).toEqual([]);
      const dated = items.filter((i) => i.year !== undefined);
      for (const a of dated) {
        for (const b of dated) {
          if (a.year! < b.year!) expect(positions[b.id]!.y).toBeGreaterThan(positions[a.id]!.y);
        }
      }
      // Ancient Greece (800 BCE) and Jesus (4 BCE): one break, not 800 years of space.
      expect(breaks).toContainEqual(expect.objectContaining({ from: -800, to: -4 }));
      expect(positions.jesus!.y - positions['ancient-greece']!.y).toBeLessThan(200);
      // The axis starts at the first year; some undated nodes took their neighbours' year.
      expect(ticks.find((t) => t.year === -800)).toBeDefined();
      expect(inferred.size).toBeGreaterThan(0);
    },
  );

  it('puts a large graph on a grid, still without overlaps and with years in order', () => {
    const items: TimelineItem[] = Array.from({ length: 1800 }, (_, i) => ({
      id: `n${i}`,
      neighbours: [`n${(i * 7) % 1800}`],
      ...(i % 9 === 0 ? {} : { year: 1800 + ((i * 13) % 150) }),
    }));
    const { positions } = timelinePositions(items);
    expect(overlaps(items, positions)).toEqual([]);
    const dated = items.filter((i) => i.year !== undefined).sort((a, b) => a.year! - b.year!);
    for (let i = 1; i < dated.length; i++) {
      const [a, b] = [dated[i - 1]!, dated[i]!];
      if (a.year! < b.year!) expect(positions[b.id]!.y).toBeGreaterThan(positions[a.id]!.y);
    }
  });

  it('never overlaps boxes and keeps years in order, whatever the data', () => {
    const item = fc.record({
      year: fc.option(fc.integer({ min: -500, max: 2000 }), { nil: undefined }),
      width: fc.integer({ min: 20, max: 200 }),
      height: fc.integer({ min: 20, max: 100 }),
      shapeHeight: fc.integer({ min: 10, max: 20 }),
      neighbour: fc.nat(40),
    });
    fc.assert(
      fc.property(fc.array(item, { minLength: 1, maxLength: 40 }), (raw) => {
        const items: TimelineItem[] = raw.map((r, i) => ({
          id: `n${i}`,
          neighbours: [`n${r.neighbour % raw.length}`],
          width: r.width,
          height: r.height,
          shapeHeight: r.shapeHeight,
          ...(r.year !== undefined ? { year: r.year } : {}),
        }));
        const { positions } = timelinePositions(items);
        expect(overlaps(items, positions)).toEqual([]);
        for (const a of items) {
          for (const b of items) {
            if (a.year !== undefined && b.year !== undefined && a.year < b.year)
              expect(positions[b.id]!.y).toBeGreaterThan(positions[a.id]!.y);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});
