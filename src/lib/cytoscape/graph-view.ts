/**
 * The Cytoscape adapter: the only code that holds a `cy` instance. A `GraphView` owns one
 * instance, takes plain values (element definitions, id sets, a palette) and reports what the
 * person does through callbacks. Svelte components mount it with the `graphCanvas` action and
 * never see `cy`; tools that need it (export, automation) reach it through `activeGraphView()`.
 *
 * Imperative surface, for the panels built on top:
 * - `highlight({ nodes, edges })` / `clearHighlight()`: a path or set drawn over a dimmed rest,
 *   `fitTo(ids)` to bring it into view;
 * - `runLayout(name, { only })`: a layout over a subset (e.g. "Lineage of …");
 * - `cancelLayout()`: stops a layout being computed in a worker;
 * - `setLargeGraphMode(on)`: the large-graph settings of ./large-graph.ts;
 * - `exportPng(...)`: the whole graph as a PNG blob.
 *
 * Layouts live in ./layouts, one folder per layout. The lineage, and the Network of more than
 * `NETWORK_WORKER_ABOVE` nodes, are computed off the page by ./layouts/run-layout.ts (cache →
 * worker → progress → cancel), with progress reported through `onLayoutProgress`.
 */
import cytoscape, {
  type Core,
  type CytoscapeOptions,
  type ElementDefinition,
  type NodeSingular,
} from 'cytoscape';
import { PALETTES, type CanvasPalette } from './encoding';
import type { Lang } from './elements';
import type { ExportBackground } from './export/picture';
import { CROWDED_CLASS, declutterLabels } from './label-declutter';
import {
  detectGpu,
  LARGE_GRAPH_ELEMENTS,
  largeGraphStyles,
  PENDING_CLASS,
  pendingStyles,
} from './large-graph';
import { NETWORK_WORKER_ABOVE, networkOptionsFor } from './layouts/network/defaults';
import { ensureFcose } from './layouts/network/off-page';
import { OffPageLayouts, type LayoutProgress } from './layouts/run-layout';
import { timelineItemsOf, timelinePositions } from './layouts/timeline/positions';
import type { LayoutName, Positions } from './layouts/types';
import { graphStylesheet } from './style';

export type { LayoutProgress };

export interface GraphViewCallbacks {
  /** A node was tapped (its id), or the background (null). */
  onSelect?(id: string | null): void;
  /** A layout is being computed in a worker (repeatedly, as it goes), or none is (null). */
  onLayoutProgress?(progress: LayoutProgress | null): void;
}

export interface GraphViewOptions {
  palette?: CanvasPalette;
  /**
   * Above this many elements, large-graph mode is on until `setLargeGraphMode` says otherwise
   * (default `LARGE_GRAPH_ELEMENTS`).
   */
  hideEdgesAbove?: number;
  /** Animations are skipped when false (reduced motion, tests, headless). */
  animate?: boolean;
  /**
   * Cytoscape's WebGL renderer in large-graph mode: `auto` (default) only on a hardware GPU,
   * `off` never, `on` wherever WebGL 2 works (for testing; slower than the canvas in software GL).
   */
  webgl?: 'auto' | 'on' | 'off';
}

export interface LayoutRunOptions {
  /** Lay out only these node ids (and the edges among them); the rest keep their places. */
  only?: Iterable<string>;
  animate?: boolean;
  /**
   * Where the viewport goes afterwards: `all` fits every laid-out node; `readable` (default)
   * fits too, unless a `centre` is given and labels would be too small to read, in which case
   * it zooms to a readable scale centred on that node; `none` leaves it.
   */
  viewport?: 'all' | 'readable' | 'none';
  /** The node to centre on when the whole graph cannot be shown readably. */
  centre?: string | null;
}

const ANIMATION_MS = 420;
const FIT_PADDING = 48;
/** The least zoom at which 12px labels stay legible; a fit below this shows only dots. */
const READABLE_ZOOM = 0.62;
/** Small graphs are not blown up beyond this zoom by a fit. */
const MAX_FIT_ZOOM = 1.3;
const TICK_CLASS = 'tick';
const LARGE_GRAPH_DEFAULT = LARGE_GRAPH_ELEMENTS;

