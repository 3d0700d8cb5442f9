/**
 * Zoom bands and label decluttering. Semantic zoom: zoomed far out, labels grow (in model
 * units) so that hubs stay legible while leaves drop below the minimum rendered size and
 * disappear; node classes change only when the zoom crosses a band, at most once per frame.
 * Labels that would overlap more prominent ones are hidden (label-declutter.ts), once per frame
 * however many changes ask for it, and once a zoom settles.
 */
import type { Core } from 'cytoscape';
import { CROWDED_CLASS, declutterLabels } from './label-declutter';
import { TICK_CLASS } from './timeline-ticks';

type ZoomBand = 'near' | 'mid' | 'far';

/**
 * Below this zoom the `zoom-mid` band: an ideology's near label (14px) is 9px on screen from
 * 0.65 up, so below it ideologies take their larger mid-band label (node-sizing.ts).
 */
export const MID_BAND_BELOW = 0.65;

/** What the bands read off the view: its current instance and modes. */
export interface LabelBandsHost {
  core(): Core;
  /** Large-graph mode: labels show by rendered size alone, no bands, no declutter. */
  large(): boolean;
  /** Elements are held back until their first layout: nothing to measure yet. */
  pending(): boolean;
}

export class LabelBands {
  private band: ZoomBand = 'near';
  private bandPending = false;
  private declutterPending = false;
  private settle: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: LabelBandsHost) {}

  /** Cytoscape zoomed: re-band next frame, declutter once the zoom settles. */
  onZoom(): void {
    this.scheduleBand();
    if (this.host.large()) return;
    // Zooming shows or drops labels by their rendered size: declutter once it settles.
    clearTimeout(this.settle);
    this.settle = setTimeout(() => this.scheduleDeclutter(), 150);
  }

  private scheduleBand(): void {
    if (this.bandPending) return;
    this.bandPending = true;
    const apply = () => {
      this.bandPending = false;
      this.apply();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(apply);
    else apply();
  }

  /**
   * Hides labels that would overlap more prominent ones, once per frame. Not in large-graph
   * mode, where labels show by rendered size alone, nor headless, where there are no labels to
   * measure.
   */
  scheduleDeclutter(): void {
    if (this.host.large() || this.declutterPending || typeof requestAnimationFrame !== 'function')
      return;
    this.declutterPending = true;
    requestAnimationFrame(() => {
      this.declutterPending = false;
      const cy = this.host.core();
      if (this.host.large() || this.host.pending() || cy.destroyed()) return;
      declutterLabels(cy, `.${TICK_CLASS}`);
    });
  }

  /** Sets the zoom band's classes if the band changed (or always, with `force`). */
  apply(force = false): void {
    const cy = this.host.core();
    const zoom = cy.zoom();
    // Large graphs label by rendered font size alone: re-styling thousands of nodes whenever
    // the zoom crosses a band would cost a long frame.
    const large = this.host.large();
    const band: ZoomBand = large
      ? 'near'
      : zoom < 0.3
        ? 'far'
        : zoom < MID_BAND_BELOW
          ? 'mid'
          : 'near';
    if (band === this.band && !force) return;
    this.band = band;
    cy.batch(() => {
      // Edges too: far out, the tree's descent edges widen and the rest recede (style.ts).
      const elements = cy.elements();
      elements.removeClass('zoom-far zoom-mid');
      if (band !== 'near') elements.addClass(`zoom-${band}`);
    });
    this.scheduleDeclutter();
  }

  /** Large-graph mode came on: its labels show by rendered size alone, none stays crowded. */
  uncrowd(): void {
    this.host.core().nodes(`.${CROWDED_CLASS}`).removeClass(CROWDED_CLASS);
  }

  dispose(): void {
    clearTimeout(this.settle);
  }
}
