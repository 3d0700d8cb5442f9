import { describe, expect, it } from 'vitest';
import {
  arrowGap,
  arrowPath,
  arrowSize,
  edgePath,
  nodeShapePath,
  num,
  shortened,
} from '../../../src/lib/cytoscape/export/geometry';

/** The x, y pairs of a path's M and L commands. */
function corners(d: string): number[][] {
  return [...d.matchAll(/[ML]([-\d.]+) ([-\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}

describe('num', () => {
  it('rounds to two decimals without trailing zeros or -0', () => {
    expect([num(1.005), num(2.5), num(3), num(-0.001), num(1 / 3)]).toEqual([
      '1',
      '2.5',
      '3',
      '0',
      '0.33',
    ]);
  });
});

describe('nodeShapePath', () => {
  it('draws a rectangle on the node box', () => {
    expect(corners(nodeShapePath('rectangle', 10, 20, 8, 4))).toEqual([
      [6, 18],
      [6, 22],
      [14, 22],
      [14, 18],
    ]);
  });

  it('draws a diamond through the middles of the box sides', () => {
    expect(corners(nodeShapePath('diamond', 0, 0, 10, 20))).toEqual([
      [0, 10],
      [5, 0],
      [0, -10],
      [-5, 0],
    ]);
  });

  it('draws a hexagon reaching the box on every side', () => {
    const points = corners(nodeShapePath('hexagon', 0, 0, 28, 28));
    expect(points).toHaveLength(6);
    expect(Math.min(...points.map((p) => p[0]!))).toBeCloseTo(-14, 1);
    expect(Math.max(...points.map((p) => p[0]!))).toBeCloseTo(14, 1);
    expect(Math.min(...points.map((p) => p[1]!))).toBeCloseTo(-14, 1);
    expect(Math.max(...points.map((p) => p[1]!))).toBeCloseTo(14, 1);
  });

  it('rounds the corners of round shapes and falls back to an ellipse', () => {
    // Corner radius min(w/4, h/4, 8) = 7.5.
    expect(nodeShapePath('round-rectangle', 0, 0, 40, 30)).toBe(
      'M-12.5 -15H12.5Q20 -15 20 -7.5V7.5Q20 15 12.5 15H-12.5Q-20 15 -20 7.5V-7.5Q-20 -15 -12.5 -15Z',
    );
    expect(nodeShapePath('round-octagon', 0, 0, 24, 24)).toContain('Q');
    expect(nodeShapePath('ellipse', 0, 0, 20, 10)).toBe('M-10 0A10 5 0 1 0 10 0A10 5 0 1 0 -10 0Z');
    expect(nodeShapePath('star-of-nothing', 0, 0, 20, 10)).toBe(
      nodeShapePath('ellipse', 0, 0, 20, 10),
    );
  });
});

describe('arrows', () => {
  it('sizes arrowheads as Cytoscape does', () => {
    expect(arrowSize(1, 1)).toBe(29);
    expect(arrowSize(1.2, 0.9)).toBeCloseTo(26.1);
    expect(arrowSize(4, 1)).toBeCloseTo(Math.pow(53.48, 0.9));
  });

  it('puts a triangle tip on the point, its base back along the direction', () => {
    // Pointing right (+x), size 10: base 3 back, 1.5 either side.
    expect(corners(arrowPath('triangle', { x: 100, y: 50 }, { x: 1, y: 0 }, 10))).toEqual([
      [97, 48.5],
      [100, 50],
      [97, 51.5],
    ]);
  });

  it('draws circles round the tip and nothing for none', () => {
    expect(arrowPath('circle', { x: 0, y: 0 }, { x: 0, y: 1 }, 20)).toBe(
      'M-3 0A3 3 0 1 0 3 0A3 3 0 1 0 -3 0Z',
    );
    expect(arrowPath('none', { x: 0, y: 0 }, { x: 1, y: 0 }, 20)).toBe('');
    expect(arrowPath('triangle', { x: 0, y: 0 }, { x: 0, y: 0 }, 20)).toBe('');
  });

  it('stops the line short of the arrow tip', () => {
    expect(arrowGap('triangle', 2, 1)).toBe(4);
    expect(arrowGap('none', 2, 1)).toBe(0);
    expect(shortened({ x: 10, y: 0 }, { x: 0, y: 0 }, 4)).toEqual({ x: 6, y: 0 });
    expect(shortened({ x: 10, y: 0 }, { x: 0, y: 0 }, 0)).toEqual({ x: 10, y: 0 });
  });
});

describe('edgePath', () => {
  it('draws a straight edge without control points', () => {
    expect(edgePath({ x: 0, y: 0 }, [], { x: 10, y: 5 })).toBe('M0 0L10 5');
  });

  it('draws one quadratic curve per control point, joined at their midpoints', () => {
    expect(edgePath({ x: 0, y: 0 }, [{ x: 5, y: 5 }], { x: 10, y: 0 })).toBe('M0 0Q5 5 10 0');
    expect(
      edgePath(
        { x: 0, y: 0 },
        [
          { x: 2, y: 4 },
          { x: 6, y: 4 },
        ],
        { x: 8, y: 0 },
      ),
    ).toBe('M0 0Q2 4 4 4Q6 4 8 0');
  });
});