let active: GraphView | null = null;

type ZoomBand = 'near' | 'mid' | 'far';

function setActive(view: GraphView | null): void {
  active = view;
}

/** The view currently on screen, for export and automation; null before mount. */
export function activeGraphView(): GraphView | null {
  return active;
}

export class GraphView {
  private core: Core;
  private readonly container: HTMLElement | null;
  private readonly callbacks: GraphViewCallbacks;
  private readonly animate: boolean;
  private readonly hideEdgesAbove: number;
  private readonly webglChoice: 'auto' | 'on' | 'off';
  private layoutRun = 0;
  private zoomBand: ZoomBand = 'near';
  private zoomBandPending = false;
  private currentLayout: LayoutName = 'lineage';
  private palette: CanvasPalette;
  /** Identifies the graph in the layout cache; null: positions are not cached. */
  private graphId: string | null = null;
  /** The large-graph mode asked for, or null to decide by size. */
  private largeChoice: boolean | null = null;
  private large = false;
  private webglActive = false;
  /** Set once WebGL failed here, so it is not tried again. */
  private webglBroken = false;
  /** Elements carry PENDING_CLASS until a layout has placed them. */
  private pending = false;
  /** The instance holding the pending elements in a batch (see `setElements`). */
  private pendingBatch: Core | null = null;
  private declutterPending = false;
  private zoomSettle: ReturnType<typeof setTimeout> | undefined;
  /** Layouts computed off the page (cache → worker → progress → cancel). */
  private readonly offPage: OffPageLayouts;

  constructor(
    container: HTMLElement | null,
    callbacks: GraphViewCallbacks = {},
    options: GraphViewOptions = {},
  ) {
    this.container = container;
    this.callbacks = callbacks;
    this.animate = options.animate ?? true;
    this.hideEdgesAbove = options.hideEdgesAbove ?? LARGE_GRAPH_DEFAULT;
    this.webglChoice = options.webgl ?? 'auto';
    this.palette = options.palette ?? PALETTES.light;
    this.offPage = new OffPageLayouts((progress) => this.callbacks.onLayoutProgress?.(progress));
    this.core = this.createCore(false);
    if (container) setActive(this);
  }

  /** The Cytoscape instance. Read it for export; change the graph only through the methods. */
  get cy(): Core {
    return this.core;
  }

  private stylesheet(): cytoscape.StylesheetJson {
    return this.stylesheetFor(this.palette);
  }

  /** This view's stylesheet in `palette` (an export on another background draws with it). */
  stylesheetFor(palette: CanvasPalette): cytoscape.StylesheetJson {
    return [
      ...graphStylesheet(palette),
      ...pendingStyles,
      ...(this.large ? largeGraphStyles() : []),
    ];
  }

