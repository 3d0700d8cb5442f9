/**
 * Renderer creation: a Cytoscape instance on the container (headless without one), with the
 * WebGL renderer when asked and it starts; WebGL failing to start falls back to the canvas
 * renderer, and losing its context later is reported so the facade can rebuild on the canvas.
 */
import cytoscape, { type Core, type CytoscapeOptions, type StylesheetJson } from 'cytoscape';

export interface RendererRequest {
  container: HTMLElement | null;
  style: StylesheetJson;
  /** Large-graph mode: its zoom range and viewport shortcuts. */
  large: boolean;
  webgl: boolean;
  /** WebGL lost its context after starting. */
  onContextLost(): void;
}

/** A new instance; `webgl` says whether it draws with WebGL, `webglFailed` if WebGL would not start. */
export function createRenderer(request: RendererRequest): {
  core: Core;
  webgl: boolean;
  webglFailed: boolean;
} {
  const { container, large } = request;
  const options: CytoscapeOptions = {
    ...(container ? { container } : { headless: true }),
    style: request.style,
    autounselectify: true,
    boxSelectionEnabled: false,
    minZoom: large ? 0.005 : 0.05,
    maxZoom: 4,
    hideEdgesOnViewport: large,
    textureOnViewport: large,
    autoungrabify: large,
  };
  if (request.webgl && container) {
    try {
      const core = cytoscape({
        ...options,
        renderer: { name: 'canvas', webgl: true },
      } as CytoscapeOptions);
      container.querySelectorAll('canvas').forEach((canvas) =>
        canvas.addEventListener('webglcontextlost', () => request.onContextLost(), {
          once: true,
        }),
      );
      return { core, webgl: true, webglFailed: false };
    } catch {
      container.replaceChildren();
      return { core: cytoscape(options), webgl: false, webglFailed: true };
    }
  }
  return { core: cytoscape(options), webgl: false, webglFailed: false };
}

/** Large-graph mode's renderer options, which Cytoscape reads live. */
export function setViewportShortcuts(core: Core, large: boolean): void {
  const renderer = (
    core as unknown as {
      renderer(): { hideEdgesOnViewport?: boolean; textureOnViewport?: boolean };
    }
  ).renderer?.();
  if (renderer) {
    renderer.hideEdgesOnViewport = large;
    renderer.textureOnViewport = large;
  }
}
