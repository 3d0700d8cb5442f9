/**
 * The timeline's year axis as a pure function of the data: years map to vertical positions in
 * proportion within each segment, and a long stretch with no node at all (the centuries between
 * ancient Greece and early Christianity, or before the Renaissance) is cut out and replaced by a
 * break of fixed height, so that the drawing spends its space where the history is. Also picks
 * the tick years: round years at a step the density allows, plus the years on both sides of
 * every break. No Cytoscape, no DOM: the positions code, the axis drawing and the CLI share it.
 */

/** How the axis spends its space; all values in model pixels or years. */
export interface ScaleOptions {
  /** Vertical distance per year within a segment. */
  pxPerYear: number;
  /** A gap between two dated years at least this long becomes a break. */
  minBreakYears: number;
  /** The height of a break, in place of the years it cuts out. */
  breakPx: number;
  /** Least distance between two round-year ticks. */
  minTickPx: number;
}

/** A stretch of years drawn in proportion: `from` is at `y`, each year after it `pxPerYear` lower. */
export interface AxisSegment {
  from: number;
  to: number;
  y: number;
}

/** A cut in the axis: the last year drawn before it, the first after it, and its middle. */
export interface AxisBreak {
  from: number;
  to: number;
  y: number;
}

export interface YearScale {
  /** The vertical position of `year` (years inside a break map onto the break). */
  y(year: number): number;
  segments: AxisSegment[];
  breaks: AxisBreak[];
  /** Years to label on the axis, in order, at least `minTickPx` apart where they are round. */
  tickYears(): number[];
}

/** Round steps for ticks, in years: the first that keeps ticks `minTickPx` apart is used. */
const TICK_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/**
 * The axis for these `years` (any order, repeats allowed). `extra` adds space below a year (for
 * a year whose nodes wrap into several rows): every later year moves down by it, so the order
 * of years is kept and each segment stays in proportion elsewhere.
 */
export function yearScale(
  years: readonly number[],
  options: ScaleOptions,
  extra: ReadonlyMap<number, number> = new Map(),
): YearScale {
  if (!(options.pxPerYear > 0)) throw new Error('yearScale: pxPerYear must be positive');
  const distinct = [...new Set(years.filter(Number.isFinite))].sort((a, b) => a - b);
  const extras = [...extra.entries()].filter(([, px]) => px > 0).sort((a, b) => a[0] - b[0]);
  // Space added by wrapped years before `year` (not at it: the year's first row stays put).
  const extraBefore = (year: number) => {
    let sum = 0;
    for (const [at, px] of extras) {
      if (at >= year) break;
      sum += px;
    }
    return sum;
  };

  const segments: AxisSegment[] = [];
  const breaks: AxisBreak[] = [];
  for (const year of distinct) {
    const last = segments.at(-1);
    if (last && year - last.to < options.minBreakYears) {
      last.to = year;
      continue;
    }
    if (last) breaks.push({ from: last.to, to: year, y: 0 });
    segments.push({ from: year, to: year, y: 0 });
  }
  normalise(segments, breaks, options, extraBefore);

  const at = (year: number): number => {
    if (segments.length === 0) return 0;
    let segment = segments[0]!;
    for (const s of segments) {
      if (s.from <= year) segment = s;
      else break;
    }
    const next = segments[segments.indexOf(segment) + 1];
    if (year > segment.to && next) {
      // Inside a break: the break's middle.
      const cut = breaks.find((b) => b.from === segment.to && b.to === next.from);
      return cut ? cut.y : segment.y + (segment.to - segment.from) * options.pxPerYear;
    }
    return segment.y + (year - segment.from) * options.pxPerYear + extraBefore(year);
  };

  return {
    y: at,
    segments,
    breaks,
    tickYears: () => tickYearsOf(segments, options, at),
  };
}

/**
 * Lays the segments out top to bottom: each starts `breakPx` below where the one before ended
 * (its last year plus the extra space its wrapped years took). A segment's `y` is where its
 * first year sits before extras, so `y()` adds the extras before a year exactly once.
 */
function normalise(
  segments: AxisSegment[],
  breaks: AxisBreak[],
  options: ScaleOptions,
  extraBefore: (year: number) => number,
): void {
  let bottom = 0;
  segments.forEach((segment, i) => {
    if (i === 0) {
      segment.y = 0;
    } else {
      const top = bottom + options.breakPx;
      breaks[i - 1]!.y = bottom + options.breakPx / 2;
      segment.y = top - extraBefore(segment.from);
    }
    // Where the segment's last year's rows end: its last year plus the rows wrapped under it.
    bottom =
      segment.y + (segment.to - segment.from) * options.pxPerYear + extraBefore(segment.to + 0.5);
  });
}

/** Round years inside each segment, plus each segment's first and last year next to a break. */
function tickYearsOf(
  segments: readonly AxisSegment[],
  options: ScaleOptions,
  y: (year: number) => number,
): number[] {
  const step =
    TICK_STEPS.find((s) => s * options.pxPerYear >= options.minTickPx) ?? TICK_STEPS.at(-1)!;
  const ticks: number[] = [];
  segments.forEach((segment, i) => {
    const ends: number[] = [];
    // The axis starts at a round year at or before the first; a break is flanked by the
    // exact years on either side.
    if (i === 0) ends.push(Math.floor(segment.from / step) * step);
    else ends.push(segment.from);
    if (i < segments.length - 1 && segment.to !== segment.from) ends.push(segment.to);
    const round: number[] = [];
    for (let year = Math.ceil(segment.from / step) * step; year <= segment.to; year += step) {
      round.push(year);
    }
    const near = (a: number, b: number) => Math.abs(y(a) - y(b)) < options.minTickPx;
    const kept = round.filter((year) => !ends.some((end) => end !== year && near(end, year)));
    ticks.push(...new Set([...ends, ...kept]));
  });
  return [...new Set(ticks)].sort((a, b) => a - b);
}
