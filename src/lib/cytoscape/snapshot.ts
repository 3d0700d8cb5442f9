/**
 * The view as data: the typed, read-only contract that tests, the bench and automation read
 * instead of reaching into Cytoscape (`window.__isms`, set up by src/main.ts in every build).
 * `snapshotOf` is the one place that turns the `cy` instance into plain data; it is given the
 * instance by the facade (graph-view.ts) and never hands it on. Coordinates are SCREEN
 * (rendered) pixels within the canvas unless a field says model.
 */
import type { Core, NodeSingular } from 'cytoscape';
import { CROWDED_CLASS, labelDrawn } from './label-declutter';
import type { LayoutName } from './layouts/types';

/** A box in screen pixels. */
export interface ScreenBox {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** One node of the graph as it is on screen. */
export interface SnapshotNode {
  id: string;
  kind: string;
  /** Shown (not filtered out, not waiting for its first layout). */
  visible: boolean;
  /** Centre, in screen pixels. */
  x: number;
  y: number;
  /** The label is drawn: shown, not decluttered, not transparent, not below the least font size. */
  labelVisible: boolean;
  /** The label's font size on screen, in pixels. */
  labelFontPx: number;
  /** The label's drawn bounds, in screen pixels. */
  labelBox: ScreenBox;
  // Beyond the contract's minimum: what tests of layouts and modes read.
  /** Centre in model coordinates (what layouts compute: gaps in a rank, order). */
  position: { x: number; y: number };
  /** The node's body in model pixels. */
  width: number;
  height: number;
  /** The label in the current language. */
  label: string;
  /** Marks on the node: `current`, `near`, `faded`, `path`, `path-key`, `dimmed`, `pending`, … */
  classes: string[];
}

/** One edge of the graph as it is on screen. */
export interface SnapshotEdge {
  source: string;
  target: string;
  relation: string;
  visible: boolean;
  // Beyond the contract's minimum.
  id: string;
  /** Cytoscape's curve style: `haystack` (plain lines, large-graph mode) or `bezier`. */
  curveStyle: string;
  classes: string[];
}

/** The whole view as data. */
export interface ViewSnapshot {
  zoom: number;
  layout: LayoutName;
  nodes: SnapshotNode[];
  edges: SnapshotEdge[];
  // Beyond the contract's minimum.
  pan: { x: number; y: number };
  /** The canvas size, in screen pixels. */
  width: number;
  height: number;
  largeGraphMode: boolean;
  webgl: boolean;
  /** The timeline's year labels down the side (not graph nodes), in screen pixels. */
  ticks: { label: string; x: number; y: number }[];
  /** Where the timeline's axis is cut (a zig-zag): the years on either side, in screen pixels. */
  breaks: { from: number; to: number; x: number; y: number }[];
}

/**
 * What every build puts on `window.__isms` (src/main.ts), documented in README ("Automation
 * and the bench"). Read-only but for the intents the bench times.
 */
export interface IsmsHook {
  /** The view as data, or null before the canvas is mounted. */
  snapshot(): ViewSnapshot | null;
  /** `performance.now()` when the first graph was drawn, or null until then. */
  readonly firstRenderAt: number | null;
  /** Layouts finished (placed or not) since the page opened. */
  readonly layoutsDone: number;
  /** Resolves when no layout is running or pending any more. */
  layoutDone(): Promise<void>;
  /** Intent: run a layout over what is shown, as the toolbar does (no animation). */
  runLayout(name: LayoutName): Promise<void>;
  /** Intent: zoom to `level`, centred on a node. */
  zoomTo(level: number, centreId?: string): void;
  /** Intent: a picture of the view, exactly as the Export menu makes it (see GraphView). */
  exportPicture(
    format: 'png' | 'svg',
    options?: { scale?: number; background?: 'white' | 'transparent' | 'dark'; full?: boolean },
  ): Promise<Blob>;
  /** Cytoscape's own PNG of the whole graph (`cy.png`), the reference an export is checked against. */
  rendererPng(options: { scale: number; background: string }): Promise<Blob>;
}

const TICK = 'tick';
const TICK_BREAK = 'tick-break';

/** `cy` as data (see `ViewSnapshot`). */
export function snapshotOf(
  cy: Core,
  state: { layout: LayoutName; largeGraphMode: boolean; webgl: boolean },
): ViewSnapshot {
  const zoom = cy.zoom();
  const pan = { ...cy.pan() };
  const screen = (p: { x: number; y: number }) => ({
    x: p.x * zoom + pan.x,
    y: p.y * zoom + pan.y,
  });
  const nodes: SnapshotNode[] = [];
  const ticks: ViewSnapshot['ticks'] = [];
  const breaks: ViewSnapshot['breaks'] = [];
  cy.nodes().forEach((node) => {
    const at = screen(node.position());
    if (node.hasClass(TICK_BREAK)) {
      breaks.push({ from: Number(node.data('from')), to: Number(node.data('to')), ...at });
      return;
    }
    if (node.hasClass(TICK)) {
      ticks.push({ label: String(node.data('label') ?? ''), ...at });
      return;
    }
    nodes.push(nodeOf(node, zoom, at));
  });
  const edges: SnapshotEdge[] = cy.edges().map((edge) => ({
    source: edge.source().id(),
    target: edge.target().id(),
    relation: String(edge.data('relation') ?? ''),
    visible: edge.visible(),
    id: edge.id(),
    curveStyle: String(edge.style('curve-style')),
    classes: edge.classes(),
  }));
  return {
    zoom,
    layout: state.layout,
    nodes,
    edges,
    pan,
    width: cy.width(),
    height: cy.height(),
    largeGraphMode: state.largeGraphMode,
    webgl: state.webgl,
    ticks,
    breaks,
  };
}

function nodeOf(node: NodeSingular, zoom: number, at: { x: number; y: number }): SnapshotNode {
  const visible = node.visible();
  const labelVisible =
    visible &&
    !node.hasClass(CROWDED_CLASS) &&
    Number(node.style('opacity')) > 0 &&
    labelDrawn(node, zoom);
  const box = node.renderedBoundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
  });
  const font = parseFloat(String(node.style('font-size'))) || 0;
  return {
    id: node.id(),
    kind: String(node.data('kind') ?? ''),
    visible,
    x: at.x,
    y: at.y,
    labelVisible,
    labelFontPx: font * zoom,
    labelBox: { x1: box.x1, y1: box.y1, x2: box.x2, y2: box.y2 },
    position: { ...node.position() },
    width: node.width(),
    height: node.height(),
    label: String(node.data('label') ?? ''),
    classes: node.classes(),
  };
}
