/**
 * The user's opened graph file kept in IndexedDB, so that it survives a reload. Written against
 * the few parts of IndexedDB it uses (`GraphDb`), so tests can run it on a fake. A write counts
 * only once its transaction is `complete` (a request's `success` comes before the commit, and a
 * reload in between lost the graph), with strict durability so it is on disk by then. A record
 * that is not a stored graph is reported (thrown as CorruptStoredGraph), never passed off as
 * "nothing stored", so the caller can drop it and say so.
 *
 * A graph just opened is staged (written beside the kept one) while it is drawn, and kept once
 * drawn by one synchronous mark (`marks`, localStorage): a reload right after the drawing then
 * finds it, where an IndexedDB write started only then would still be in flight. A staged graph
 * without the mark was never drawn (the page froze or was left first) and is discarded.
 */

// The shapes of ports.ts's StoredGraph and GraphStorePort, restated: ports.ts builds the
// browser's store from this module, so importing them back would make a cycle.
interface StoredGraph {
  name: string;
  bytes: Uint8Array;
}
interface GraphStorePort {
  load(): Promise<StoredGraph | null>;
  save(graph: StoredGraph): Promise<void>;
  clear(): Promise<void>;
  stage?(graph: StoredGraph): Promise<string>;
  keep?(token: string): Promise<void>;
}

/** Synchronous storage for the "drawn" mark (localStorage in the browser). */
export interface MarkStore {
  get(key: string): string | null;
  set(key: string, value: string | null): void;
}

/** The slice of `IDBFactory` used here. */
export interface GraphDb {
  open(name: string, version: number): IDBOpenDBRequest;
}

const DB_NAME = 'isms';
const STORE = 'graphs';
const KEY = 'user';
const STAGED = 'pending';
/** The mark that says which staged graph was drawn. */
export const DRAWN_MARK = 'isms.drawnGraph';

/** A stored record that is not `{ name, bytes }`: left by an older version, or damaged. */
export class CorruptStoredGraph extends Error {
  constructor() {
    super('the stored graph record is damaged');
    this.name = 'CorruptStoredGraph';
  }
}

function openDb(factory: GraphDb): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB: open failed'));
  });
}

/**
 * Runs `act` in one transaction and resolves with its request's result once the transaction is
 * complete; rejects with the transaction's error (QuotaExceededError, say) when it aborts.
 */
async function inTransaction<T>(
  connect: () => Promise<IDBDatabase>,
  mode: IDBTransactionMode,
  act: (store: IDBObjectStore) => IDBRequest<T>,
  durability: IDBTransactionDurability = 'strict',
): Promise<T> {
  const db = await connect();
  return new Promise<T>((resolve, reject) => {
    const transaction =
      mode === 'readwrite'
        ? db.transaction(STORE, mode, { durability })
        : db.transaction(STORE, mode);
    const request = act(transaction.objectStore(STORE));
    const failed = () =>
      reject(transaction.error ?? request.error ?? new Error('indexedDB: transaction failed'));
    transaction.oncomplete = () => resolve(request.result);
    transaction.onabort = failed;
    transaction.onerror = failed;
  });
}

function isStoredGraph(value: unknown): value is StoredGraph {
  if (typeof value !== 'object' || value === null) return false;
  const record = value as Partial<StoredGraph>;
  return typeof record.name === 'string' && record.bytes instanceof Uint8Array;
}

type StagedGraph = StoredGraph & { token: string };

function isStagedGraph(value: unknown): value is StagedGraph {
  return isStoredGraph(value) && typeof (value as Partial<StagedGraph>).token === 'string';
}

/** A token that tells this staging from any other (no crypto.randomUUID: it needs https). */
function newToken(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/**
 * A graph store on `factory` (the browser's `indexedDB`, or a fake), with its drawn mark in
 * `marks`; inert when there is no IndexedDB.
 */
export function idbGraphStore(
  factory: GraphDb | undefined,
  marks: MarkStore = { get: () => null, set: () => {} },
): GraphStorePort {
  // One connection, opened on first use and kept: opening the database per write added its
  // latency to the window in which a reload loses the graph just opened.
  let db: Promise<IDBDatabase> | null = null;
  const connect = () => {
    if (factory === undefined) return Promise.reject(new Error('no IndexedDB'));
    db ??= openDb(factory).then((opened) => {
      opened.onversionchange = () => {
        opened.close();
        db = null;
      };
      return opened;
    });
    db.catch(() => (db = null));
    return db;
  };
  const read = (key: string) => inTransaction<unknown>(connect, 'readonly', (s) => s.get(key));
  const write = (key: string, value: unknown, durability?: IDBTransactionDurability) =>
    inTransaction(connect, 'readwrite', (s) => s.put(value, key), durability).then(() => undefined);
  const remove = (key: string) =>
    inTransaction(connect, 'readwrite', (s) => s.delete(key)).then(() => undefined);
  /**
   * Makes the staged graph the kept one if it is the staging `token` names. Two writes, not one
   * transaction: a reload between them leaves both records, and the next load promotes again.
   */
  const promote = async (token: string): Promise<StoredGraph | null> => {
    const staged = await read(STAGED);
    if (!isStagedGraph(staged) || staged.token !== token) return null;
    const graph = { name: staged.name, bytes: staged.bytes };
    await write(KEY, graph);
    await remove(STAGED);
    return graph;
  };
  const save = async (graph: StoredGraph) => {
    if (factory === undefined) throw new Error('this browser offers no storage (IndexedDB)');
    await write(KEY, graph);
  };
  return {
    load: async () => {
      if (factory === undefined) return null;
      let value: unknown;
      try {
        const staged = await read(STAGED);
        if (staged !== undefined) {
          const drawn = isStagedGraph(staged) && staged.token === marks.get(DRAWN_MARK);
          const promoted = drawn ? await promote(staged.token) : null;
          if (promoted) return promoted;
          await remove(STAGED);
        }
        value = await read(KEY);
      } catch {
        return null; // storage unavailable (a private window, say): nothing was kept
      }
      if (value === undefined) return null;
      if (!isStoredGraph(value)) throw new CorruptStoredGraph();
      return value;
    },
    save,
    clear: async () => {
      marks.set(DRAWN_MARK, null);
      if (factory === undefined) return;
      await remove(STAGED);
      await remove(KEY);
    },
    stage: async (graph) => {
      if (factory === undefined) throw new Error('this browser offers no storage (IndexedDB)');
      const token = newToken();
      // Relaxed: committed without waiting for the disk flush, so it is written well before the
      // drawing ends; a reload (not a crash) finds it. The kept slot is written strictly.
      await write(STAGED, { name: graph.name, bytes: graph.bytes, token }, 'relaxed');
      return token;
    },
    keep: (token) => {
      // Synchronously, before any await: from here a reload keeps the graph.
      marks.set(DRAWN_MARK, token);
      return promote(token).then(() => undefined);
    },
  };
}
