/**
 * The Timeline layout's options, in one place: the positions code (positions.ts) and the year
 * axis (scale.ts) read them. The timeline is cheap (one pass over the nodes), so it has no
 * worker.
 */

/** Timeline spacing; all values in model pixels or years. */
export const defaults = {
  /**
   * Vertical distance per year within a stretch of the axis: about two centuries a screen at
   * the opening zoom where the years are sparse. Crowded years (1917–1923) need more and stretch
   * the axis there (positions.ts), so a larger value would mostly lengthen the quiet years.
   */
  pxPerYear: 5,
  /**
   * A gap of this many years with no dated node is cut out of the axis and drawn as a break
   * (the bundled graph: ancient Greece to Jesus, the centuries before Thomas More, and
   * the decades between the few early modern nodes).
   */
  minBreakYears: 35,
  /** The height a break takes in place of the years it cuts out. */
  breakPx: 80,
  /** Least distance between two round-year ticks (decades at 10px a year would be 100px). */
  minTickPx: 48,
  /** Free space between two node boxes (shape with label), across and down. */
  gapX: 40,
  gapY: 10,
  /** The box assumed for a node whose size is not given: about one label wide. */
  width: 118,
  height: 48,
  shapeHeight: 20,
  /**
   * How wide the drawing may grow (unless one year alone needs more): about what the opening
   * zoom shows beside the axis. Nodes that find no room at their year go a little lower.
   */
  maxWidth: 1050,
  /** How much lower a node goes each time it finds no room. */
  stepDown: 8,
  /** Vertical distance between wrapped rows of one crowded year. */
  rowGap: 64,
  /** Most nodes of one year in one row before the year wraps. */
  maxPerRow: 22,
  /**
   * Above this many nodes, nodes go on a plain grid of columns instead of being packed around
   * their neighbours: packing 20,000 took seconds on the main thread (the timeline has no
   * worker), and such graphs are drawn in large-graph mode with few labels anyway.
   */
  packAbove: 1000,
  /** Distance from the last dated box to the row of nodes with no year at all. */
  undatedGap: 130,
};

export type TimelineOptions = typeof defaults;
