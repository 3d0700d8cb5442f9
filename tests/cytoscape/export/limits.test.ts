import { describe, expect, it } from 'vitest';
import { CANVAS_LIMITS, fitScale } from '../../../src/lib/cytoscape/export/limits';

describe('fitScale', () => {
  it('keeps the requested scale when the picture fits', () => {
    expect(fitScale(1200, 800, 2)).toEqual({ scale: 2, reduced: false, width: 2400, height: 1600 });
  });

  it('lowers the scale to a tenth that keeps the longest side within 16,000 px', () => {
    const choice = fitScale(7000, 1000, 4);
    expect(choice).toEqual({ scale: 2.2, reduced: true, width: 15400, height: 2200 });
    expect(Math.max(choice.width, choice.height)).toBeLessThanOrEqual(CANVAS_LIMITS.maxSide);
  });

  it('lowers the scale to keep the area within 100 million pixels', () => {
    const choice = fitScale(5000, 5000, 4);
    expect(choice.scale).toBe(2);
    expect(choice.reduced).toBe(true);
    expect(choice.width * choice.height).toBeLessThanOrEqual(CANVAS_LIMITS.maxArea);
  });

  it('goes below 1× in hundredths for a graph too large even at 1×', () => {
    expect(fitScale(40_000, 2_000, 1)).toEqual({
      scale: 0.4,
      reduced: true,
      width: 16000,
      height: 800,
    });
    expect(fitScale(48_000, 2_000, 1).scale).toBe(0.33);
  });

  it('takes other limits', () => {
    expect(fitScale(1000, 1000, 4, { maxSide: 2500, maxArea: 1e9 }).scale).toBe(2.5);
  });

  it('refuses an empty picture or a scale of zero', () => {
    expect(() => fitScale(0, 100, 2)).toThrow(/empty picture/);
    expect(() => fitScale(100, 100, 0)).toThrow(/positive/);
  });
});
