/**
 * The graph that ships with the explorer, `graph/communism.json`, loaded as a separate chunk
 * so that the page shell and Cytoscape start while the graph data is still arriving. It is
 * plain JSON; the caller validates it with the same code as any user file.
 */

/** The bundled graph's file name, for problem reports. */
export const BUNDLED_FILE = 'communism.json';

/** The bundled graph as parsed JSON, not yet validated. */
export async function loadBundledGraphData(): Promise<unknown> {
  const module = await import('../../../graph/communism.json');
  return module.default;
}
