/**
 * The Cytoscape adapter's facade: the only object that holds a `cy` instance, privately. A
 * `GraphView` takes intents with plain values (element definitions, id sets, a palette, a
 * layout name) and reports what the person does through callbacks; it never hands `cy` out.
 * Tests, the bench and automation read the view as data (`snapshot()`, ./snapshot.ts).
 *
 * Intents: `setElements`, `setVisible`, `setSelection`, `setCursor`, `highlight` /
 * `clearHighlight`, `setLanguage`, `setPalette`, `setLargeGraphMode`, `runLayout` /
 * `cancelLayout`, `fit` / `fitTo` / `center` / `zoomBy` / `zoomTo`, `exportPicture`, `destroy`.
 *
 * Each concern lives in its own module: renderer creation and WebGL fallback (renderer.ts),
 * large-graph styles (large-graph.ts), zoom bands and label decluttering (label-bands.ts), the
 * held batch (held-batch.ts), classes (classes.ts), taps and zooms (events.ts), timeline ticks
 * (timeline-ticks.ts), viewport maths (viewport.ts), layouts and their orchestration off the
 * page (layouts/), the Svelte action (graph-canvas.ts).
 */
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import {
  applyCursor,
  applyHighlight,
  applyLanguage,
  applySelection,
  applyVisibility,
  clearHighlight,
} from './classes';
import { PALETTES, type CanvasPalette } from './encoding';
import { wireEvents } from './events';
import type { Lang } from './elements';
import type { PictureOptions } from './export/picture';
import type { PngExport } from './export/png';
import type { SvgExport } from './export/svg';
import { HeldBatch } from './held-batch';
import { LabelBands } from './label-bands';
import {
  LARGE_GRAPH_ELEMENTS,
  largeGraphStyles,
  PENDING_CLASS,
  pendingStyles,
} from './large-graph';
import { OffPageLayouts, type LayoutProgress } from './layouts/run-layout';
import type { LayoutName } from './layouts/types';
import { Surface } from './surface';
import { snapshotOf, type ViewSnapshot } from './snapshot';
import { graphStylesheet } from './style';
import { placeLayout } from './place-layout';
import {
  centreOn,
  fitNodes,
  fitVisible,
  showPositions,
  zoomAroundMiddle,
  zoomToNode,
} from './viewport-moves';
import type {
  GraphViewCallbacks,
  GraphViewOptions,
  LayoutRunOptions,
  PictureRequest,
} from './view-types';

export type { LayoutProgress };

export type {
  GraphViewCallbacks,
  GraphViewOptions,
  LayoutRunOptions,
  PictureRequest,
} from './view-types';

let active: GraphView | null = null;

function setActive(view: GraphView | null): void {
  active = view;
}

/** The view currently on screen, for export and automation; null before mount. */
export function activeGraphView(): GraphView | null {
  return active;
}

export class GraphView {
  private readonly callbacks: GraphViewCallbacks;
  private readonly animate: boolean;
  private layoutRun = 0;
  private currentLayout: LayoutName = 'lineage';
  private palette: CanvasPalette;
  /** Identifies the graph in the layout cache; null: positions are not cached. */
  private graphId: string | null = null;
  /** Elements carry PENDING_CLASS until a layout has placed them. */
  private pending = false;
  private readonly held: HeldBatch;
  /** The Cytoscape instance and its renderer (./surface.ts). */
  private readonly surface: Surface;
  private readonly bands: LabelBands;
  /** Layouts computed off the page (cache → worker → progress → cancel). */
  private readonly offPage: OffPageLayouts;
  private finishedLayouts = 0;
  private running: Promise<void> = Promise.resolve();

  constructor(
    container: HTMLElement | null,
    callbacks: GraphViewCallbacks = {},
    options: GraphViewOptions = {},
  ) {
    this.callbacks = callbacks;
    this.animate = options.animate ?? true;
    this.palette = options.palette ?? PALETTES.light;
    this.held = new HeldBatch(container);
    this.bands = new LabelBands({
      core: () => this.#cy,
      large: () => this.surface.large,
      pending: () => this.pending,
    });
    this.offPage = new OffPageLayouts((progress) => this.callbacks.onLayoutProgress?.(progress));
    this.surface = new Surface({
      container,
      webgl: options.webgl ?? 'auto',
      hideEdgesAbove: options.hideEdgesAbove ?? LARGE_GRAPH_ELEMENTS,
      stylesheet: (large) => this.stylesheetWith(this.palette, large),
      wire: (core) => wireEvents(core, this.callbacks, this.bands),
      held: this.held,
      bands: this.bands,
    });
    if (container) setActive(this);
  }

