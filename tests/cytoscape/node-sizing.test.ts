// Node and label sizes carried in element data: hubs larger, path labels legible from afar.
import { describe, expect, it } from 'vitest';
import { nodeSizing } from '../../src/lib/cytoscape/node-sizing';
import { HUB_DEGREE, labelSize } from '../../src/lib/cytoscape/layouts/node-prominence';

describe('nodeSizing', () => {
  it('draws a leaf at its kind size with a 12px label, an ideology wider and bolder in size', () => {
    expect(nodeSizing('person', 0)).toMatchObject({ w: 26, h: 26, fs: 12 });
    const ideology = nodeSizing('ideology', 0);
    expect(ideology.w).toBeCloseTo(34 * 1.3);
    expect(ideology.fs).toBe(14);
  });

  it('grows with degree up to the hub degree, then stops', () => {
    const sizes = [0, 1, 4, 12, HUB_DEGREE].map((degree) => nodeSizing('concept', degree));
    for (let i = 1; i < sizes.length; i++) {
      expect(sizes[i]!.w).toBeGreaterThan(sizes[i - 1]!.w);
      expect(sizes[i]!.fs).toBeGreaterThanOrEqual(sizes[i - 1]!.fs);
    }
    expect(nodeSizing('concept', HUB_DEGREE * 10)).toEqual(nodeSizing('concept', HUB_DEGREE));
    expect(sizes.at(-1)!.w).toBe(48);
    expect(labelSize('concept', HUB_DEGREE)).toBe(25);
  });

  it('scales labels for the zoom bands and keeps path labels at 19px or more', () => {
    const leaf = nodeSizing('work', 0);
    expect(leaf.fsMid).toBeCloseTo(leaf.fs * 1.35);
    expect(leaf.fsFar).toBeCloseTo(leaf.fs * 2.4);
    expect(leaf.fsPath).toBe(19);
    const hub = nodeSizing('ideology', HUB_DEGREE);
    expect(hub.fsPath).toBeCloseTo(hub.fs * 1.15);
    expect(hub.fsPathFar).toBeCloseTo(hub.fsPath * 2.4);
  });
});
