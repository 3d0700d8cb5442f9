/**
 * The timeline's year labels down the left side, drawn as unselectable nodes of class `tick`:
 * every other module skips them (selection, visibility, declutter, layouts, the snapshot).
 */
import type { Core } from 'cytoscape';
import type { Positions } from './layouts/types';

export const TICK_CLASS = 'tick';

/** Adds year labels for `ticks` left of `positions`. */
export function addTicks(
  cy: Core,
  ticks: { year: number | null; y: number }[],
  positions: Positions,
): void {
  const xs = Object.values(positions).map((p) => p.x);
  const left = Math.min(...xs) - 80;
  let lastYear: number | null = null;
  cy.add(
    ticks
      .filter((tick) => {
        // Label at most one tick per decade so the axis stays readable.
        if (tick.year === null) return true;
        const decade = Math.floor(tick.year / 10);
        const keep = lastYear === null || decade !== Math.floor(lastYear / 10);
        if (keep) lastYear = tick.year;
        return keep;
      })
      .map((tick) => ({
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
  );
}

export function removeTicks(cy: Core): void {
  cy.nodes(`.${TICK_CLASS}`).remove();
}

/** "1848", "c. 1848" is the panel's job; the axis only needs BCE marked. */
function formatYear(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}