  /** The Cytoscape instance: private to the adapter, never handed out. */
  get #cy(): Core {
    return this.surface.core;
  }

  /** This view's stylesheet in `palette` (an export on another background draws with it). */
  stylesheetFor(palette: CanvasPalette): StylesheetJson {
    return this.stylesheetWith(palette, this.surface.large);
  }

  private stylesheetWith(palette: CanvasPalette, large: boolean): StylesheetJson {
    return [...graphStylesheet(palette), ...pendingStyles, ...(large ? largeGraphStyles() : [])];
  }

  /** Whether Cytoscape draws with WebGL right now. */
  get webgl(): boolean {
    return this.surface.webgl;
  }

  /** Whether large-graph mode is on. */
  get largeGraphMode(): boolean {
    return this.surface.large;
  }

  /** The layout most recently run. */
  get layout(): LayoutName {
    return this.currentLayout;
  }

  /** The view as data, in screen coordinates (./snapshot.ts). */
  snapshot(): ViewSnapshot {
    return snapshotOf(this.#cy, {
      layout: this.currentLayout,
      largeGraphMode: this.surface.large,
      webgl: this.surface.webgl,
    });
  }

  /** Layouts finished (placed, cancelled or superseded) since the view was made. */
  get layoutsDone(): number {
    return this.finishedLayouts;
  }

  /** Resolves once the layouts asked for so far have finished. */
  async layoutDone(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.running;
      await seen.catch(() => {});
    } while (seen !== this.running);
  }

  /**
   * Large-graph mode on or off (see ./large-graph.ts), or `null` to decide by size again (on
   * above `hideEdgesAbove` elements).
   */
  setLargeGraphMode(on: boolean | null): void {
    this.surface.setLargeGraphMode(on);
  }

  /**
   * Replaces every element; positions are set by the next `runLayout`, and until then nothing
   * is drawn or styled: the new elements are held in one Cytoscape batch (./held-batch.ts).
   * A `runLayout` must follow: it ends the batch (early, if its layout measures the nodes).
   * `graphId` names the graph in the layout cache: give the same id only to the same graph.
   */
  setElements(elements: ElementDefinition[], options: { graphId?: string | null } = {}): void {
    const cy = this.#cy;
    this.offPage.cancel();
    this.layoutRun++;
    this.graphId = options.graphId ?? null;
    cy.batch(() => cy.elements().remove());
    this.held.hold(cy);
    cy.add(elements).nodes().addClass(PENDING_CLASS);
    this.pending = true;
    this.surface.applyLargeGraph();
    this.bands.apply(true);
  }

  /** Shows what `setElements` held back, placing it on a grid if no layout placed it. */
  private reveal(placed: boolean): void {
    if (!this.pending) return;
    this.pending = false;
    const cy = this.#cy;
    try {
      if (!placed) {
        // the grid sizes its cells by the nodes' boxes: they need their styles first
        this.held.end();
        cy.layout({ name: 'grid', fit: true, animate: false }).run();
      }
      cy.nodes().removeClass(PENDING_CLASS);
    } finally {
      this.held.end();
    }
  }

  /** Relabels every node in `lang` (nodes carry both labels in their data). */
  setLanguage(lang: Lang): void {
    applyLanguage(this.#cy, lang);
    this.bands.scheduleDeclutter();
  }

  setPalette(palette: CanvasPalette): void {
    // Re-styling is a pass over every element: skip it when nothing changes.
    if (palette === this.palette) return;
    this.palette = palette;
    this.#cy.style(this.stylesheetFor(palette));
  }

  /** Re-measures labels, e.g. once a web font has loaded. */
  refreshStyle(): void {
    this.#cy.style().update();
  }

  /** Shows exactly these nodes and edges; everything else is hidden. */
  setVisible(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
    applyVisibility(this.#cy, nodeIds, edgeIds);
    this.bands.scheduleDeclutter();
  }

  /**
   * Marks the selected node and its neighbourhood; everything outside it is faded. `near` holds
   * the node and edge ids of the neighbourhood (the selection included).
   */
  setSelection(
    id: string | null,
    near?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  ): void {
    applySelection(this.#cy, id, near);
    this.bands.scheduleDeclutter();
  }

  /** Draws the keyboard cursor (a dashed ring) on one node, or removes it. */
  setCursor(id: string | null): void {
    applyCursor(this.#cy, id);
  }

  /**
   * Highlights a path or any set of elements and dims everything else; `key` nodes (a path's
   * ends, where two lineages split) are marked more strongly. Its classes (`path`, `path-key`,
   * `dimmed`) are its own, so selecting a node on the path keeps the path marked.
   */
  highlight(set: {
    nodes: Iterable<string>;
    edges: Iterable<string>;
    key?: Iterable<string>;
  }): void {
    applyHighlight(this.#cy, set);
    this.bands.scheduleDeclutter();
  }

  clearHighlight(): void {
    clearHighlight(this.#cy);
    this.bands.scheduleDeclutter();
  }

  /** Moves the viewport to show these nodes (those on screen), e.g. a highlighted path. */
  fitTo(ids: Iterable<string>): void {
    fitNodes(this.#cy, ids, this.animate);
  }

  /**
   * Runs a layout over the visible elements (or `only` those ids). Resolves when nodes have
   * reached their places. A newer call supersedes an older one still animating.
   */
  runLayout(name: LayoutName, options: LayoutRunOptions = {}): Promise<void> {
    const done = this.runLayoutNow(name, options);
    this.running = done;
    return done;
  }

  private async runLayoutNow(name: LayoutName, options: LayoutRunOptions): Promise<void> {
    const run = ++this.layoutRun;
    // A lineage still computing for an older run is of no use any more.
    this.offPage.cancel();
    let placed = false;
    try {
      placed = await this.layOut(run, name, options);
    } finally {
      if (run === this.layoutRun) this.reveal(placed);
      this.bands.scheduleDeclutter();
      this.finishedLayouts++;
    }
  }

  /**
   * Stops the layout being computed in a worker, if any: the nodes keep their places (a graph
   * never laid out is shown on a grid). True when there was one to stop.
   */
  cancelLayout(): boolean {
    return this.offPage.cancel();
  }

  /** The body of `runLayout` (./place-layout.ts): false when cancelled or superseded. */
  private layOut(run: number, name: LayoutName, options: LayoutRunOptions): Promise<boolean> {
    this.currentLayout = name;
    return placeLayout(
      {
        cy: this.#cy,
        animate: (options.animate ?? true) && this.animate,
        current: () => run === this.layoutRun,
        graphId: this.graphId,
        offPage: this.offPage,
        endHeldBatch: () => this.held.end(),
        ticksAdded: () => this.bands.apply(true),
        // Moves the viewport to show `positions` (see `LayoutRunOptions.viewport`).
        moveViewport: (positions, mode, centre, animate) =>
          showPositions(this.#cy, positions, { mode, centre, animate }),
      },
      name,
      options,
    );
  }

  /** Brings every visible element into view. */
  fit(): void {
    fitVisible(this.#cy, this.animate);
  }

  /** Centres the view on a node, zooming in a little when the view is far out. */
  center(id: string): void {
    centreOn(this.#cy, id, this.animate);
  }

  /** Zooms around the centre of the view by `factor`. */
  zoomBy(factor: number): void {
    zoomAroundMiddle(this.#cy, factor);
  }

  /** Zooms to `level` at once, centred on node `centreId` if given (automation, tests). */
  zoomTo(level: number, centreId?: string): void {
    zoomToNode(this.#cy, level, centreId);
  }

  /**
   * The one export entry point: a picture of the graph as the Export menu, the embed (the
   * CLI's picture export) and the bench make it. The export code loads on first use.
   * @throws ExportError
   */
  exportPicture(format: 'png', options: PictureRequest): Promise<PngExport>;
  exportPicture(format: 'svg', options: PictureRequest): Promise<SvgExport>;
  async exportPicture(
    format: 'png' | 'svg',
    options: PictureRequest,
  ): Promise<PngExport | SvgExport> {
    const picture: PictureOptions = {
      ...options,
      screenPalette: this.palette,
      stylesheetFor: (palette) => this.stylesheetFor(palette),
    };
    if (format === 'svg') return (await import('./export/svg')).exportSvg(this.#cy, picture);
    return (await import('./export/png')).exportPng(this.#cy, picture);
  }

  /** Cytoscape's own PNG of the whole graph, the reference an export is checked against. */
  rendererPng(options: { scale: number; background: string }): Promise<Blob> {
    return this.#cy.png({
      full: true,
      scale: options.scale,
      bg: options.background,
      output: 'blob-promise',
    });
  }

  destroy(): void {
    if (active === this) setActive(null);
    this.offPage.cancel();
    this.bands.dispose();
    this.#cy.destroy();
  }
}
