/**
 * The explorer's state: the loaded graph (`$state.raw`: replaced whole, never mutated), the view
 * (`$state`: filters, selection, layout, language, all mirrored in the URL), and what follows
 * from them (`$derived`: visible elements, the selection's neighbourhood, search index, strings).
 * Components read these fields and call the intent methods; nothing else writes state.
 */
import { createGraphModel, type GraphModel } from '../domain/graph-model';
import type { NodeKind } from '../domain/kinds';
import { loadGraphBytes, validateGraphData } from '../domain/load-graph';
import type { Problem } from '../domain/problems';
import type { RelationId } from '../domain/relations';
import type { Node } from '../domain/schema';
import { createSearchIndex, searchNodes, type SearchHit, type SearchIndex } from '../domain/search';
import type { LayoutName } from '../cytoscape/layouts/types';
import { FileOpening } from './file-opening.svelte';
import { STRINGS, type Strings } from './i18n';
import { LargeGraphMode } from './layout-mode.svelte';
import { LineageQueries } from './lineage-queries.svelte';
import { keepUserGraph, restoreStoredGraph, type StorageNotice } from './stored-graph';
import { withGraphParam } from './graph-param';
import { resolveNames, type UnknownName } from './lineage-results';
import {
  defaultViewState,
  FIELDS,
  formatViewState,
  paramsPresent,
  parseViewState,
  type Lang,
  type ViewState,
} from './url-state';
import {
  selectionNeighbourhood,
  visibleGraph,
  visibleNeighbours,
  type Neighbourhood,
  type VisibleGraph,
} from './visibility';

export * from './explorer-types';
import {
  EMPTY_VISIBLE,
  PREF_LANG,
  PREF_THEME,
  type ExplorerPorts,
  type GraphSource,
  type ProblemReport,
  type ThemeChoice,
} from './explorer-types';

export class Explorer {
  /** The graph on screen; replaced whole on load. */
  model = $state.raw<GraphModel | null>(null);
  source = $state.raw<GraphSource | null>(null);
  /** The `focus` an address named that the graph lacks, with the nearest names, until a selection. */
  missingFocus = $state.raw<UnknownName | null>(null);
  /** Problems of the last file that failed to load, until dismissed. */
  problems = $state.raw<ProblemReport | null>(null);
  /** The user's graph could not be kept, or a stored one was dropped (stored-graph.ts). */
  storageNotice = $state.raw<StorageNotice | null>(null);
  view = $state<ViewState>(defaultViewState());
  theme = $state<ThemeChoice>('system');
  systemDark = $state(false);
  /** The keyboard cursor on the canvas: a neighbour of the selection, not yet selected. */
  cursor = $state<string | null>(null);
  /** Bumped by "Fit" and by Enter in search, so the canvas knows to move the viewport. */
  fitRequest = $state(0);
  centerRequest = $state<{ id: string; n: number } | null>(null);

  /**
   * The filter part of the view as one string: selecting a node changes the view but not what
   * is visible (unless Focus is on), and a string compares equal, so nothing downstream reruns.
   */
  private readonly filterKey: string = $derived.by(() => {
    const v = this.view;
    return JSON.stringify({
      kinds: v.kinds,
      relations: v.relations,
      from: v.from,
      to: v.to,
      connected: v.connected,
      isolate: v.isolate,
      focus: v.isolate || v.connected ? v.focus : null,
      depth: v.isolate ? v.depth : 1,
    });
  });
  readonly visible: VisibleGraph = $derived.by(() => {
    const filters = JSON.parse(this.filterKey) as Parameters<typeof visibleGraph>[1];
    return this.model ? this.queries.restrict(visibleGraph(this.model, filters)) : EMPTY_VISIBLE;
  });
  readonly near: Neighbourhood | null = $derived(
    this.model
      ? selectionNeighbourhood(this.model, this.visible, this.view.focus, this.view.depth)
      : null,
  );
  readonly selected: Node | null = $derived(
    (this.view.focus !== null && this.model?.node(this.view.focus)) || null,
  );
  readonly searchIndex: SearchIndex | null = $derived(
    this.model ? createSearchIndex(this.model.nodes) : null,
  );
  readonly t: Strings = $derived(STRINGS[this.view.lang]);
  /** Path, "Lineage of …" and "Compare": their answers follow the view's query fields. */
  readonly queries: LineageQueries = new LineageQueries(this);
  /** The file being read, with Cancel (file-opening.svelte.ts). */
  readonly opening: FileOpening = new FileOpening();
  /** Large-graph mode: on above a size, switchable (layout-mode.svelte.ts). */
  readonly largeGraph: LargeGraphMode = new LargeGraphMode(() => this.model);
  readonly dark: boolean = $derived(
    this.theme === 'dark' || (this.theme === 'system' && this.systemDark),
  );

