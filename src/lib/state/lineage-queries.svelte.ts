/**
 * The lineage queries' state: the path between two nodes (Path panel), "Lineage of …" and
 * "Compare", read from the view's URL fields (`path`, `via`, `any`, `k`, `alt`, `lineage`,
 * `compare`) and answered by the domain queries as `$derived` values. One query is on show at a
 * time: starting one clears the others, each as a new history entry, so Back returns to the
 * previous one. All three follow `via`, by default the lineage model's descent relations. The canvas draws `highlight` over a dimmed rest; "Lineage of …" instead narrows
 * what is visible (`restrict`), so the layout runs on the lineage alone.
 */
import type { GraphModel } from '../domain/graph-model';
import { explain, type LineagePath } from '../domain/queries';
import { inTableOrder, withLayer, type LineageLayer } from '../domain/lineage-model';
import {
  canonicalName,
  compareOutcome,
  lineageOutcome,
  pathHighlight,
  pathOutcome,
  type CompareOutcome,
  type Highlight,
  type LineageOutcome,
  type PathOutcome,
  type PathQuery,
  withinLineage,
} from './lineage-results';
import { FIELDS, type ViewState } from './url-state';
import type { VisibleGraph } from './visibility';

/** What the queries need from the explorer: the graph, the view, and a way to write the view. */
export interface QueryHost {
  readonly model: GraphModel | null;
  readonly view: ViewState;
  setQuery(patch: Partial<ViewState>, mode?: 'push' | 'replace'): void;
}

/** The view with no lineage query on show. */
const NO_QUERY = {
  path: null,
  via: FIELDS.via.defaultValue,
  any: false,
  k: 1,
  alt: 1,
  lineage: null,
  compare: null,
} satisfies Partial<ViewState>;

export class LineageQueries {
  private readonly host: QueryHost;

  constructor(host: QueryHost) {
    this.host = host;
  }

  /** The Path panel's answer, or null when no path is asked for. */
  readonly path: PathOutcome | null = $derived.by(() => {
    const { model, view } = this.host;
    if (!model || !view.path) return null;
    return pathOutcome(model, view.path, { via: view.via, any: view.any, k: view.k });
  });

  /** Which of the found paths is on show (0-based): `alt` clamped to what was found. */
  readonly chosenIndex: number = $derived.by(() => {
    const found = this.path?.kind === 'paths' ? this.path.paths.length : 0;
    return Math.max(0, Math.min(this.host.view.alt, found) - 1);
  });

  readonly chosen: LineagePath | null = $derived(
    this.path?.kind === 'paths' ? (this.path.paths[this.chosenIndex] ?? null) : null,
  );

  /** The chosen path in words, in the view's language. */
  readonly explanation: string = $derived.by(() => {
    const { model, view } = this.host;
    return this.chosen && model ? explain(model, this.chosen, view.lang) : '';
  });

  readonly lineage: LineageOutcome | null = $derived.by(() => {
    const { model, view } = this.host;
    return model && view.lineage ? lineageOutcome(model, view.lineage, view.via) : null;
  });

  readonly comparison: CompareOutcome | null = $derived.by(() => {
    const { model, view } = this.host;
    return model && view.compare ? compareOutcome(model, view.compare, view.via) : null;
  });

  /** What the canvas marks: the chosen path, else the comparison; null for nothing. */
  readonly highlight: Highlight | null = $derived.by(() => {
    if (this.chosen && this.chosen.steps.length > 0) return pathHighlight(this.chosen);
    if (this.comparison?.kind === 'compare') return this.comparison.highlight;
    return null;
  });

  /** The visible graph narrowed to the lineage on show (unchanged when there is none). */
  restrict(visible: VisibleGraph): VisibleGraph {
    return this.lineage?.kind === 'lineage' ? withinLineage(visible, this.lineage) : visible;
  }

  // ---- intents ----

  /** Asks for up to `k` paths between two names (ids, labels or aliases). */
  findPath(from: string, to: string, query: PathQuery): void {
    const via = query.via.length ? query.via : NO_QUERY.via;
    this.host.setQuery({
      ...NO_QUERY,
      path: [this.name(from), this.name(to)],
      via: inTableOrder(via),
      any: query.any,
      k: Math.min(5, Math.max(1, Math.round(query.k))),
    });
  }

  /** Shows the `n`th path found (1-based); the same query, so the history entry is replaced. */
  chooseAlternative(n: number): void {
    this.host.setQuery({ alt: n }, 'replace');
  }

  clearPath(): void {
    this.host.setQuery({ path: null, via: NO_QUERY.via, any: false, k: 1, alt: 1 });
  }

  /** "Lineage of …": the canvas shows only this node's ancestors and descendants, laid out as a lineage. */
  showLineage(name: string): void {
    this.host.setQuery({ ...NO_QUERY, lineage: this.name(name), layout: 'lineage' });
  }

  closeLineage(): void {
    this.host.setQuery({ lineage: null, via: NO_QUERY.via });
  }

  /** Compares two names: their common ancestors and where they split. */
  compare(a: string, b: string): void {
    this.host.setQuery({ ...NO_QUERY, compare: [this.name(a), this.name(b)] });
  }

  closeCompare(): void {
    this.host.setQuery({ compare: null, via: NO_QUERY.via });
  }

  /**
   * Ticks or unticks a layer of the lineage model (influences, classification) for the
   * "Lineage of …" or "Compare" on show; descent is always followed. A new history entry, so
   * Back returns to the answer before.
   */
  followLayer(layer: Exclude<LineageLayer, 'descent'>, on: boolean): void {
    this.host.setQuery({ via: withLayer(this.host.view.via, layer, on), alt: 1 });
  }

  private name(text: string): string {
    return canonicalName(this.host.model, text);
  }
}
