/**
 * PNG export: Cytoscape draws the visible graph (the whole of it, or the current view) as
 * `cy.png` does, and the picture is composed onto a canvas of its own with the caption, the legend and
 * the background, in the bundled fonts. The size is checked against the canvas limits first and
 * the scale lowered to fit if need be; a picture that comes out empty is refused, never saved.
 */
import type { Core } from 'cytoscape';
import { FONT_FAMILY } from '../encoding';
import { layoutFrame } from './frame';
import { CANVAS_LIMITS, fitScale } from './limits';
import { drawMarks } from './marks';
import {
  backgroundFill,
  ExportError,
  frameTheme,
  legendEntries,
  paletteFor,
  withExportStyle,
  type PictureOptions,
} from './picture';
import { canvasMeasure, exportFontsReady } from './text';

export interface PngExport {
  readonly blob: Blob;
  readonly width: number;
  readonly height: number;
  /** The scale drawn at: the requested one unless the canvas limits forced a smaller one. */
  readonly scale: number;
  readonly requestedScale: number;
  readonly reduced: boolean;
  /** Milliseconds from the call to the finished file, fonts included. */
  readonly ms: number;
}

/** Draws the graph in `cy` as a PNG with the given options. @throws ExportError */
export async function exportPng(cy: Core, options: PictureOptions): Promise<PngExport> {
  const started = performance.now();
  await exportFontsReady();
  const palette = paletteFor(options.background, options.screenPalette);
  const measure = canvasMeasure(FONT_FAMILY);
  const full = options.area === 'all';

  const drawn = await withExportStyle(
    cy,
    { palette, screenPalette: options.screenPalette, liftLabels: full },
    async () => {
      if (cy.nodes(':visible').empty()) {
        throw new ExportError('empty', 'nothing to export: every node is hidden by the filters');
      }
      let content: { width: number; height: number };
      if (full) {
        const box = cy.elements(':visible').boundingBox();
        content = { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) };
      } else {
        content = { width: Math.max(1, cy.width()), height: Math.max(1, cy.height()) };
      }
      const frame = layoutFrame(content, {
        caption: options.caption,
        legend: options.legend ? legendEntries(cy, options.lang, options.legend) : null,
        theme: frameTheme(palette),
        measure,
        lang: options.lang,
      });
      const choice = fitScale(
        frame.width,
        frame.height,
        options.scale,
        options.limits ?? CANVAS_LIMITS,
      );
      // maxWidth/maxHeight rather than `scale`: Cytoscape multiplies `scale` by the screen's
      // pixel ratio, and the file's size should not depend on the screen it was made on.
      const graph = await graphImage(cy, {
        full,
        maxWidth: content.width * choice.scale,
        maxHeight: content.height * choice.scale,
      });
      return { frame, choice, graph };
    },
  );

  const { frame, choice } = drawn;
  const image = drawn.graph;
  try {
    if (!hasInk(image)) {
      throw new ExportError(
        'blank',
        full
          ? 'the picture came out blank; try again once the graph has finished drawing'
          : 'nothing is in view; press Fit or choose the whole graph',
      );
    }
    const canvas = document.createElement('canvas');
    canvas.width = choice.width;
    canvas.height = choice.height;
    const context = canvas.getContext('2d');
    if (!context || canvas.width !== choice.width) {
      throw new ExportError(
        'canvas',
        `the browser could not make a ${choice.width}×${choice.height} picture; choose a smaller scale`,
      );
    }
    const fill = backgroundFill(options.background);
    if (fill) {
      context.fillStyle = fill;
      context.fillRect(0, 0, canvas.width, canvas.height);
    }
    context.scale(choice.scale, choice.scale);
    drawMarks(context, frame.marks, FONT_FAMILY);
    const { x, y, width, height } = frame.content;
    context.drawImage(image, x, y, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob || blob.size === 0) {
      throw new ExportError(
        'canvas',
        `the browser could not encode a ${choice.width}×${choice.height} PNG; choose a smaller scale`,
      );
    }
    return {
      blob,
      width: choice.width,
      height: choice.height,
      scale: choice.scale,
      requestedScale: options.scale,
      reduced: choice.reduced,
      ms: Math.round(performance.now() - started),
    };
  } finally {
    image.close?.();
  }
}

type GraphImage = HTMLCanvasElement | ImageBitmap;

interface BufferingRenderer {
  bufferCanvasImage?(options: { full: boolean; maxWidth: number; maxHeight: number }): unknown;
}

/**
 * The graph drawn by Cytoscape on a transparent canvas. `cy.png` encodes that canvas as a PNG,
 * which would be decoded again here only to be composed and encoded once more; on the bundled
 * graph at 2× that round trip is about a third of the export's time. So the renderer's own
 * buffer (what `cy.png` draws into, same options) is used when it has one, and `cy.png` otherwise.
 */
async function graphImage(
  cy: Core,
  options: { full: boolean; maxWidth: number; maxHeight: number },
): Promise<GraphImage & { close?(): void }> {
  const renderer = (cy as unknown as { renderer?(): BufferingRenderer }).renderer?.();
  const canvas = renderer?.bufferCanvasImage?.(options);
  if (canvas instanceof HTMLCanvasElement) return canvas;
  return createImageBitmap(await cy.png({ output: 'blob-promise', ...options }));
}

/**
 * Whether a transparent graph picture has anything drawn on it, judged on a small copy (a
 * refused or failed canvas comes back fully transparent).
 */
function hasInk(image: GraphImage): boolean {
  const side = 256;
  const ratio = Math.min(1, side / Math.max(image.width, image.height));
  const width = Math.max(1, Math.round(image.width * ratio));
  const height = Math.max(1, Math.round(image.height * ratio));
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d', { willReadFrequently: true });
  if (!context) return false;
  context.drawImage(image, 0, 0, width, height);
  const data = context.getImageData(0, 0, width, height).data;
  for (let i = 3; i < data.length; i += 4) if (data[i]! > 0) return true;
  return false;
}
