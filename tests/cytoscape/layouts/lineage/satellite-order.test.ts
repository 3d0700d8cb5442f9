import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  placeSatellites,
  type Box,
  type SatelliteLink,
  type SatelliteRequest,
} from '../../../../src/lib/cytoscape/layouts/lineage/satellites';
import { refineSatellites } from '../../../../src/lib/cytoscape/layouts/lineage/satellite-order';
import { crossingCount } from '../../../../src/lib/cytoscape/layouts/lineage/drawing-quality';

type Point = { x: number; y: number };

const overlaps = (a: Box, b: Box) => a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2;

function boxOf(request: SatelliteRequest, at: Point): Box {
  const top = at.y - request.shapeHeight / 2;
  return {
    x1: at.x - request.width / 2,
    y1: top,
    x2: at.x + request.width / 2,
    y2: top + request.height,
  };
}

/** Straight edges between the places of their ends. */
function straight(links: readonly SatelliteLink[], placed: ReadonlyMap<string, Point>) {
  return links.map((l) => ({ ...l, points: [placed.get(l.source)!, placed.get(l.target)!] }));
}

/** Six ideologies on a grid, satellites placed under one each, and links among them all. */
const scene = fc
  .record({
    satellites: fc.array(
      fc.record({
        w: fc.integer({ min: 20, max: 120 }),
        h: fc.integer({ min: 20, max: 60 }),
        home: fc.nat(),
        parent: fc.option(fc.nat(), { nil: undefined }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    links: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 60 }),
  })
  .map(({ satellites, links }) => {
    const taken: Box[] = Array.from({ length: 6 }, (_, i) => {
      const x = (i % 3) * 500;
      const y = Math.floor(i / 3) * 500;
      return { x1: x, y1: y, x2: x + 160, y2: y + 60 };
    });
    const requests: SatelliteRequest[] = satellites.map(({ w, h, home, parent }, i) => {
      const at = taken[home % taken.length]!;
      return {
        id: `s${i}`,
        width: w,
        height: h,
        shapeHeight: Math.min(h, 20),
        target: { x: (at.x1 + at.x2) / 2, y: at.y2 + 10 },
        below: parent !== undefined && i > 0 ? [`s${parent % i}`] : [],
        above: [],
      };
    });
    // Each parent stands above its children, as the lineage's descent links say both ways.
    for (const request of requests) {
      for (const parent of request.below)
        requests.find((r) => r.id === parent)!.above.push(request.id);
    }
    const ids = [...taken.map((_, i) => `i${i}`), ...requests.map((r) => r.id)];
    const drawnLinks: SatelliteLink[] = links
      .map(([a, b]) => ({
        source: ids[a % ids.length]!,
        target: ids[b % ids.length]!,
        relation: 'member_of' as const,
      }))
      .filter((l) => l.source !== l.target);
    return { taken, requests, links: drawnLinks };
  });

describe('refineSatellites', () => {
  it('moves satellites only to free places inside the tree, keeping descent pointing down', () => {
    fc.assert(
      fc.property(scene, ({ taken, requests, links }) => {
        const placed = new Map<string, Point>(
          taken.map((box, i) => [`i${i}`, { x: (box.x1 + box.x2) / 2, y: box.y1 + 10 }]),
        );
        const within: Box = { x1: -200, y1: -200, x2: 1400, y2: 1200 };
        placeSatellites(requests, taken, [], placed, undefined, within);
        const before = new Map(placed);
        refineSatellites(
          requests,
          taken,
          links,
          links.map(() => null),
          placed,
          within,
        );
        const boxes = requests.map((r) => boxOf(r, placed.get(r.id)!));
        boxes.forEach((box, i) => {
          for (const ideology of taken) expect(overlaps(box, ideology)).toBe(false);
          for (let j = i + 1; j < boxes.length; j++) expect(overlaps(box, boxes[j]!)).toBe(false);
          const was = boxOf(requests[i]!, before.get(requests[i]!.id)!);
          const inside = (b: Box) =>
            b.x1 >= within.x1 && b.x2 <= within.x2 && b.y1 >= within.y1 && b.y2 <= within.y2;
          if (inside(was)) expect(inside(box)).toBe(true);
        });
        for (const request of requests) {
          for (const parent of request.below) {
            expect(placed.get(request.id)!.y).toBeGreaterThan(placed.get(parent)!.y);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it('takes a party off the far side of a tree edge its founder’s edge had to cross', () => {
    // Two ideologies side by side, a descent edge drawn between them down a route that walls
    // off the right; a person under the left one founded a party that stood right of the wall.
    const taken: Box[] = [
      { x1: 0, y1: 0, x2: 100, y2: 40 },
      { x1: 0, y1: 600, x2: 100, y2: 640 },
    ];
    const wall = [
      { x: 50, y: 20 },
      { x: 300, y: 60 },
      { x: 300, y: 560 },
      { x: 50, y: 620 },
    ];
    const person: SatelliteRequest = {
      id: 'person',
      width: 60,
      height: 30,
      shapeHeight: 16,
      target: { x: 50, y: 60 },
      below: [],
      above: [],
    };
    const party: SatelliteRequest = { ...person, id: 'party', target: { x: 50, y: 60 } };
    const placed = new Map<string, Point>([
      ['a', { x: 50, y: 20 }],
      ['b', { x: 50, y: 620 }],
      ['person', { x: 60, y: 200 }],
      ['party', { x: 500, y: 300 }],
    ]);
    const links: SatelliteLink[] = [
      { source: 'b', target: 'a', relation: 'derived_from' },
      { source: 'person', target: 'party', relation: 'founded' },
    ];
    const within: Box = { x1: -100, y1: -100, x2: 700, y2: 700 };
    const crossings = () =>
      crossingCount([{ ...links[0]!, points: wall }, ...straight(links.slice(1), placed)]);
    expect(crossings()).toBe(1);
    refineSatellites([person, party], taken, links, [wall, null], placed, within);
    expect(crossings()).toBe(0);
  });
});