  private readonly ports: ExplorerPorts;
  private stopPop: (() => void) | null = null;

  constructor(ports: ExplorerPorts) {
    this.ports = ports;
  }

  /** Reads the view from the URL (language and theme from preferences unless the URL says). */
  start(): void {
    const search = this.ports.history.read();
    const view = parseViewState(search);
    const present = paramsPresent(search);
    const storedLang = this.ports.prefs.get(PREF_LANG);
    if (!present.has('lang') && (storedLang === 'en' || storedLang === 'th'))
      view.lang = storedLang;
    this.view = view;
    const storedTheme = this.ports.prefs.get(PREF_THEME);
    if (storedTheme === 'light' || storedTheme === 'dark') this.theme = storedTheme;
    this.ports.history.replace(formatViewState(this.view));
    this.stopPop = this.ports.history.onPop((next) => {
      this.assign(parseViewState(next));
      this.cursor = null;
      if (this.view.focus) this.requestCenter(this.view.focus);
    });
  }

  stop(): void {
    this.stopPop?.();
  }

  // ---- loading ----

  /** Shows a graph from already-parsed data (the bundled file). Problems are reported, never thrown. */
  showData(data: unknown, source: GraphSource): boolean {
    const result = validateGraphData(data);
    if (!result.ok) {
      this.problems = { file: source.name, problems: result.problems };
      return false;
    }
    this.setModel(createGraphModel(result.graph), source);
    return true;
  }

  /**
   * Opens a user's file. A bad file leaves the graph on screen exactly as it was and lists its
   * problems; a good one replaces the graph and is stored so that it survives a reload. A read
   * cancelled (`opening.cancel()`) or overtaken by another file resolves false and changes nothing.
   */
  async openFile(
    name: string,
    bytes: Uint8Array,
    options: { store?: boolean } = {},
  ): Promise<boolean> {
    const importFile = this.ports.importFile;
    const result = importFile
      ? await this.opening.run(name, bytes.length, (task) => importFile(name, bytes, task))
      : loadGraphBytes(bytes);
    if (result === null) return false;
    if (!result.ok) {
      this.problems = { file: name, problems: result.problems };
      return false;
    }
    this.problems = null;
    this.storageNotice = null;
    this.setModel(createGraphModel(result.graph), { kind: 'user', name });
    if (options.store ?? true) await keepUserGraph(this, this.ports, { name, bytes });
    return true;
  }

  /** The stored user graph, if any, loaded as at the last visit; a broken one is dropped. */
  restoreUserGraph(): Promise<boolean> {
    return restoreStoredGraph(this, this.ports.graphs);
  }

  setStorageNotice(notice: StorageNotice | null): void {
    this.storageNotice = notice;
  }

  async forgetUserGraph(): Promise<void> {
    await this.ports.graphs.clear();
  }

  dismissProblems(): void {
    this.problems = null;
  }

  /**
   * Shows why `file` could not be opened (a refused address, a failed fetch, a broken bundled
   * graph); the graph on screen stays as it was.
   */
  reportProblems(file: string, problems: readonly Problem[]): void {
    this.problems = { file, problems };
  }

  /** The system's colour scheme, which the theme "system" follows. */
  setSystemDark(dark: boolean): void {
    this.systemDark = dark;
  }

  /** Drops the keyboard cursor (Escape on the canvas), keeping the selection. */
  clearCursor(): void {
    this.cursor = null;
  }

  private setModel(model: GraphModel, source: GraphSource): void {
    this.model = model;
    this.source = source;
    this.cursor = null;
    this.missingFocus = null;
    const focus = this.view.focus;
    if (focus === null || model.node(focus)) return;
    // A link to a node this graph lacks: follow it if the name is an alias or label of one
    // (`?focus=marx`), else say so with the nearest names rather than dropping it silently.
    const resolved = resolveNames(model, [focus]);
    if (resolved.ok) {
      this.update({ focus: resolved.ids[0]! });
    } else {
      this.missingFocus = resolved.unknown[0] ?? null;
      this.update({ focus: null });
    }
  }

  // ---- view intents ----

  /** Selects a node (or clears the selection); a new selection is a new history entry. */
  select(id: string | null, options: { center?: boolean } = {}): void {
    this.cursor = null;
    this.missingFocus = null;
    if (id !== null && options.center) this.requestCenter(id);
    if (id === this.view.focus) return;
    this.update({ focus: id }, 'push');
  }

  setLang(lang: Lang): void {
    this.ports.prefs.set(PREF_LANG, lang);
    this.update({ lang });
  }

  setLayout(layout: LayoutName): void {
    this.update({ layout });
  }

  toggleKind(kind: NodeKind): void {
    const on = this.view.kinds.includes(kind);
    this.setKinds(on ? this.view.kinds.filter((k) => k !== kind) : [...this.view.kinds, kind]);
  }

