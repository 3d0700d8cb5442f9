/**
 * Large-graph mode: what the canvas gives up to stay responsive with thousands of elements, by
 * Cytoscape's own means. Edges become solid haystack lines (no arrows, no `?` labels: the
 * lineage reads top to bottom anyway) and vanish while the view moves. Solid, because a dash
 * pattern is in model units: at the zoom that fits 5,000 nodes an inferred edge's dots are a
 * twentieth of a pixel, and rasterizing them cost more than everything else in the picture. The
 * view moves as a texture; labels are drawn only where they would be at least
 * `LARGE_MIN_FONT_PX` on screen, which keeps hubs (drawn larger) labelled farther out than
 * leaves. Cytoscape's WebGL renderer is used in this mode only where a hardware GPU is
 * detected: in software GL (SwiftShader, llvmpipe) it is slower than the canvas.
 */
import type { StylesheetJson } from 'cytoscape';

/** From this many elements (nodes + edges) the explorer turns large-graph mode on by itself. */
export const LARGE_GRAPH_ELEMENTS = 2000;

/** Labels smaller than this on screen are skipped in large-graph mode (12 leaf, 26 hub). */
export const LARGE_MIN_FONT_PX = 10;

/** Whether a graph of `elementCount` nodes and edges starts in large-graph mode. */
export function isLargeGraph(elementCount: number): boolean {
  return elementCount > LARGE_GRAPH_ELEMENTS;
}

/**
 * Rules appended to the stylesheet in large-graph mode. They come last, so they win over the
 * relation and certainty rules for the same properties.
 */
export function largeGraphStyles(): StylesheetJson {
  return [
    {
      selector: 'node',
      style: {
        'min-zoomed-font-size': LARGE_MIN_FONT_PX,
        'text-outline-width': 1.5,
        'transition-duration': 0,
      },
    },
    {
      selector: 'edge',
      style: {
        'curve-style': 'haystack',
        'haystack-radius': 0,
        'target-arrow-shape': 'none',
        label: '',
        'line-style': 'solid',
        'transition-duration': 0,
      },
    },
  ];
}

/** Hides elements until their first layout has placed them (see GraphView.setElements). */
export const PENDING_CLASS = 'pending';

export const pendingStyles: StylesheetJson = [
  { selector: `.${PENDING_CLASS}`, style: { visibility: 'hidden' } },
];

/** What a WebGL renderer string says about the GPU behind it. */
export type GpuKind = 'hardware' | 'software' | 'none';

const SOFTWARE_GL = /swiftshader|llvmpipe|softpipe|software|lavapipe|basic render|mesa offscreen/i;

/** `hardware` unless the renderer names a software rasterizer (or is unknown). */
export function gpuKindOf(renderer: string | null | undefined): GpuKind {
  if (!renderer) return 'none';
  return SOFTWARE_GL.test(renderer) ? 'software' : 'hardware';
}

let detected: GpuKind | null = null;

/**
 * The GPU behind WebGL 2 in this browser, asked once through `WEBGL_debug_renderer_info`
 * (falling back to the plain `RENDERER` string). Never throws: no WebGL 2 at all is `none`.
 */
export function detectGpu(): GpuKind {
  if (detected !== null) return detected;
  detected = 'none';
  try {
    if (typeof document === 'undefined') return detected;
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return detected;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) as unknown;
    detected = gpuKindOf(typeof renderer === 'string' ? renderer : null);
    gl.getExtension('WEBGL_lose_context')?.loseContext();
  } catch {
    detected = 'none';
  }
  return detected;
}