  /**
   * A Cytoscape instance on the container, with the WebGL renderer if `webgl` and it starts;
   * WebGL failing to start, or losing its context later, falls back to the canvas renderer.
   */
  private createCore(webgl: boolean): Core {
    const options: CytoscapeOptions = {
      ...(this.container ? { container: this.container } : { headless: true }),
      style: this.stylesheet(),
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: this.large ? 0.005 : 0.05,
      maxZoom: 4,
      hideEdgesOnViewport: this.large,
      textureOnViewport: this.large,
      autoungrabify: this.large,
    };
    let core: Core | null = null;
    if (webgl && this.container) {
      try {
        core = cytoscape({
          ...options,
          renderer: { name: 'canvas', webgl: true },
        } as CytoscapeOptions);
        const canvases = this.container.querySelectorAll('canvas');
        canvases.forEach((canvas) =>
          canvas.addEventListener('webglcontextlost', () => this.dropWebgl(), { once: true }),
        );
      } catch {
        this.webglBroken = true;
        this.container.replaceChildren();
        core = null;
      }
    }
    this.webglActive = core !== null;
    core ??= cytoscape(options);
    core.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass(TICK_CLASS)) this.callbacks.onSelect?.(node.id());
    });
    core.on('tap', (event) => {
      if (event.target === core) this.callbacks.onSelect?.(null);
    });
    core.on('zoom', () => {
      this.scheduleZoomBand();
      if (this.large) return;
      // Zooming shows or drops labels by their rendered size: declutter once it settles.
      clearTimeout(this.zoomSettle);
      this.zoomSettle = setTimeout(() => this.scheduleDeclutter(), 150);
    });
    // A dragged node takes its label somewhere else.
    core.on('dragfree', 'node', () => this.scheduleDeclutter());
    return core;
  }

  /** WebGL lost its context: carry on with the canvas renderer. */
  private dropWebgl(): void {
    this.webglBroken = true;
    if (this.webglActive) queueMicrotask(() => this.rebuild(false));
  }

  /** A new Cytoscape instance (renderer switch) with the same elements, styles and viewport. */
  private rebuild(webgl: boolean): void {
    const old = this.core;
    const elements = old.elements().jsons() as unknown as ElementDefinition[];
    const viewport = { zoom: old.zoom(), pan: { ...old.pan() } };
    const held = this.pendingBatch === old;
    old.destroy();
    this.container?.replaceChildren();
    this.core = this.createCore(webgl);
    if (held) {
      // the elements are still pending: the new instance holds them back the same way
      this.core.startBatch();
      this.pendingBatch = this.core;
      this.core.add(elements);
    } else {
      this.core.batch(() => this.core.add(elements));
    }
    this.core.viewport(viewport);
  }

  /** Whether Cytoscape draws with WebGL right now. */
  get webgl(): boolean {
    return this.webglActive;
  }

  /** Whether large-graph mode is on. */
  get largeGraphMode(): boolean {
    return this.large;
  }

  /**
   * Large-graph mode on or off (see ./large-graph.ts), or `null` to decide by size again (on
   * above `hideEdgesAbove` elements).
   */
  setLargeGraphMode(on: boolean | null): void {
    this.largeChoice = on;
    this.applyLargeGraph();
  }

  private applyLargeGraph(): void {
    const large = this.largeChoice ?? this.core.elements().length > this.hideEdgesAbove;
    // Zoomed out over thousands of nodes, a press almost always lands on one: dragging would
    // move that node (and redraw every node each frame) where the person meant to pan. So in
    // this mode nodes are not grabbed and a drag that starts on one pans; a tap still selects.
    this.core.autoungrabify(large);
    const nodes = this.core.nodes();
    if (large) nodes.panify();
    else nodes.unpanify();
    const webgl =
      large &&
      !this.webglBroken &&
      this.container !== null &&
      (this.webglChoice === 'on' || (this.webglChoice === 'auto' && detectGpu() === 'hardware'));
    if (large === this.large && webgl === this.webglActive) return;
    this.large = large;
    // Large graphs label by rendered size alone (see scheduleDeclutter).
    if (large) this.core.nodes(`.${CROWDED_CLASS}`).removeClass(CROWDED_CLASS);
    // A fit of thousands of nodes needs to zoom out further than a small graph ever should.
    this.core.minZoom(large ? 0.005 : 0.05);
    if (webgl !== this.webglActive) {
      this.rebuild(webgl);
    } else {
      // Cytoscape reads these renderer options live.
      const renderer = (
        this.core as unknown as {
          renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean };
        }
      ).renderer?.();
      if (renderer) {
        renderer.hideEdgesOnViewport = large;
        renderer.textureOnViewport = large;
      }
      this.core.style(this.stylesheet());
    }
    this.applyZoomBand(true);
  }

  /**
   * Semantic zoom: zoomed far out, labels grow (in model units) so that hubs stay legible while
   * leaves drop below the minimum rendered size and disappear. Classes change only when the
   * zoom crosses a band, at most once per frame.
   */
  private scheduleZoomBand(): void {
    if (this.zoomBandPending) return;
    this.zoomBandPending = true;
    const apply = () => {
      this.zoomBandPending = false;
      this.applyZoomBand();
    };
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(apply);
    else apply();
  }

  /**
   * Hides labels that would overlap more prominent ones (label-declutter.ts), once per frame
   * however many changes ask for it. Not in large-graph mode, where labels show by rendered
   * size alone, nor headless, where there are no labels to measure.
   */
  private scheduleDeclutter(): void {
    if (this.large || this.declutterPending || typeof requestAnimationFrame !== 'function') return;
    this.declutterPending = true;
    requestAnimationFrame(() => {
      this.declutterPending = false;
      if (this.large || this.pending || this.core.destroyed()) return;
      declutterLabels(this.core, `.${TICK_CLASS}`);
    });
  }

  private applyZoomBand(force = false): void {
    const zoom = this.cy.zoom();
    // Large graphs label by rendered font size alone: re-styling thousands of nodes whenever
    // the zoom crosses a band would cost a long frame.
    const band: ZoomBand = this.large ? 'near' : zoom < 0.3 ? 'far' : zoom < 0.45 ? 'mid' : 'near';
    if (band === this.zoomBand && !force) return;
    this.zoomBand = band;
    this.cy.batch(() => {
      const nodes = this.cy.nodes();
      nodes.removeClass('zoom-far zoom-mid');
      if (band !== 'near') nodes.addClass(`zoom-${band}`);
    });
    this.scheduleDeclutter();
  }

  /**
   * Replaces every element; positions are set by the next `runLayout`, and until then nothing
   * is drawn or styled: the new elements are held in one Cytoscape batch until `reveal`, so
   * they are styled once, where they will be shown, instead of once at the origin (drawn as
   * thousands of zero-length edges while the lineage computes) and again when revealed. At
   * 5,000 nodes that first pass was some 3 s before the worker's positions could even arrive.
   * A `runLayout` must follow: it ends the batch (early, if its layout measures the nodes).
   * `graphId` names the graph in the layout cache: give the same id only to the same graph.
   */
  setElements(elements: ElementDefinition[], options: { graphId?: string | null } = {}): void {
    const cy = this.cy;
    this.offPage.cancel();
    this.layoutRun++;
    this.graphId = options.graphId ?? null;
    cy.batch(() => cy.elements().remove());
    if (this.pendingBatch !== cy) {
      cy.startBatch();
      this.pendingBatch = cy;
    }
    // Cytoscape draws no frame while batching: the old graph would stay on the canvas, frozen,
    // until the new one is placed; the canvas is hidden instead (the progress bar is not on it)
    if (this.container) this.container.style.visibility = 'hidden';
    cy.add(elements).nodes().addClass(PENDING_CLASS);
    this.pending = true;
    this.applyLargeGraph();
    this.applyZoomBand(true);
  }

  /** Shows what `setElements` held back, placing it on a grid if no layout placed it. */
  private reveal(placed: boolean): void {
    if (!this.pending) return;
    this.pending = false;
    const cy = this.cy;
    try {
      if (!placed) {
        // the grid sizes its cells by the nodes' boxes: they need their styles first
        this.endPendingBatch();
        cy.layout({ name: 'grid', fit: true, animate: false }).run();
      }
      cy.nodes().removeClass(PENDING_CLASS);
    } finally {
      this.endPendingBatch();
    }
  }

  /**
   * Ends the batch `setElements` opened: Cytoscape styles the elements and draws again. Called
   * before anything that measures nodes (dagre's boxes, fcose on the page, the grid): inside a
   * batch, new elements have no style yet, and Cytoscape would give every node its default
   * 30 px box without a label.
   */
  private endPendingBatch(): void {
    const held = this.pendingBatch;
    this.pendingBatch = null;
    if (this.container) this.container.style.visibility = '';
    if (held && !held.destroyed()) held.endBatch();
  }

  /** Relabels every node in `lang` (nodes carry both labels in their data). */
  setLanguage(lang: Lang): void {
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not(`.${TICK_CLASS}`)
        .forEach((node) => {
          // Setting data restyles the node even when the value is the same: skip those.
          const label = node.data(lang) as string;
          if (node.data('label') !== label) node.data('label', label);
        });
    });
    this.scheduleDeclutter();
  }

  setPalette(palette: CanvasPalette): void {
    // Re-styling is a pass over every element: skip it when nothing changes.
    if (palette === this.palette) return;
    this.palette = palette;
    this.cy.style(this.stylesheet());
  }

  /** Re-measures labels, e.g. once a web font has loaded. */
  refreshStyle(): void {
    this.cy.style().update();
  }

  /** Shows exactly these nodes and edges; everything else is hidden. */
  setVisible(nodeIds: ReadonlySet<string>, edgeIds: ReadonlySet<string>): void {
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not(`.${TICK_CLASS}`)
        .forEach((node) => {
          node.toggleClass('hidden', !nodeIds.has(node.id()));
        });
      this.cy.edges().forEach((edge) => {
        edge.toggleClass('hidden', !edgeIds.has(edge.id()));
      });
    });
    this.scheduleDeclutter();
  }

  /**
   * Marks the selected node and its neighbourhood; everything outside it is faded. `near` holds
   * the node and edge ids of the neighbourhood (the selection included).
   */
  setSelection(
    id: string | null,
    near?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> },
  ): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().removeClass('current near faded');
      if (id === null || !near) return;
      cy.getElementById(id).addClass('current');
      cy.nodes()
        .not(`.${TICK_CLASS}`)
        .forEach((node) => {
          node.addClass(near.nodes.has(node.id()) ? 'near' : 'faded');
        });
      cy.edges().forEach((edge) => {
        edge.addClass(near.edges.has(edge.id()) ? 'near' : 'faded');
      });
    });
    this.scheduleDeclutter();
  }

  /** Draws the keyboard cursor (a dashed ring) on one node, or removes it. */
  setCursor(id: string | null): void {
    this.cy.nodes('.cursor').removeClass('cursor');
    if (id !== null) this.cy.getElementById(id).addClass('cursor');
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
    const nodes = new Set(set.nodes);
    const edges = new Set(set.edges);
    const key = new Set(set.key ?? []);
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not(`.${TICK_CLASS}`)
        .forEach((n) => {
          n.toggleClass('path', nodes.has(n.id()));
          n.toggleClass('path-key', key.has(n.id()));
          n.toggleClass('dimmed', !nodes.has(n.id()));
        });
      this.cy.edges().forEach((e) => {
        e.toggleClass('path', edges.has(e.id()));
        e.toggleClass('dimmed', !edges.has(e.id()));
      });
    });
    this.scheduleDeclutter();
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('path path-key dimmed');
    this.scheduleDeclutter();
  }

  /** Moves the viewport to show these nodes (those on screen), e.g. a highlighted path. */
  fitTo(ids: Iterable<string>): void {
    const positions: Positions = {};
    for (const id of ids) {
      const node = this.cy.getElementById(id);
      if (node.nonempty() && node.visible()) positions[id] = { ...node.position() };
    }
    this.cy.stop();
    this.moveViewport(positions, 'all', null, this.animate);
  }

  /**
   * Runs a layout over the visible elements (or `only` those ids). Resolves when nodes have
   * reached their places. A newer call supersedes an older one still animating.
   */
  async runLayout(name: LayoutName, options: LayoutRunOptions = {}): Promise<void> {
    const run = ++this.layoutRun;
    // A lineage still computing for an older run is of no use any more.
    this.offPage.cancel();
    let placed = false;
    try {
      placed = await this.layOut(run, name, options);
    } finally {
      if (run === this.layoutRun) this.reveal(placed);
      this.scheduleDeclutter();
    }
  }

  /**
   * Stops the layout being computed in a worker, if any: the nodes keep their places (a graph
   * never laid out is shown on a grid). True when there was one to stop.
   */
  cancelLayout(): boolean {
    return this.offPage.cancel();
  }

  /** The body of `runLayout`: false when nothing was placed (cancelled or superseded). */
  private async layOut(run: number, name: LayoutName, options: LayoutRunOptions): Promise<boolean> {
    this.currentLayout = name;
    const cy = this.cy;
    let eles = cy.elements().not('.hidden').not(`.${TICK_CLASS}`);
    if (options.only) {
      const ids = new Set(options.only);
      const nodes = eles.nodes().filter((n) => ids.has(n.id()));
      eles = nodes.union(nodes.edgesWith(nodes).not('.hidden'));
    }
    const animate = (options.animate ?? true) && this.animate;
    const viewport = options.viewport ?? 'readable';
    this.removeTicks();
    if (eles.nodes().length === 0) return true;
    // fcose keeps nodes in plain objects keyed by id, so a graph with an id such as
    // `constructor` is laid out off the page too, where network-positions.ts renames its nodes.
    const offPage =
      name === 'lineage' ||
      (name === 'network' &&
        (eles.nodes().length > NETWORK_WORKER_ABOVE ||
          eles
            .nodes()
            .map((node) => node.id())
            .some((id) => id in Object.prototype)));
    if (name === 'network' && !offPage) {
      this.endPendingBatch();
      await ensureFcose();
      if (run !== this.layoutRun) return false;
      await this.runAndWait(
        eles.layout({
          ...networkOptionsFor(eles.nodes().length),
          animate: animate ? 'end' : false,
          animationDuration: ANIMATION_MS,
          fit: false,
        } as unknown as cytoscape.LayoutOptions),
      );
      if (run !== this.layoutRun) return false;
      if (viewport === 'none') return true;
      const positions: Positions = {};
      eles.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      this.moveViewport(positions, viewport, options.centre ?? null, animate);
      return true;
    }
    let positions: Positions;
    if (offPage) {
      const computed = await this.offPage.positionsOf({
        eles,
        name,
        graphId: this.graphId,
        current: () => run === this.layoutRun,
        beforeMeasure: () => this.endPendingBatch(),
      });
      if (computed === null || run !== this.layoutRun) return false;
      positions = computed;
    } else {
      const result = timelinePositions(timelineItemsOf(eles));
      positions = result.positions;
      if (!options.only) this.addTicks(result.ticks, positions);
    }
    const layout = eles.layout({
      name: 'preset',
      // own properties only: an id such as `constructor` must not find Object's
      positions: (node: NodeSingular) =>
        Object.hasOwn(positions, node.id()) ? positions[node.id()] : node.position(),
      animate,
      animationDuration: ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
      fit: false,
    } as cytoscape.LayoutOptions);
    const done = this.runAndWait(layout);
    if (viewport !== 'none')
      this.moveViewport(positions, viewport, options.centre ?? null, animate);
    await done;
    return true;
  }

  /** Moves the viewport to show `positions` (see `LayoutRunOptions.viewport`). */
  private moveViewport(
    positions: Positions,
    mode: 'all' | 'readable',
    centre: string | null,
    animate: boolean,
  ): void {
    const cy = this.cy;
    const points = Object.values(positions);
    if (points.length === 0) return;
    // Labels hang below nodes and spread sideways; pad the node box so they stay in view.
    const x1 = Math.min(...points.map((p) => p.x)) - 60;
    const x2 = Math.max(...points.map((p) => p.x)) + 60;
    const y1 = Math.min(...points.map((p) => p.y)) - 30;
    const y2 = Math.max(...points.map((p) => p.y)) + 45;
    const width = Math.max(cy.width(), 1);
    const height = Math.max(cy.height(), 1);
    let zoom = Math.min(
      (width - 2 * FIT_PADDING) / (x2 - x1),
      (height - 2 * FIT_PADDING) / (y2 - y1),
      MAX_FIT_ZOOM,
    );
    let cx = (x1 + x2) / 2;
    let cyy = (y1 + y2) / 2;
    const p = centre !== null && Object.hasOwn(positions, centre) ? positions[centre] : undefined;
    if (mode === 'readable' && zoom < READABLE_ZOOM && p) {
      zoom = READABLE_ZOOM;
      cx = p.x;
      cyy = p.y;
    }
    zoom = Math.max(cy.minZoom(), zoom);
    const pan = { x: width / 2 - cx * zoom, y: height / 2 - cyy * zoom };
    if (animate) cy.animate({ zoom, pan, duration: ANIMATION_MS, easing: 'ease-in-out-cubic' });
    else cy.viewport({ zoom, pan });
  }

  /** The layout most recently run. */
  get layout(): LayoutName {
    return this.currentLayout;
  }

  private runAndWait(layout: cytoscape.Layouts): Promise<void> {
    return new Promise((resolve) => {
      layout.one('layoutstop', () => resolve());
      layout.run();
    });
  }

  /** Year labels down the left side of the timeline, as unselectable nodes. */
  private addTicks(ticks: { year: number | null; y: number }[], positions: Positions): void {
    const xs = Object.values(positions).map((p) => p.x);
    const left = Math.min(...xs) - 80;
    let lastYear: number | null = null;
    this.cy.add(
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
    this.applyZoomBand(true);
  }

  private removeTicks(): void {
    this.cy.nodes(`.${TICK_CLASS}`).remove();
  }

  /** Brings every visible element into view. */
  fit(): void {
    const eles = this.cy.elements().not('.hidden');
    this.cy.stop();
    if (this.animate)
      this.cy.animate({ fit: { eles, padding: FIT_PADDING }, duration: ANIMATION_MS });
    else this.cy.fit(eles, FIT_PADDING);
  }

  /** Centres the view on a node, zooming in a little when the view is far out. */
  center(id: string): void {
    const node = this.cy.getElementById(id);
    if (node.empty()) return;
    const zoom = Math.max(this.cy.zoom(), 0.85);
    if (this.animate) this.cy.animate({ center: { eles: node }, zoom, duration: ANIMATION_MS });
    else {
      this.cy.zoom(zoom);
      this.cy.center(node);
    }
  }

  /** Zooms around the centre of the view by `factor`. */
  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({
      level: cy.zoom() * factor,
      renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 },
    });
  }

  /** The rendered position of a node within the container, for tests and tooltips. */
  renderedPosition(id: string): { x: number; y: number } | null {
    const node = this.cy.getElementById(id);
    return node.empty() ? null : node.renderedPosition();
  }

  /**
   * The graph as a PNG blob, made exactly as "Export PNG" makes it (within the canvas limits,
   * scaled down if need be) but without legend or caption: what the bench times. The export code
   * loads on first use.
   */
  async exportPng(
    options: { scale?: number; background?: ExportBackground; full?: boolean } = {},
  ): Promise<Blob> {
    const { exportPng } = await import('./export/png');
    const picture = await exportPng(this.cy, {
      scale: options.scale ?? 2,
      background: options.background ?? 'white',
      area: (options.full ?? true) ? 'all' : 'view',
      legend: null,
      caption: null,
      lang: 'en',
      screenPalette: this.palette,
      stylesheetFor: (palette) => this.stylesheetFor(palette),
    });
    return picture.blob;
  }

  destroy(): void {
    if (active === this) setActive(null);
    this.offPage.cancel();
    clearTimeout(this.zoomSettle);
    this.cy.destroy();
  }
}

/** "1848", "c. 1848" is the panel's job; the axis only needs BCE marked. */
function formatYear(year: number): string {
  return year < 0 ? `${-year} BCE` : String(year);
}

/**
 * The Svelte action (a plain function, so this layer stays framework-free): mounts a
 * GraphView on the element and hands it to `onReady`; destroys it with the element.
 */
export function graphCanvas(
  element: HTMLElement,
  params: {
    callbacks: GraphViewCallbacks;
    options?: GraphViewOptions;
    onReady(view: GraphView): void;
  },
): { destroy(): void } {
  const view = new GraphView(element, params.callbacks, params.options);
  params.onReady(view);
  return { destroy: () => view.destroy() };
}
