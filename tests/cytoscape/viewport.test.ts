// Where the view goes after a layout: the whole graph when it can be read, else a focused node
// framed with the neighbours that fit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  FIT_PADDING,
  MAX_FIT_ZOOM,
  MAX_FOCUS_ZOOM,
  READABLE_ZOOM,
  fitViewport,
  readableViewport,
  type Point,
  type Viewport,
} from '../../src/lib/cytoscape/viewport';

const size = { width: 800, height: 600, minZoom: 0.01 };

/** Where a model point lands on screen. */
function onScreen(p: Point, view: Viewport): Point {
  return { x: p.x * view.zoom + view.pan.x, y: p.y * view.zoom + view.pan.y };
}

function inView(p: Point, view: Viewport, margin = 0): boolean {
  const s = onScreen(p, view);
  return (
    s.x >= margin && s.x <= size.width - margin && s.y >= margin && s.y <= size.height - margin
  );
}

/** A wide lineage: 40 nodes a row apart, far too wide to read whole in 800 px. */
const wide: Point[] = Array.from({ length: 40 }, (_, i) => ({ x: i * 150, y: (i % 5) * 120 }));

describe('fitViewport', () => {
  it('shows every point within the padding, and blows a small graph up no further than 1.3×', () => {
    const view = fitViewport(wide, size)!;
    for (const p of wide) expect(inView(p, view, FIT_PADDING - 1)).toBe(true);
    const small = fitViewport([{ x: 0, y: 0 }], size)!;
    expect(small.zoom).toBe(MAX_FIT_ZOOM);
    expect(onScreen({ x: 0, y: 0 }, small).x).toBeCloseTo(size.width / 2);
  });

  it('has nothing to show for no points', () => {
    expect(fitViewport([], size)).toBeNull();
  });
});

describe('readableViewport', () => {
  it('fits the whole graph when its labels can be read that way, focus or not', () => {
    const few = wide.slice(0, 4);
    const focus = { at: few[0]!, near: [few[1]!] };
    expect(readableViewport(few, focus, size)).toEqual(fitViewport(few, size));
  });

  it('fits the whole graph, however small, when no node is in focus', () => {
    expect(readableViewport(wide, null, size)).toEqual(fitViewport(wide, size));
  });

  it('frames a focused node with the neighbours that fit at a readable zoom, nearest first', () => {
    const at = wide[20]!;
    // 450 and 900 units to the right: centred on the node, the second would be off the edge
    const near = [wide[23]!, wide[26]!, wide[0]!, wide[39]!];
    const view = readableViewport(wide, { at, near }, size)!;
    expect(view.zoom).toBeGreaterThanOrEqual(READABLE_ZOOM);
    expect(view.zoom).toBeLessThanOrEqual(MAX_FOCUS_ZOOM);
    for (const p of [at, wide[23]!, wide[26]!]) expect(inView(p, view)).toBe(true);
    // the far ends of the lineage would need a zoom at which nothing can be read
    expect(inView(wide[0]!, view)).toBe(false);
    expect(inView(wide[39]!, view)).toBe(false);
  });

  it('moves a node whose neighbours are all out of reach towards the nearest one', () => {
    const at = { x: 3000, y: 0 };
    const view = readableViewport(
      [...wide, at],
      {
        at,
        near: [
          { x: 0, y: 0 },
          { x: 6000, y: 3000 },
        ],
      },
      size,
    )!;
    expect(view.zoom).toBe(READABLE_ZOOM);
    expect(inView(at, view, FIT_PADDING)).toBe(true);
    // the nearest neighbour is to the left: the node sits right of the centre
    expect(onScreen(at, view).x).toBeGreaterThan(size.width / 2 + 50);
  });

  it('always keeps a focused node in view, at a zoom between readable and the fit limit', () => {
    const point = fc.record({
      x: fc.double({ min: -5000, max: 5000, noNaN: true }),
      y: fc.double({ min: -5000, max: 5000, noNaN: true }),
    });
    fc.assert(
      fc.property(
        fc.array(point, { minLength: 1, maxLength: 30 }),
        point,
        fc.array(point, { maxLength: 8 }),
        (points, at, near) => {
          const view = readableViewport([...points, at, ...near], { at, near }, size)!;
          expect(inView(at, view)).toBe(true);
          expect(view.zoom).toBeLessThanOrEqual(MAX_FIT_ZOOM);
          expect(view.zoom).toBeGreaterThanOrEqual(size.minZoom);
        },
      ),
    );
  });
});
