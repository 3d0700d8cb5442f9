import { describe, expect, it } from 'vitest';
import {
  crossingCount,
  drawingQuality,
  edgesThroughNodes,
  overlappingBoxes,
} from '../../../../src/lib/cytoscape/layouts/lineage/drawing-quality';

const box = (id: string, x: number, y: number) => ({ id, x, y, width: 20, height: 20 });

describe('drawing quality', () => {
  it('counts two edges that cross once, as drawn, and not edges meeting at a node', () => {
    const x = [
      {
        source: 'a',
        target: 'd',
        points: [
          { x: 0, y: 0 },
          { x: 100, y: 100 },
        ],
      },
      {
        source: 'b',
        target: 'c',
        points: [
          { x: 100, y: 0 },
          { x: 0, y: 100 },
        ],
      },
    ];
    expect(crossingCount(x)).toBe(1);
    const fan = [
      {
        source: 'a',
        target: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 100, y: 100 },
        ],
      },
      {
        source: 'a',
        target: 'c',
        points: [
          { x: 0, y: 0 },
          { x: -100, y: 100 },
        ],
      },
    ];
    expect(crossingCount(fan)).toBe(0);
  });

  it('follows routes: a bent edge that goes around a crossing does not count it', () => {
    const straight = {
      source: 'b',
      target: 'c',
      points: [
        { x: 50, y: -50 },
        { x: 50, y: 50 },
      ],
    };
    const through = {
      source: 'a',
      target: 'd',
      points: [
        { x: 0, y: 0 },
        { x: 100, y: 0 },
      ],
    };
    const around = {
      source: 'a',
      target: 'd',
      points: [
        { x: 0, y: 0 },
        { x: 20, y: 80 },
        { x: 80, y: 80 },
        { x: 100, y: 0 },
      ],
    };
    expect(crossingCount([straight, through])).toBe(1);
    expect(
      crossingCount([
        {
          ...straight,
          points: [
            { x: 50, y: -50 },
            { x: 50, y: 60 },
          ],
        },
        around,
      ]),
    ).toBe(0);
  });

  it('counts an edge passing through another node, not through its own ends', () => {
    const nodes = [box('a', 0, 0), box('m', 50, 0), box('b', 100, 0), box('off', 50, 60)];
    const edges = [
      {
        source: 'a',
        target: 'b',
        points: [
          { x: 0, y: 0 },
          { x: 100, y: 0 },
        ],
      },
    ];
    expect(edgesThroughNodes(nodes, edges)).toBe(1);
    expect(
      edgesThroughNodes(
        nodes.filter((n) => n.id !== 'm'),
        edges,
      ),
    ).toBe(0);
  });

  it('counts overlapping boxes, not boxes that only touch', () => {
    expect(overlappingBoxes([box('a', 0, 0), box('b', 10, 10)])).toBe(1);
    expect(overlappingBoxes([box('a', 0, 0), box('b', 20, 0)])).toBe(0);
    expect(drawingQuality([box('a', 0, 0), box('b', 5, 0), box('c', 8, 3)], [])).toEqual({
      crossings: 0,
      edgesThroughNodes: 0,
      overlappingBoxes: 3,
    });
  });
});
