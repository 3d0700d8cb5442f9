// The timeline's year axis: proportional within segments, cut where the data is empty.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaults } from '../../../../src/lib/cytoscape/layouts/timeline/defaults';
import { yearScale } from '../../../../src/lib/cytoscape/layouts/timeline/scale';

const options = { ...defaults, pxPerYear: 10, minBreakYears: 100, breakPx: 80, minTickPx: 48 };

describe('yearScale', () => {
  it('cuts a long empty stretch out of the axis and keeps the rest in proportion', () => {
    const scale = yearScale([-10, 30, 1840, 1850, 1917], options);
    expect(scale.breaks).toEqual([{ from: 30, to: 1840, y: 400 + 40 }]);
    // 10 BCE to 30 CE takes 40 years' space; 1840 to 1850 ten years'.
    expect(scale.y(30) - scale.y(-10)).toBe(400);
    expect(scale.y(1850) - scale.y(1840)).toBe(100);
    expect(scale.y(1917) - scale.y(1850)).toBe(670);
    // The 1,810 empty years take a break's height, not 18,100 px.
    expect(scale.y(1840) - scale.y(30)).toBe(80);
  });

  it('has no break when no gap is long enough', () => {
    const scale = yearScale([1800, 1850, 1899], options);
    expect(scale.breaks).toEqual([]);
    expect(scale.segments).toHaveLength(1);
  });

  it('labels round years, the years either side of a break, and BCE years', () => {
    const scale = yearScale([-428, -400, 1848, 1871, 1917], options);
    const ticks = scale.tickYears();
    expect(ticks[0]).toBe(-430);
    expect(ticks).toContain(-400);
    expect(ticks).toContain(1848);
    expect(ticks).toContain(1870);
    expect(ticks).toContain(1910);
    // Decades at 10 px a year: one tick a decade after the break's end.
    expect(ticks.filter((y) => y > 1848 && y % 10 === 0)).toEqual([
      1860, 1870, 1880, 1890, 1900, 1910,
    ]);
  });

  it('moves later years down by the space a crowded year adds', () => {
    const plain = yearScale([1900, 1917, 1930], options);
    const crowded = yearScale([1900, 1917, 1930], options, new Map([[1917, 64]]));
    expect(crowded.y(1917)).toBe(plain.y(1917));
    expect(crowded.y(1930)).toBe(plain.y(1930) + 64);
  });

  it('is monotonic, proportional within segments, and breaks only where no year is', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -3000, max: 2100 }), { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 10, max: 400 }),
        (years, minBreakYears) => {
          const scale = yearScale(years, { ...options, minBreakYears });
          const sorted = [...new Set(years)].sort((a, b) => a - b);
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1]!, sorted[i]!];
            expect(scale.y(b)).toBeGreaterThan(scale.y(a));
            const cut = scale.breaks.find((k) => k.from === a && k.to === b);
            if (b - a >= minBreakYears) expect(cut).toBeDefined();
            else {
              expect(cut).toBeUndefined();
              expect(scale.y(b) - scale.y(a)).toBeCloseTo((b - a) * options.pxPerYear, 6);
            }
          }
          // Every break stands between two drawn years, over a stretch with no year at all.
          for (const cut of scale.breaks) {
            expect(sorted.some((y) => y > cut.from && y < cut.to)).toBe(false);
            expect(cut.y).toBeGreaterThan(scale.y(cut.from));
            expect(cut.y).toBeLessThan(scale.y(cut.to));
          }
          const ticks = scale.tickYears();
          expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
        },
      ),
    );
  });
});
