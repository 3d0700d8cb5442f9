import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  boxCorners,
  drawnBox,
  nodeBox,
  shapeCentre,
} from '../../../../src/lib/cytoscape/layouts/lineage/node-box';
import { nodeSizing } from '../../../../src/lib/cytoscape/node-sizing';
import { nodeKinds } from '../../../../src/lib/domain/kinds';

describe('drawnBox: where a node stands on the canvas', () => {
  it('has the shape at its top, centred on the position, and the label below', () => {
    const size = { ...nodeBox('ideology', 'Marxism–Leninism', 6), kind: 'ideology' as const };
    const box = boxCorners(drawnBox({ x: 100, y: 50 }, { ...size, degree: 6 }));
    const shape = nodeSizing('ideology', 6).h;
    expect(box.y1).toBeCloseTo(50 - shape / 2, 9);
    expect(box.y2 - box.y1).toBeCloseTo(size.height, 9);
    expect((box.x1 + box.x2) / 2).toBe(100);
    expect(box.y2).toBeGreaterThan(50 + shape / 2);
  });

  it('is undone by shapeCentre, for any kind, degree, label and position', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...nodeKinds),
        fc.nat(40),
        fc.string({ maxLength: 40 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (kind, degree, label, x, y) => {
          const size = { ...nodeBox(kind, label, degree), kind, degree };
          const box = drawnBox({ x, y }, size);
          const back = shapeCentre(box, size);
          expect(back.x).toBe(x);
          expect(back.y).toBeCloseTo(y, 6);
        },
      ),
    );
  });
});
