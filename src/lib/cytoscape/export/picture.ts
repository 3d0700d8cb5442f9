/**
 * What every picture export shares: its options, the palette it is drawn in, the legend of what
 * it shows, and the temporary style that makes the whole graph legible in it. The on-screen view
 * hides small labels when zoomed out (semantic zoom, `min-zoomed-font-size`); an exported file is
 * read at its own size, so for the whole graph every label is lifted back in while drawing, and the
 * screen is put back exactly as it was afterwards.
 */
import type { Core, NodeSingular, StylesheetJson } from 'cytoscape';
import { NODE_KINDS, nodeKinds } from '../../domain/kinds';
import { RELATIONS, relationIds } from '../../domain/relations';
import { KIND_ENCODING, PALETTES, RELATION_ENCODING, type CanvasPalette } from '../encoding';
import { graphStylesheet } from '../style';
import { CROWDED_CLASS } from '../label-declutter';
import type { Caption, FrameTheme, LegendEntries } from './frame';
import type { CanvasLimits } from './limits';

export type ExportBackground = 'white' | 'transparent' | 'dark';
export const exportBackgrounds: readonly ExportBackground[] = ['white', 'transparent', 'dark'];

/** The words of the legend, in the picture's language. */
export interface LegendWords {
  readonly kinds: string;
  readonly relations: string;
  readonly lines: string;
  readonly disputed: string;
  readonly inferred: string;
}

export interface PictureOptions {
  /** Pixels per CSS pixel: 1–4 (a PNG may come out smaller to fit the canvas limits). */
  readonly scale: number;
  readonly background: ExportBackground;
  /** `all`: every visible element, wherever the viewport is; `view`: what is on screen now. */
  readonly area: 'all' | 'view';
  /** The legend's words, or null for no legend. */
  readonly legend: LegendWords | null;
  readonly caption: Caption | null;
  readonly lang: 'en' | 'th';
  /** The palette the screen uses now, restored after drawing. */
  readonly screenPalette: CanvasPalette;
  /**
   * The view's stylesheet in a palette (GraphView.stylesheetFor): what the picture is drawn with
   * when its palette differs from the screen's. Without it, the palette's plain rules, which
   * leave out large-graph mode's.
   */
  readonly stylesheetFor?: (palette: CanvasPalette) => StylesheetJson;
  readonly limits?: CanvasLimits;
}

/** Thrown when a picture cannot be made; `message` is fit to show a person. */
export class ExportError extends Error {
  override readonly name = 'ExportError';
  constructor(
    readonly code: 'empty' | 'blank' | 'canvas',
    message: string,
  ) {
    super(message);
  }
}

/** The fill behind the picture; null for transparent. */
export function backgroundFill(background: ExportBackground): string | null {
  if (background === 'transparent') return null;
  return background === 'dark' ? PALETTES.dark.background : '#ffffff';
}

/**
 * The palette to draw the graph in: dark text on a white background, light text on a dark one;
 * a transparent picture keeps the screen's palette.
 */
export function paletteFor(background: ExportBackground, screen: CanvasPalette): CanvasPalette {
  if (background === 'dark') return PALETTES.dark;
  if (background === 'white') return PALETTES.light;
  return screen;
}

/** The caption's and legend's colours on this background. */
export function frameTheme(palette: CanvasPalette): FrameTheme {
  return palette === PALETTES.dark
    ? { text: '#e7e9ee', muted: '#a3a9b6', rule: '#3a3f4b', swatchOutline: palette.textOutline }
    : { text: '#1f2430', muted: '#5b6270', rule: '#dedad2', swatchOutline: '#ffffff' };
}

const TICK = '.tick';

