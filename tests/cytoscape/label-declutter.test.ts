// Label decluttering: which labels give way when they would overlap.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  crowdedLabels,
  OVERLAP_ALLOWED,
  type LabelBox,
} from '../../src/lib/cytoscape/label-declutter';

const box = (id: string, priority: number, x: number, y: number, w = 100, h = 20): LabelBox => ({
  id,
  priority,
  x1: x,
  y1: y,
  x2: x + w,
  y2: y + h,
});

describe('crowdedLabels', () => {
  it('hides the less prominent of two overlapping labels', () => {
    const hidden = crowdedLabels([box('leaf', 1, 40, 5), box('hub', 9, 0, 0)]);
    expect([...hidden]).toEqual(['leaf']);
  });

  it('keeps labels that are apart or overlap only at their edges', () => {
    expect(crowdedLabels([box('a', 1, 0, 0), box('b', 1, 300, 0)]).size).toBe(0);
    expect(crowdedLabels([box('a', 1, 0, 0), box('b', 1, 100, 0)]).size).toBe(0);
    expect(crowdedLabels([box('a', 1, 0, 0), box('b', 1, 85, 0)]).size).toBe(0);
    expect(crowdedLabels([box('a', 1, 0, 0), box('b', 1, 75, 0)]).size).toBe(1);
  });

  it('lets a hidden label free its place: a chain keeps every other one', () => {
    const chain = [box('a', 3, 0, 0), box('b', 2, 40, 0), box('c', 1, 80, 0)];
    expect([...crowdedLabels(chain)]).toEqual(['b']);
  });

  it('never hides a pinned label, whatever its priority', () => {
    const hidden = crowdedLabels([
      box('hub', 9, 0, 0),
      { ...box('selected', 0, 10, 0), pinned: true },
    ]);
    expect([...hidden]).toEqual(['hub']);
  });

  it('breaks ties by order, and finds overlaps across grid cells', () => {
    expect([...crowdedLabels([box('first', 1, 0, 0), box('second', 1, 10, 0)])]).toEqual([
      'second',
    ]);
    const wide = box('wide', 5, -500, 0, 1000, 20);
    expect([...crowdedLabels([wide, box('far', 1, 380, 10)])]).toEqual(['far']);
  });

  it('never leaves two kept labels mostly overlapping, and keeps the top label', () => {
    const boxArb = fc.record({
      priority: fc.integer({ min: 0, max: 5 }),
      x: fc.integer({ min: -400, max: 400 }),
      y: fc.integer({ min: -400, max: 400 }),
      w: fc.integer({ min: 5, max: 300 }),
      h: fc.integer({ min: 5, max: 60 }),
    });
    const share = (a: LabelBox, b: LabelBox) => {
      const w = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const h = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      const smaller = Math.min((a.x2 - a.x1) * (a.y2 - a.y1), (b.x2 - b.x1) * (b.y2 - b.y1));
      return w > 0 && h > 0 ? (w * h) / smaller : 0;
    };
    fc.assert(
      fc.property(fc.array(boxArb, { maxLength: 40 }), (specs) => {
        const boxes = specs.map((s, i) => box(`n${i}`, s.priority, s.x, s.y, s.w, s.h));
        const hidden = crowdedLabels(boxes);
        const kept = boxes.filter((b) => !hidden.has(b.id));
        for (let i = 0; i < kept.length; i++) {
          for (let j = i + 1; j < kept.length; j++) {
            expect(share(kept[i]!, kept[j]!)).toBeLessThanOrEqual(OVERLAP_ALLOWED);
          }
        }
        if (boxes.length > 0) {
          const top = Math.max(...boxes.map((b) => b.priority));
          expect(kept.some((b) => b.priority === top)).toBe(true);
        }
      }),
    );
  });
});
