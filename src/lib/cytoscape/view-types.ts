/** The facade's option and callback types (graph-view.ts), apart so callers import no Cytoscape. */
import type { CanvasPalette } from './encoding';
import type { PictureOptions } from './export/picture';
import type { LayoutProgress } from './layouts/run-layout';

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

/** What `exportPicture` takes: the picture's options, less what the view itself knows. */
export type PictureRequest = Omit<PictureOptions, 'screenPalette' | 'stylesheetFor'>;
