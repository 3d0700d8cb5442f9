/**
 * What the explorer promises about the user's opened graph: it is stored only once drawn, a
 * failure to store it is said on screen (the graph stays, but not past a reload), and a stored
 * graph that no longer loads (a damaged record, or a file this version refuses) is dropped with
 * a notice, so the next start shows the bundled graph without complaint.
 */
import type { GraphStorePort, StoredGraph } from './ports';

/** The part of the Explorer this needs (not imported from it: that would make a cycle). */
interface Explorer {
  readonly source: { kind: string; name: string } | null;
  readonly opening: { readonly wasCancelled: boolean };
  openFile(name: string, bytes: Uint8Array, options: { store: boolean }): Promise<boolean>;
  dismissProblems(): void;
  setStorageNotice(notice: StorageNotice): void;
}

/** Said on screen until dismissed: the shown graph was not kept, or a stored one was dropped. */
export type StorageNotice = { kind: 'not-kept' | 'dropped'; file: string };

export async function keepUserGraph(
  explorer: Explorer,
  ports: { graphs: GraphStorePort; drawn?(): Promise<void>; kept?(): void },
  graph: StoredGraph,
): Promise<void> {
  const { graphs } = ports;
  try {
    if (graphs.stage && graphs.keep) {
      // Written while it is drawn, kept once drawn (graph-store.ts): no write left in flight.
      const staged = graphs.stage(graph);
      staged.catch(() => undefined);
      await ports.drawn?.();
      // keep() marks the graph kept synchronously; writing it to the kept slot follows.
      const keeping = graphs.keep(await staged);
      ports.kept?.();
      await keeping;
    } else {
      await ports.drawn?.();
      await graphs.save(graph);
      ports.kept?.();
    }
  } catch {
    // Quota exceeded or storage refused. Said only while that graph is still the one shown.
    if (explorer.source?.kind === 'user' && explorer.source.name === graph.name) {
      explorer.setStorageNotice({ kind: 'not-kept', file: graph.name });
    }
  }
}

export async function restoreStoredGraph(
  explorer: Explorer,
  graphs: GraphStorePort,
): Promise<boolean> {
  let stored: StoredGraph | null;
  try {
    stored = await graphs.load();
  } catch {
    await drop(explorer, graphs, '');
    return false;
  }
  if (!stored) return false;
  if (await explorer.openFile(stored.name, stored.bytes, { store: false })) return true;
  // Cancelled by the person: not the file's fault, so it stays stored for the next visit.
  if (explorer.opening.wasCancelled) return false;
  explorer.dismissProblems();
  await drop(explorer, graphs, stored.name);
  return false;
}

async function drop(explorer: Explorer, graphs: GraphStorePort, file: string): Promise<void> {
  explorer.setStorageNotice({ kind: 'dropped', file });
  await graphs.clear().catch(() => undefined);
}
