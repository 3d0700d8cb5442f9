/**
 * The held batch: new elements wait in one Cytoscape batch until a layout has placed them, so
 * they are styled once, where they will be shown, instead of once at the origin (drawn as
 * thousands of zero-length edges while the lineage computes) and again when revealed. At 5,000
 * nodes that first pass was some 3 s before the worker's positions could even arrive.
 */
import type { Core } from 'cytoscape';

export class HeldBatch {
  private held: Core | null = null;

  constructor(private readonly container: HTMLElement | null) {}

  /** Starts holding `cy`'s changes (once), and hides the canvas meanwhile. */
  hold(cy: Core): void {
    if (this.held !== cy) {
      cy.startBatch();
      this.held = cy;
    }
    // Cytoscape draws no frame while batching: the old graph would stay on the canvas, frozen,
    // until the new one is placed; the canvas is hidden instead (the progress bar is not on it)
    if (this.container) this.container.style.visibility = 'hidden';
  }

  /** Whether `cy`'s changes are being held. */
  holds(cy: Core): boolean {
    return this.held === cy;
  }

  /** A renderer switch: the new instance holds its elements back the same way. */
  moveTo(cy: Core): void {
    cy.startBatch();
    this.held = cy;
  }

  /**
   * Ends the batch: Cytoscape styles the elements and draws again. Called before anything that
   * measures nodes (dagre's boxes, fcose on the page, the grid): inside a batch, new elements
   * have no style yet, and Cytoscape would give every node its default 30 px box without a
   * label.
   */
  end(): void {
    const held = this.held;
    this.held = null;
    if (this.container) this.container.style.visibility = '';
    if (held && !held.destroyed()) held.endBatch();
  }
}