/** The kinds, relations and line styles among the visible elements, labelled in `lang`. */
export function legendEntries(cy: Core, lang: 'en' | 'th', words: LegendWords): LegendEntries {
  const kinds = new Set<string>();
  cy.nodes(':visible')
    .not(TICK)
    .forEach((node) => {
      kinds.add(String(node.data('kind')));
    });
  const relations = new Set<string>();
  const certainties = new Set<string>();
  cy.edges(':visible').forEach((edge) => {
    relations.add(String(edge.data('relation')));
    // a line style is explained only if it is drawn (large-graph mode draws every edge solid)
    if (edge.style('line-style') !== 'solid') certainties.add(String(edge.data('certainty')));
  });
  return {
    headings: { kinds: words.kinds, relations: words.relations, lines: words.lines },
    kinds: nodeKinds
      .filter((kind) => kinds.has(kind))
      .map((kind) => ({
        label: NODE_KINDS[kind].plural[lang],
        color: KIND_ENCODING[kind].color,
        shape: KIND_ENCODING[kind].shape,
      })),
    relations: relationIds
      .filter((relation) => relations.has(relation))
      .map((relation) => ({
        label: RELATIONS[relation].label[lang],
        color: RELATION_ENCODING[relation].color,
        arrow: RELATION_ENCODING[relation].arrow,
        width: RELATION_ENCODING[relation].width,
      })),
    lines: [
      ...(certainties.has('disputed') ? [{ label: words.disputed, dash: [7, 4] }] : []),
      ...(certainties.has('inferred') ? [{ label: words.inferred, dash: [1.5, 3] }] : []),
    ],
  };
}

/**
 * Resolves once no node is moving (a layout still animating would be drawn half-way), or after
 * `timeoutMs`.
 */
export async function whenStill(cy: Core, timeoutMs = 2000): Promise<void> {
  const until = Date.now() + timeoutMs;
  const frame = () =>
    new Promise<void>((resolve) =>
      typeof requestAnimationFrame === 'function'
        ? requestAnimationFrame(() => resolve())
        : setTimeout(resolve, 16),
    );
  while (
    Date.now() < until &&
    (cy.animated() || cy.nodes().some((node) => (node as NodeSingular).animated()))
  ) {
    await frame();
  }
}

/**
 * Runs `draw` with the graph styled for export: in `palette`, without the keyboard cursor, and,
 * when `liftLabels`, with every label drawn whatever the zoom (the zoom-band classes and the
 * decluttering's `crowded` removed): a picture of the whole graph is drawn at a scale where the
 * labels have room. `min-zoomed-font-size` needs no lifting: the PNG painter tells Cytoscape's
 * `drawElement` which labels to draw (paint-graph.ts: in a whole-graph picture every label at
 * least 2 px tall there; in a picture of the view, those the screen shows), and the SVG writes
 * them all. (Bypassing it on every element cost 0.8 s at 5,000 nodes.) In another palette the
 * graph is drawn with `stylesheetFor` (the view's own rules, large-graph mode's included), and
 * the screen's stylesheet is put back as it was. Everything is restored afterwards, even if
 * `draw` throws.
 */
export async function withExportStyle<T>(
  cy: Core,
  options: {
    palette: CanvasPalette;
    screenPalette: CanvasPalette;
    liftLabels: boolean;
    stylesheetFor?: (palette: CanvasPalette) => StylesheetJson;
  },
  draw: () => T | Promise<T>,
): Promise<T> {
  await whenStill(cy);
  const restyle = options.palette !== options.screenPalette;
  // The screen's own stylesheet comes back afterwards, whatever the view had added to the
  // palette's rules (large-graph mode, pending elements).
  const screenStyle = restyle ? (cy.style() as unknown as { json(): StylesheetJson }).json() : null;
  const far = cy.elements('.zoom-far');
  const mid = cy.elements('.zoom-mid');
  const crowded = cy.nodes(`.${CROWDED_CLASS}`);
  const cursor = cy.nodes('.cursor');
  if (restyle) cy.style((options.stylesheetFor ?? graphStylesheet)(options.palette));
  cy.batch(() => {
    cursor.removeClass('cursor');
    if (options.liftLabels) {
      far.removeClass('zoom-far');
      mid.removeClass('zoom-mid');
      crowded.removeClass(CROWDED_CLASS);
    }
  });
  try {
    return await draw();
  } finally {
    cy.batch(() => {
      if (options.liftLabels) {
        far.addClass('zoom-far');
        mid.addClass('zoom-mid');
        crowded.addClass(CROWDED_CLASS);
      }
      cursor.addClass('cursor');
    });
    if (screenStyle) cy.style(screenStyle);
  }
}
