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
 * - `exportPng(...)`: the whole graph as a PNG blob.
 */
import cytoscape, { type Core, type ElementDefinition, type NodeSingular } from 'cytoscape';
import { PALETTES, type CanvasPalette } from './encoding';
import type { Lang } from './elements';
import { lineagePositions, defaults as lineageDefaults } from './layouts/lineage';
import { defaults as networkDefaults, ensureFcose } from './layouts/network';
import { timelineItemsOf, timelinePositions } from './layouts/timeline';
import type { LayoutName, Positions } from './layouts/types';
import { graphStylesheet } from './style';

export interface GraphViewCallbacks {
  /** A node was tapped (its id), or the background (null). */
  onSelect?(id: string | null): void;
}

export interface GraphViewOptions {
  palette?: CanvasPalette;
  /** Above this many elements, edges are hidden while panning and zooming. */
  hideEdgesAbove?: number;
  /** Animations are skipped when false (reduced motion, tests, headless). */
  animate?: boolean;
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
  /** The Cytoscape instance. Read it for export; change the graph only through the methods. */
  readonly cy: Core;
  private readonly animate: boolean;
  private readonly hideEdgesAbove: number;
  private layoutRun = 0;
  private zoomBand: ZoomBand = 'near';
  private zoomBandPending = false;
  private currentLayout: LayoutName = 'lineage';

  constructor(
    container: HTMLElement | null,
    callbacks: GraphViewCallbacks = {},
    options: GraphViewOptions = {},
  ) {
    this.animate = options.animate ?? true;
    this.hideEdgesAbove = options.hideEdgesAbove ?? 2000;
    this.cy = cytoscape({
      ...(container ? { container } : { headless: true }),
      style: graphStylesheet(options.palette ?? PALETTES.light),
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.05,
      maxZoom: 4,
    });
    this.cy.on('tap', 'node', (event) => {
      const node = event.target as NodeSingular;
      if (!node.hasClass(TICK_CLASS)) callbacks.onSelect?.(node.id());
    });
    this.cy.on('tap', (event) => {
      if (event.target === this.cy) callbacks.onSelect?.(null);
    });
    this.cy.on('zoom', () => this.scheduleZoomBand());
    if (container) setActive(this);
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

  private applyZoomBand(force = false): void {
    const zoom = this.cy.zoom();
    const band: ZoomBand = zoom < 0.3 ? 'far' : zoom < 0.45 ? 'mid' : 'near';
    if (band === this.zoomBand && !force) return;
    this.zoomBand = band;
    this.cy.batch(() => {
      const nodes = this.cy.nodes();
      nodes.removeClass('zoom-far zoom-mid');
      if (band !== 'near') nodes.addClass(`zoom-${band}`);
    });
  }

  /** Replaces every element; positions are set by the next `runLayout`. */
  setElements(elements: ElementDefinition[]): void {
    const cy = this.cy;
    cy.batch(() => {
      cy.elements().remove();
      cy.add(elements);
    });
    // Spread the nodes at once: until the first layout finishes (fcose loads lazily) they would
    // otherwise all sit at the origin, and edges between overlapping nodes cannot be drawn.
    cy.layout({ name: 'grid', fit: false, animate: false }).run();
    this.applyZoomBand(true);
    // Cytoscape reads this renderer option live; large graphs pan smoothly without edges.
    const renderer = (
      cy as unknown as { renderer(): { hideEdgesOnViewport?: boolean } }
    ).renderer?.();
    if (renderer) renderer.hideEdgesOnViewport = elements.length > this.hideEdgesAbove;
  }

  /** Relabels every node in `lang` (nodes carry both labels in their data). */
  setLanguage(lang: Lang): void {
    this.cy.batch(() => {
      this.cy
        .nodes()
        .not(`.${TICK_CLASS}`)
        .forEach((node) => {
          node.data('label', node.data(lang) as string);
        });
    });
  }

  setPalette(palette: CanvasPalette): void {
    this.cy.style(graphStylesheet(palette));
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
  }

  clearHighlight(): void {
    this.cy.elements().removeClass('path path-key dimmed');
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
    if (eles.nodes().length === 0) return;
    if (name === 'network') {
      await ensureFcose();
      if (run !== this.layoutRun) return;
      await this.runAndWait(
        eles.layout({
          ...networkDefaults,
          animate: animate ? 'end' : false,
          animationDuration: ANIMATION_MS,
          fit: false,
        } as unknown as cytoscape.LayoutOptions),
      );
      if (run !== this.layoutRun || viewport === 'none') return;
      const positions: Positions = {};
      eles.nodes().forEach((n) => {
        positions[n.id()] = n.position();
      });
      this.moveViewport(positions, viewport, options.centre ?? null, animate);
      return;
    }
    let positions: Positions;
    if (name === 'lineage') {
      positions = lineagePositions(eles, lineageDefaults);
    } else {
      const result = timelinePositions(timelineItemsOf(eles));
      positions = result.positions;
      if (!options.only) this.addTicks(result.ticks, positions);
    }
    const layout = eles.layout({
      name: 'preset',
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      animate,
      animationDuration: ANIMATION_MS,
      animationEasing: 'ease-in-out-cubic',
      fit: false,
    } as cytoscape.LayoutOptions);
    const done = this.runAndWait(layout);
    if (viewport !== 'none')
      this.moveViewport(positions, viewport, options.centre ?? null, animate);
    await done;
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
    const p = centre !== null ? positions[centre] : undefined;
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

  /** The whole graph (or the current view) as a PNG. */
  exportPng(options: { scale?: number; background?: string; full?: boolean } = {}): Promise<Blob> {
    return this.cy.png({
      output: 'blob-promise',
      full: options.full ?? true,
      scale: options.scale ?? 2,
      bg: options.background ?? PALETTES.light.background,
    });
  }

  destroy(): void {
    if (active === this) setActive(null);
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
