/**
 * The Timeline layout's options, in one place: the positions code (positions.ts) reads them.
 * The timeline is cheap (one pass over the nodes), so it has no worker.
 */

/** Timeline spacing; all values in model pixels or years. */
export const defaults = {
  /** Years per band: nodes whose start years fall in one band share a row. */
  bandYears: 10,
  /** Horizontal distance between node centres in a row (labels are up to 120px wide). */
  columnGap: 132,
  /** Vertical distance between wrapped rows of one crowded band. */
  rowGap: 64,
  /** Vertical distance per band of elapsed time between two consecutive bands. */
  pxPerBand: 30,
  /** Least and most vertical distance between two consecutive bands. */
  minBandGap: 64,
  maxBandGap: 130,
  /** Most nodes in one row before the band wraps. */
  maxPerRow: 22,
};

export type TimelineOptions = typeof defaults;
