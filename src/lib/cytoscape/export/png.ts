/**
 * PNG export: the visible graph (the whole of it, or the current view) is painted by Cytoscape's
 * own renderer straight onto the picture's canvas (src/lib/cytoscape/export/paint-graph.ts), then
 * the background goes behind it and the caption and legend beside it, in the bundled fonts. The
 * size is checked against the canvas limits first and the scale lowered to fit if need be; a
 * picture that comes out blank is refused, never saved.
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
import { paintGraph, type Context2D } from './paint-graph';
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
    {
      palette,
      screenPalette: options.screenPalette,
      liftLabels: full,
      stylesheetFor: options.stylesheetFor,
    },
    async () => {
      if (cy.nodes(':visible').empty()) {
        throw new ExportError('empty', 'nothing to export: every node is hidden by the filters');
      }
      const box = cy.elements(':visible').boundingBox();
      const content = full
        ? { width: Math.max(1, Math.ceil(box.w)), height: Math.max(1, Math.ceil(box.h)) }
        : { width: Math.max(1, cy.width()), height: Math.max(1, cy.height()) };
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
      const surface = rasterSurface(choice.width, choice.height);
      if (!surface) {
        throw new ExportError(
          'canvas',
          `the browser could not make a ${choice.width}×${choice.height} picture; choose a smaller scale`,
        );
      }
      const { context } = surface;
      // the graph first, on a transparent canvas, so that a blank one can be told
      const { x, y, width, height } = frame.content;
      context.save();
      if (!full) {
        // the view's box, on whole pixels so that its edges stay sharp
        context.beginPath();
        context.rect(
          Math.round(x * choice.scale),
          Math.round(y * choice.scale),
          Math.round(width * choice.scale),
          Math.round(height * choice.scale),
        );
        context.clip();
      }
      context.scale(choice.scale, choice.scale);
      if (full) {
        context.translate(x - box.x1, y - box.y1);
      } else {
        const pan = cy.pan();
        context.translate(x + pan.x, y + pan.y);
        context.scale(cy.zoom(), cy.zoom());
      }
      const painted = paintGraph(
        cy,
        context,
        full
          ? { scale: choice.scale, labels: 'all' }
          : { scale: choice.scale * cy.zoom(), labels: 'as-on-screen', within: cy.extent() },
      );
      context.restore();
      if (!painted) {
        // a renderer that cannot paint onto our canvas: its own picture, composed
        const image = await createImageBitmap(
          await cy.png({
            output: 'blob-promise',
            full,
            maxWidth: content.width * choice.scale,
            maxHeight: content.height * choice.scale,
          }),
        );
        context.drawImage(
          image,
          x * choice.scale,
          y * choice.scale,
          width * choice.scale,
          height * choice.scale,
        );
        image.close();
      }
      if (!hasInk(surface.canvas)) {
        throw new ExportError(
          'blank',
          full
            ? 'the picture came out blank; try again once the graph has finished drawing'
            : 'nothing is in view; press Fit or choose the whole graph',
        );
      }
      return { surface, choice, frame };
    },
  );

  // the screen has its own style back; what is left works on the picture alone
  const { surface, choice, frame } = drawn;
  const { context } = surface;
  const fill = backgroundFill(options.background);
  if (fill) {
    context.globalCompositeOperation = 'destination-over';
    context.fillStyle = fill;
    context.fillRect(0, 0, choice.width, choice.height);
    context.globalCompositeOperation = 'source-over';
  }
  context.save();
  context.scale(choice.scale, choice.scale);
  drawMarks(context, frame.marks, FONT_FAMILY);
  context.restore();
  const blob = await surface.encode();
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
}

interface RasterSurface {
  readonly canvas: OffscreenCanvas | HTMLCanvasElement;
  readonly context: Context2D;
  encode(): Promise<Blob | null>;
}

/**
 * A canvas to draw the picture on, or null when the browser refuses one that size. An
 * `OffscreenCanvas` where there is one: Chromium encodes its PNG on another thread, about four
 * times faster than a page canvas's `toBlob` (which encodes in the page's idle time): 1.1 s
 * rather than 5 s for a 31-megapixel picture here.
 */
function rasterSurface(width: number, height: number): RasterSurface | null {
  try {
    if (typeof OffscreenCanvas === 'function') {
      const canvas = new OffscreenCanvas(width, height);
      const context = canvas.getContext('2d');
      if (!context || canvas.width !== width || canvas.height !== height) return null;
      return {
        canvas,
        context,
        encode: () => canvas.convertToBlob({ type: 'image/png' }).catch(() => null),
      };
    }
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context || canvas.width !== width || canvas.height !== height) return null;
    return {
      canvas,
      context,
      encode: () => new Promise((resolve) => canvas.toBlob(resolve, 'image/png')),
    };
  } catch {
    return null;
  }
}

/**
 * Whether a transparent picture has anything drawn on it, judged on a small copy (a refused or
 * failed canvas comes back fully transparent).
 */
function hasInk(image: OffscreenCanvas | HTMLCanvasElement): boolean {
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
