import { nodeSizing } from '../../src/lib/cytoscape/node-sizing';
import { describe, expect, it } from 'vitest';
import {
  fittedLabels,
  readableLabels,
  type ModelNode,
  type ScreenLabel,
} from '../../scripts/bench/label-readability';

const label = (
  id: string,
  x1: number,
  fontPx = 12,
  drawn = true,
  kind = 'ideology',
): ScreenLabel => ({
  id,
  kind,
  drawn,
  fontPx,
  box: { x1, y1: 0, x2: x1 + 50, y2: 14 },
});

describe('readableLabels', () => {
  it('counts labels drawn, at least 9 px and covered by no other drawn label', () => {
    expect(readableLabels([label('a', 0), label('b', 100)])).toEqual({
      readable: 2,
      readableIdeologies: 2,
    });
    // a and b overlap: neither is readable; c is too small; d is not drawn and covers nothing
    expect(
      readableLabels([label('a', 0), label('b', 40), label('c', 200, 8), label('d', 0, 12, false)]),
    ).toEqual({ readable: 0, readableIdeologies: 0 });
    expect(readableLabels([label('p', 0, 12, true, 'person')])).toEqual({
      readable: 1,
      readableIdeologies: 0,
    });
  });
});

describe('fittedLabels', () => {
  const node = (
    id: string,
    x: number,
    y: number,
    degree = 10,
    kind: ModelNode['kind'] = 'ideology',
  ): ModelNode => ({
    id,
    kind,
    label: id,
    degree,
    x,
    y,
  });

  it('fits a small drawing near 1:1 with labels below their nodes, all readable', () => {
    const { zoom, labels } = fittedLabels(
      [node('Marxism', 0, 0), node('Leninism', 0, 120)],
      { width: 800, height: 800 },
      7,
    );
    expect(zoom).toBeGreaterThan(1);
    expect(labels[1]!.box.y1).toBeGreaterThan(labels[0]!.box.y2);
    expect(readableLabels(labels).readable).toBe(2);
  });

  it('zoomed far out, grows hub labels and hides those of little nodes, as the stylesheet does', () => {
    const nodes = [
      node('Hub', 0, 0, 20, 'person'),
      node('Leaf', 10_000, 10_000, 1, 'person'),
      node('Small ideology', 5_000, 5_000, 1),
    ];
    const { zoom, labels } = fittedLabels(nodes, { width: 800, height: 800 }, 0);
    expect(zoom).toBeLessThan(0.3);
    const [hub, leaf, ideology] = labels;
    expect(leaf!.drawn).toBe(false);
    expect(hub!.drawn).toBe(true);
    // every ideology keeps its label: the opening view reads as a family tree
    expect(ideology!.drawn).toBe(true);
    // far band: the far font (node-sizing.ts), larger than near
    expect(hub!.fontPx / zoom).toBeCloseTo(nodeSizing('person', 20).fsFar, 5);
    expect(nodeSizing('person', 20).fsFar).toBeGreaterThan(nodeSizing('person', 20).fs);
  });
});
