/**
 * Large-graph mode as the person sees and switches it: on by itself for a graph of more than
 * `LARGE_GRAPH_ELEMENTS` nodes and edges, until switched off (for that graph; a new graph
 * follows its own size again). The canvas applies it (`GraphView.setLargeGraphMode`), the
 * status line shows it.
 */
import { isLargeGraph } from '../cytoscape/large-graph';
import type { GraphModel } from '../domain/graph-model';

export class LargeGraphMode {
  /** The person's choice, for the graph it was made on. */
  private override = $state.raw<{ model: GraphModel; on: boolean } | null>(null);
  private readonly modelOf: () => GraphModel | null;

  constructor(modelOf: () => GraphModel | null) {
    this.modelOf = modelOf;
  }

  /** Whether the graph on screen is large enough for the mode to switch itself on. */
  readonly large: boolean = $derived.by(() => {
    const model = this.modelOf();
    return model !== null && isLargeGraph(model.nodes.length + model.edges.length);
  });

  /** Whether the mode is on. */
  readonly active: boolean = $derived.by(() => {
    const model = this.modelOf();
    const override = this.override;
    return override !== null && override.model === model ? override.on : this.large;
  });

  set(on: boolean): void {
    const model = this.modelOf();
    if (model) this.override = { model, on };
  }

  toggle(): void {
    this.set(!this.active);
  }
}
