/**
 * The user's opened graph file kept in IndexedDB, so that it survives a reload. Written against
 * the few parts of IndexedDB it uses (`GraphDb`), so tests can run it on a fake. A write counts
 * only once its transaction is `complete` (a request's `success` comes before the commit, and a
 * reload in between lost the graph), with strict durability so it is on disk by then. A record
 * that is not a stored graph is reported (thrown as CorruptStoredGraph), never passed off as
 * "nothing stored", so the caller can drop it and say so.
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
}

/** The slice of `IDBFactory` used here. */
export interface GraphDb {
  open(name: string, version: number): IDBOpenDBRequest;
}

const DB_NAME = 'isms';
const STORE = 'graphs';
const KEY = 'user';

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
): Promise<T> {
  const db = await connect();
  return new Promise<T>((resolve, reject) => {
    const transaction =
      mode === 'readwrite'
        ? db.transaction(STORE, mode, { durability: 'strict' })
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

/** A graph store on `factory` (the browser's `indexedDB`, or a fake); inert when there is none. */
export function idbGraphStore(factory: GraphDb | undefined): GraphStorePort {
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
  return {
    load: async () => {
      if (factory === undefined) return null;
      let value: unknown;
      try {
        value = await inTransaction(connect, 'readonly', (s) => s.get(KEY));
      } catch {
        return null; // storage unavailable (a private window, say): nothing was kept
      }
      if (value === undefined) return null;
      if (!isStoredGraph(value)) throw new CorruptStoredGraph();
      return value;
    },
    save: async (graph) => {
      if (factory === undefined) throw new Error('this browser offers no storage (IndexedDB)');
      await inTransaction(connect, 'readwrite', (s) => s.put(graph, KEY));
    },
    clear: async () => {
      if (factory === undefined) return;
      await inTransaction(connect, 'readwrite', (s) => s.delete(KEY));
    },
  };
}
