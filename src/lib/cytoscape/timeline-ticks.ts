/**
 * The timeline's axis down the left side: year labels, and a zig-zag where the axis is cut
 * (layouts/timeline/scale.ts), drawn as unselectable nodes of class `tick` (breaks also
 * `tick-break`): every other module skips them (selection, visibility, declutter, layouts, the
 * snapshot's nodes). Nodes whose year is inferred from their neighbours are marked too.
 */
import type { Core } from 'cytoscape';
import type { AxisBreak } from './layouts/timeline/scale';
import type { Positions } from './layouts/types';

export const TICK_CLASS = 'tick';
/** A cut in the time axis: also a `tick`, drawn as a zig-zag instead of a label. */
export const BREAK_CLASS = 'tick-break';
/** A node without a year of its own, placed at its neighbours' median year. */
export const INFERRED_YEAR_CLASS = 'year-inferred';

/** The zig-zag band of a break, as unit polygon points (x, y pairs in [-1, 1]). */
export const BREAK_POLYGON: readonly number[] = (() => {
  const teeth = 4;
  const top: number[] = [];
  const bottom: number[] = [];
  for (let i = 0; i <= teeth * 2; i++) {
    const x = -1 + i / teeth;
    const up = i % 2 === 0 ? -1 : 0.2;
    top.push(x, up);
    bottom.unshift(x, up + 0.8);
  }
  return [...top, ...bottom];
})();

/** How far left of the leftmost node the axis stands, in model pixels. */
const AXIS_OFFSET = 80;

/**
 * Adds year labels for `ticks`, zig-zags for `breaks` left of `positions`, and marks the nodes
 * in `inferred`.
 */
export function addTicks(
  cy: Core,
  axis: {
    ticks: { year: number | null; y: number }[];
    breaks: readonly AxisBreak[];
    inferred: ReadonlySet<string>;
  },
  positions: Positions,
): void {
  const xs = Object.values(positions).map((p) => p.x);
  const left = Math.min(...xs) - AXIS_OFFSET;
  cy.add([
    ...axis.ticks.map((tick) => ({
      group: 'nodes' as const,
      classes: TICK_CLASS,
      data: {
        id: `__tick_${tick.year ?? 'undated'}`,
        label: tick.year === null ? '?' : formatYear(tick.year),
      },
      position: { x: left, y: tick.y },
      selectable: false,
      grabbable: false,
    })),
    ...axis.breaks.map((cut) => ({
      group: 'nodes' as const,
      classes: `${TICK_CLASS} ${BREAK_CLASS}`,
      data: { id: `__break_${cut.from}_${cut.to}`, label: '', from: cut.from, to: cut.to },
      // Centred under the right-aligned year labels.
      position: { x: left - 24, y: cut.y },
      selectable: false,
      grabbable: false,
    })),
  ]);
  cy.batch(() => {
    for (const id of axis.inferred) cy.getElementById(id).addClass(INFERRED_YEAR_CLASS);
  });
}

export function removeTicks(cy: Core): void {
  cy.nodes(`.${TICK_CLASS}`).remove();
  cy.nodes(`.${INFERRED_YEAR_CLASS}`).removeClass(INFERRED_YEAR_CLASS);
}

/** "1848", "c. 1848" is the panel's job; the axis only needs BCE marked. */
export function formatYear(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}
