/**
 * The Explorer's vocabulary: where a graph came from, the problems of a file, the ports it talks
 * to the world through, and its preference keys. Kept apart from the runes class so that modules
 * that only need the types do not import the state.
 */
import type { loadGraphBytes } from '../domain/load-graph';
import type { OpeningTask } from './file-opening.svelte';
import type { Problem } from '../domain/problems';
import type { GraphStorePort, HistoryPort, PrefsPort } from './ports';
import type { VisibleGraph } from './visibility';

export type ThemeChoice = 'light' | 'dark' | 'system';

export type GraphSource = { kind: 'bundled'; name: string } | { kind: 'user'; name: string };

export interface ProblemReport {
  file: string;
  problems: readonly Problem[];
}

export interface ExplorerPorts {
  history: HistoryPort;
  prefs: PrefsPort;
  graphs: GraphStorePort;
  /** Resolves once the graph just set is drawn: only then is it stored. */
  drawn?(): Promise<void>;
  /** Called the moment an opened graph counts as kept (drawn, and its bytes written). */
  kept?(): void;
  /**
   * Turns a user's file into a graph (JSON, GraphML, GEXF; in a worker in the browser), telling
   * `task` each phase and stopping (rejecting with an AbortError) when its signal aborts.
   */
  importFile?(
    name: string,
    bytes: Uint8Array,
    task?: OpeningTask,
  ): Promise<ReturnType<typeof loadGraphBytes>>;
}

export const EMPTY_VISIBLE: VisibleGraph = {
  nodes: new Set(),
  edges: new Set(),
  totalNodes: 0,
  totalEdges: 0,
};

export const PREF_LANG = 'isms.lang';
export const PREF_THEME = 'isms.theme';
