/**
 * The Svelte action (a plain function, so this layer stays framework-free): mounts a
 * GraphView on the element and hands it to `onReady`; destroys it with the element.
 */
import { GraphView, type GraphViewCallbacks, type GraphViewOptions } from './graph-view';

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
