import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  homesOf,
  placeSatellites,
  type Box,
  type SatelliteRequest,
} from '../../../../src/lib/cytoscape/layouts/lineage/satellites';

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

/** The box of a placed satellite: its shape's centre at `at`, its label under the shape. */
function boxOf(request: SatelliteRequest, at: { x: number; y: number }): Box {
  const top = at.y - request.shapeHeight / 2;
  return {
    x1: at.x - request.width / 2,
    y1: top,
    x2: at.x + request.width / 2,
    y2: top + request.height,
  };
}

describe('homesOf', () => {
  it('gives each node the ideology it is tied to most, then its neighbours’ home', () => {
    const nodes = [
      { id: 'marxism', kind: 'ideology' as const },
      { id: 'leninism', kind: 'ideology' as const },
      { id: 'lenin', kind: 'person' as const },
      { id: 'bolsheviks', kind: 'organization' as const },
      { id: 'october', kind: 'event' as const },
      { id: 'lonely', kind: 'concept' as const },
    ];
    const homes = homesOf(nodes, [
      { source: 'lenin', target: 'leninism', relation: 'developed' },
      { source: 'lenin', target: 'marxism', relation: 'criticized' },
      { source: 'bolsheviks', target: 'lenin', relation: 'member_of' },
      { source: 'october', target: 'bolsheviks', relation: 'participated_in' },
    ]);
    expect(homes.get('marxism')).toBe('marxism');
    expect(homes.get('lenin')).toBe('leninism');
    // No ideology of its own: the home of the person it is tied to.
    expect(homes.get('bolsheviks')).toBe('leninism');
    expect(homes.get('october')).toBe('leninism');
    expect(homes.get('lonely')).toBeNull();
  });

  it('breaks a tie towards the earlier ideology, whatever the order of the links', () => {
    const nodes = [
      { id: 'a', kind: 'ideology' as const },
      { id: 'b', kind: 'ideology' as const },
      { id: 'p', kind: 'person' as const },
    ];
    const one = homesOf(nodes, [
      { source: 'p', target: 'b', relation: 'adhered_to' },
      { source: 'p', target: 'a', relation: 'adhered_to' },
    ]);
    const two = homesOf(nodes, [
      { source: 'p', target: 'a', relation: 'adhered_to' },
      { source: 'p', target: 'b', relation: 'adhered_to' },
    ]);
    expect(one.get('p')).toBe('a');
    expect(two.get('p')).toBe('a');
  });
});

/** Ideology boxes on a loose grid, and satellites that want to stand under one of them. */
const scene = fc
  .record({
    ideologies: fc.array(
      fc.record({ w: fc.integer({ min: 60, max: 320 }), h: fc.integer({ min: 40, max: 200 }) }),
      { minLength: 1, maxLength: 8 },
    ),
    satellites: fc.array(
      fc.record({
        w: fc.integer({ min: 20, max: 130 }),
        h: fc.integer({ min: 20, max: 80 }),
        home: fc.nat(),
        parent: fc.option(fc.nat(), { nil: undefined }),
      }),
      { maxLength: 40 },
    ),
  })
  .map(({ ideologies, satellites }) => {
    const taken: Box[] = ideologies.map(({ w, h }, i) => {
      const x = (i % 3) * 400;
      const y = Math.floor(i / 3) * 300;
      return { x1: x, y1: y, x2: x + w, y2: y + h };
    });
    const requests: SatelliteRequest[] = satellites.map(({ w, h, home, parent }, i) => {
      const at = taken[home % taken.length]!;
      // Descent among satellites: a later one descends from an earlier one.
      const below = parent !== undefined && i > 0 ? [`s${parent % i}`] : [];
      return {
        id: `s${i}`,
        width: w,
        height: h,
        shapeHeight: Math.min(h, 20),
        target: { x: (at.x1 + at.x2) / 2, y: at.y2 + 10 },
        below,
        above: [],
      };
    });
    return { taken, requests };
  });

describe('placeSatellites', () => {
  it('overlaps no ideology box, no other satellite, and keeps descent pointing down', () => {
    fc.assert(
      fc.property(scene, ({ taken, requests }) => {
        const placed = new Map<string, { x: number; y: number }>();
        const spots = placeSatellites(requests, taken, [], placed);
        expect(spots.size).toBe(requests.length);
        const boxes = requests.map((r) => boxOf(r, spots.get(r.id)!));
        boxes.forEach((box, i) => {
          for (const ideology of taken) expect(overlaps(box, ideology)).toBe(false);
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(box, boxes[j]!)).toBe(false);
        });
        for (const request of requests) {
          for (const parent of request.below) {
            expect(spots.get(request.id)!.y).toBeGreaterThan(spots.get(parent)!.y);
          }
        }
      }),
      { numRuns: 60 },
    );
  });

  it('keeps clear of the routes it is given', () => {
    const taken: Box[] = [{ x1: 0, y1: 0, x2: 100, y2: 50 }];
    // A route straight down from the ideology, right where its satellite would stand.
    const route = [
      { x: 50, y: 25 },
      { x: 50, y: 400 },
    ];
    const request: SatelliteRequest = {
      id: 's',
      width: 60,
      height: 40,
      shapeHeight: 20,
      target: { x: 50, y: 60 },
      below: [],
      above: [],
    };
    const at = placeSatellites([request], taken, [route], new Map()).get('s')!;
    const box = boxOf(request, at);
    expect(box.x1 > 50 || box.x2 < 50).toBe(true);
  });
});
