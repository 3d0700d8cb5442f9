import { describe, expect, it } from 'vitest';
import {
  TIMELINE_READABLE_ZOOM,
  timelineViewport,
} from '../../../../src/lib/cytoscape/layouts/timeline/viewport';
import { FIT_PADDING, viewportFor } from '../../../../src/lib/cytoscape/viewport';

const canvas = { width: 800, height: 600 };

describe('timelineViewport', () => {
  it('fits a timeline that reads whole, as any fit with room for the axis labels', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 300, y: 200 },
    ];
    const view = timelineViewport(points, canvas, { minZoom: 0.1 })!;
    expect(view.zoom).toBeGreaterThanOrEqual(TIMELINE_READABLE_ZOOM);
    const fit = viewportFor(points, canvas, {
      mode: 'all',
      minZoom: 0.1,
      margins: { left: 70, right: 60, top: 30, bottom: 60 },
    });
    expect(view).toEqual(fit);
  });

  it('opens a long timeline at the readable zoom, from its start, the axis at the left', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 3000, y: 20000 },
    ];
    const view = timelineViewport(points, canvas, { minZoom: 0.1 })!;
    expect(view.zoom).toBe(TIMELINE_READABLE_ZOOM);
    // the year labels (70 px left of the axis) and the first row (30 px above) just in view
    expect(view.pan.x).toBeCloseTo(FIT_PADDING + 70 * view.zoom, 9);
    expect(view.pan.y).toBeCloseTo(FIT_PADDING + 30 * view.zoom, 9);
  });

  it('puts the focused node a third down a long timeline', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 20000 },
    ];
    const view = timelineViewport(points, canvas, { minZoom: 0.1, centre: { x: 50, y: 9000 } })!;
    expect(9000 * view.zoom + view.pan.y).toBeCloseTo(canvas.height / 3, 9);
    // narrow enough to fit across: centred, the axis labels (70 px left, 60 right) included
    expect(((-70 + 160) / 2) * view.zoom + view.pan.x).toBeCloseTo(canvas.width / 2, 9);
  });

  it('shows nothing for no points', () => {
    expect(timelineViewport([], canvas, { minZoom: 0.1 })).toBeNull();
  });
});
