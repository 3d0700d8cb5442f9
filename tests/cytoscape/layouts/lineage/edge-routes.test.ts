import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { routeOf, segmentsOf } from '../../../../src/lib/cytoscape/layouts/lineage/edge-routes';

describe('edge routes as Cytoscape segments', () => {
  it('puts a bend to the right of a downward edge at a positive weight and its distance', () => {
    const s = segmentsOf(
      [
        { x: 0, y: 0 },
        { x: -30, y: 50 },
        { x: 0, y: 100 },
      ],
      { x: 0, y: 0 },
      { x: 0, y: 100 },
    );
    expect(s).toEqual({ weights: [0.5], distances: [30] });
  });

  it('gives back the route it was made from (to a tenth of a pixel)', () => {
    const point = fc.record({
      x: fc.integer({ min: -500, max: 500 }),
      y: fc.integer({ min: -500, max: 500 }),
    });
    fc.assert(
      fc.property(point, point, fc.array(point, { minLength: 1, maxLength: 5 }), (a, b, bends) => {
        fc.pre(Math.hypot(a.x - b.x, a.y - b.y) > 1);
        const route = [a, ...bends, b];
        const back = routeOf(segmentsOf(route, a, b), a, b);
        back.forEach((p, i) => {
          expect(Math.abs(p.x - route[i]!.x)).toBeLessThan(0.6);
          expect(Math.abs(p.y - route[i]!.y)).toBeLessThan(0.6);
        });
      }),
    );
  });
});