  /** Shows exactly these kinds (kept in table order, so equal choices give equal URLs). */
  setKinds(kinds: readonly NodeKind[]): void {
    this.update({ kinds: FIELDS.kinds.defaultValue.filter((k) => kinds.includes(k)) });
  }

  toggleRelation(relation: RelationId): void {
    const on = this.view.relations.includes(relation);
    this.setRelations(
      on ? this.view.relations.filter((r) => r !== relation) : [...this.view.relations, relation],
    );
  }

  /** Shows exactly these relations, in table order. */
  setRelations(relations: readonly RelationId[]): void {
    this.update({ relations: FIELDS.relations.defaultValue.filter((r) => relations.includes(r)) });
  }

  setYears(from: number | null, to: number | null): void {
    this.update({ from, to });
  }

  setConnected(connected: boolean): void {
    this.update({ connected });
  }

  setDepth(depth: number): void {
    this.update({ depth: Math.min(3, Math.max(1, Math.round(depth))) });
  }

  /** "Focus": show only the selection's neighbourhood. */
  isolate(): void {
    if (this.view.focus !== null) this.update({ isolate: true });
  }

  /** "Show all": leave focus mode. */
  showAll(): void {
    this.update({ isolate: false });
  }

  setListView(list: boolean): void {
    this.update({ list });
  }

  setTheme(theme: ThemeChoice): void {
    this.theme = theme;
    this.ports.prefs.set(PREF_THEME, theme === 'system' ? null : theme);
  }

  /**
   * The dark-mode switch: the other theme, remembered; but a switch back to what the system
   * shows follows the system again (and forgets the choice), so one switch both overrides the
   * system and returns to it.
   */
  toggleDark(): void {
    const dark = !this.dark;
    this.setTheme(dark === this.systemDark ? 'system' : dark ? 'dark' : 'light');
  }

  back(): void {
    this.ports.history.back();
  }

  forward(): void {
    this.ports.history.forward();
  }

  fit(): void {
    this.fitRequest++;
  }

  requestCenter(id: string): void {
    this.centerRequest = { id, n: (this.centerRequest?.n ?? 0) + 1 };
  }

  /**
   * The link to this view, for "Copy link"; `graphUrl` (the address's `graph=`, if the graph
   * shown came from one) goes with it, so the link opens the same graph.
   */
  shareUrl(origin: string, pathname: string, graphUrl: string | null = null): string {
    return `${origin}${pathname}${withGraphParam(formatViewState(this.view), graphUrl)}`;
  }

  /**
   * Writes changed fields only, one by one: replacing the whole view object would wake every
   * reader of any field (and, say, re-run the layout on each selection).
   */
  private assign(next: Partial<ViewState>): void {
    const view = this.view as Record<string, unknown>;
    for (const [key, value] of Object.entries(next)) {
      if (JSON.stringify(view[key]) !== JSON.stringify(value)) view[key] = value;
    }
  }

  /** Writes the lineage queries' fields (see LineageQueries); a new query is a new history entry. */
  setQuery(patch: Partial<ViewState>, mode: 'push' | 'replace' = 'push'): void {
    this.cursor = null;
    // Asking the same question again is not a new place to go back to.
    if (formatViewState({ ...this.view, ...patch }) === formatViewState(this.view)) return;
    this.update(patch, mode);
  }

  // ---- queries for components ----

  search(query: string, limit = 8): SearchHit[] {
    return this.searchIndex ? searchNodes(this.searchIndex, query, { limit }) : [];
  }

  /** The visible neighbours of the selection, in a stable order, for keyboard navigation. */
  neighboursOfSelection(): string[] {
    if (!this.model || this.view.focus === null) return [];
    return visibleNeighbours(this.model, this.visible, this.view.focus);
  }

  /** Moves the keyboard cursor to the next (or previous) neighbour of the selection. */
  moveCursor(step: 1 | -1): void {
    const candidates =
      this.view.focus === null ? [...this.visible.nodes] : this.neighboursOfSelection();
    if (candidates.length === 0) return;
    const at = this.cursor === null ? -1 : candidates.indexOf(this.cursor);
    const next =
      at === -1
        ? step === 1
          ? 0
          : candidates.length - 1
        : (at + step + candidates.length) % candidates.length;
    this.cursor = candidates[next]!;
  }

  label(id: string): string {
    return this.model?.node(id)?.label[this.view.lang] ?? id;
  }

  private update(patch: Partial<ViewState>, mode: 'push' | 'replace' = 'replace'): void {
    this.assign(patch);
    const search = formatViewState(this.view);
    if (mode === 'push') this.ports.history.push(search);
    else this.ports.history.replace(search);
  }
}
