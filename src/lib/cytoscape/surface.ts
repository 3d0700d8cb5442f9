/**
 * The surface: the adapter's Cytoscape instance and its renderer, and large-graph mode, which
 * may switch renderers. Holds `core` for the facade (graph-view.ts) and nothing outside the
 * adapter ever sees it. WebGL in large-graph mode where it helps (./renderer.ts); if it fails
 * to start or loses its context, the canvas renderer takes over with the same elements,
 * styles and viewport.
 */
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { HeldBatch } from './held-batch';
import type { LabelBands } from './label-bands';
import { detectGpu } from './large-graph';
import { createRenderer, setViewportShortcuts } from './renderer';

export interface SurfaceOptions {
  container: HTMLElement | null;
  /** WebGL in large-graph mode: `auto` only on a hardware GPU, `on` wherever it starts, `off`. */
  webgl: 'auto' | 'on' | 'off';
  /** Above this many elements large-graph mode is on, unless set otherwise. */
  hideEdgesAbove: number;
  /** The stylesheet, with large-graph mode's rules or without. */
  stylesheet(large: boolean): StylesheetJson;
  /** Wires a new instance's events. */
  wire(core: Core): void;
  held: HeldBatch;
  bands: LabelBands;
}

export class Surface {
  core: Core;
  /** Large-graph mode is on. */
  large = false;
  /** Cytoscape draws with WebGL. */
  webgl = false;
  /** Set once WebGL failed here, so it is not tried again. */
  private webglBroken = false;
  /** The large-graph mode asked for, or null to decide by size. */
  private largeChoice: boolean | null = null;

  constructor(private readonly options: SurfaceOptions) {
    this.core = this.create(false);
  }

  private create(webgl: boolean): Core {
    const made = createRenderer({
      container: this.options.container,
      style: this.options.stylesheet(this.large),
      large: this.large,
      webgl,
      onContextLost: () => this.dropWebgl(),
    });
    if (made.webglFailed) this.webglBroken = true;
    this.webgl = made.webgl;
    this.options.wire(made.core);
    return made.core;
  }

  /** WebGL lost its context: carry on with the canvas renderer. */
  private dropWebgl(): void {
    this.webglBroken = true;
    if (this.webgl) queueMicrotask(() => this.rebuild(false));
  }

  /** A new Cytoscape instance (renderer switch) with the same elements, styles and viewport. */
  private rebuild(webgl: boolean): void {
    const old = this.core;
    const elements = old.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
    const held = this.options.held.holds(old);
    old.destroy();
    this.options.container?.replaceChildren();
    const cy = (this.core = this.create(webgl));
    if (held) {
      // the elements are still pending: the new instance holds them back the same way
      this.options.held.moveTo(cy);
      cy.add(elements);
    } else {
      cy.batch(() => cy.add(elements));
    }
    cy.viewport(viewport);
  }

  /** Large-graph mode on or off, or `null` to decide by size again. */
  setLargeGraphMode(on: boolean | null): void {
    this.largeChoice = on;
    this.applyLargeGraph();
  }

  /** Puts large-graph mode as asked (or as the size says), switching renderer if need be. */
  applyLargeGraph(): void {
    const { container, webgl: choice, bands } = this.options;
    const cy = this.core;
    const large = this.largeChoice ?? cy.elements().length > this.options.hideEdgesAbove;
    // Zoomed out over thousands of nodes, a press almost always lands on one: dragging would
    // move that node (and redraw every node each frame) where the person meant to pan. So in
    // this mode nodes are not grabbed and a drag that starts on one pans; a tap still selects.
    cy.autoungrabify(large);
    if (large) cy.nodes().panify();
    else cy.nodes().unpanify();
    const webgl =
      large &&
      !this.webglBroken &&
      container !== null &&
      (choice === 'on' || (choice === 'auto' && detectGpu() === 'hardware'));
    if (large === this.large && webgl === this.webgl) return;
    this.large = large;
    // Large graphs label by rendered size alone (see LabelBands.scheduleDeclutter).
    if (large) bands.uncrowd();
    // A fit of thousands of nodes needs to zoom out further than a small graph ever should.
    cy.minZoom(large ? 0.005 : 0.05);
    if (webgl !== this.webgl) {
      this.rebuild(webgl);
    } else {
      setViewportShortcuts(cy, large);
      cy.style(this.options.stylesheet(large));
    }
    bands.apply(true);
  }
}
