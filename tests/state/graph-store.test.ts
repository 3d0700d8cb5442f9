// The IndexedDB graph store on a small fake of IndexedDB: a write resolves only when its
// transaction completes, an aborted one (quota) rejects, and a damaged record is reported.
import { describe, expect, it } from 'vitest';
import {
  CorruptStoredGraph,
  DRAWN_MARK,
  idbGraphStore,
  type GraphDb,
} from '../../src/lib/state/graph-store';
import { memoryPrefs } from '../../src/lib/state/ports';

type Handler = (() => void) | null;

/** Just enough IndexedDB: one store, callbacks fired on later ticks like the real thing. */
function fakeDb(options: { abortWrites?: boolean } = {}) {
  const data = new Map<string, unknown>();
  const events: string[] = [];
  const later = (fn: () => void) => setTimeout(fn, 0);
  const db = {
    onversionchange: null as Handler,
    close: () => {},
    createObjectStore: () => ({}),
    transaction: (_store: string, mode: string) => {
      const tx = {
        oncomplete: null as Handler,
        onabort: null as Handler,
        onerror: null as Handler,
        error: null as DOMException | null,
        objectStore: () => ({
          get: (key: string) => request(() => data.get(key)),
          put: (value: unknown, key: string) => request(() => void data.set(key, value)),
          delete: (key: string) => request(() => void data.delete(key)),
        }),
      };
      const request = (run: () => unknown) => {
        const req = {
          result: undefined as unknown,
          error: null,
          onsuccess: null as Handler,
          onerror: null as Handler,
        };
        later(() => {
          if (mode === 'readwrite' && options.abortWrites) {
            tx.error = new DOMException('quota', 'QuotaExceededError');
            events.push('abort');
            tx.onabort?.();
            return;
          }
          req.result = run();
          events.push('success');
          req.onsuccess?.();
          later(() => {
            events.push('complete');
            tx.oncomplete?.();
          });
        });
        return req;
      };
      return tx;
    },
  };
  const factory = {
    open: () => {
      const req = {
        result: db,
        error: null,
        onsuccess: null as Handler,
        onerror: null as Handler,
        onupgradeneeded: null as Handler,
      };
      later(() => {
        req.onupgradeneeded?.();
        req.onsuccess?.();
      });
      return req;
    },
  };
  return { factory: factory as unknown as GraphDb, data, events };
}

describe('the IndexedDB graph store', () => {
  it('resolves a write only once its transaction is complete', async () => {
    const { factory, data, events } = fakeDb();
    const store = idbGraphStore(factory);
    await store.save({ name: 'a.json', bytes: new Uint8Array([1]) });
    expect(events).toEqual(['success', 'complete']);
    expect(data.get('user')).toEqual({ name: 'a.json', bytes: new Uint8Array([1]) });
    expect(await store.load()).toEqual({ name: 'a.json', bytes: new Uint8Array([1]) });
  });

  it('rejects a write whose transaction aborts (quota exceeded)', async () => {
    const store = idbGraphStore(fakeDb({ abortWrites: true }).factory);
    await expect(store.save({ name: 'a.json', bytes: new Uint8Array() })).rejects.toThrow('quota');
  });

  it('reports a record that is not a stored graph, and finds nothing in an empty store', async () => {
    const { factory, data } = fakeDb();
    const store = idbGraphStore(factory);
    expect(await store.load()).toBeNull();
    data.set('user', { name: 'x.json', bytes: 'not bytes' });
    await expect(store.load()).rejects.toBeInstanceOf(CorruptStoredGraph);
    await store.clear();
    expect(await store.load()).toBeNull();
  });

  it('without IndexedDB: nothing to load, and a write fails (so the page can say so)', async () => {
    const store = idbGraphStore(undefined);
    expect(await store.load()).toBeNull();
    await expect(store.save({ name: 'a', bytes: new Uint8Array() })).rejects.toThrow();
  });
});

describe('a graph staged while it is drawn', () => {
  const a = { name: 'a.json', bytes: new Uint8Array([1]) };
  const b = { name: 'b.json', bytes: new Uint8Array([2]) };

  it('is kept from the moment it is marked drawn, before any write finishes', async () => {
    const { factory } = fakeDb();
    const marks = memoryPrefs();
    const store = idbGraphStore(factory, marks);
    const token = await store.stage!(a);
    const keeping = store.keep!(token);
    expect(marks.get(DRAWN_MARK)).toBe(token);
    // A reload now: a new page's store finds the staged graph drawn and keeps it.
    expect(await idbGraphStore(factory, marks).load()).toEqual(a);
    await keeping;
    expect(await store.load()).toEqual(a);
  });

  it('is discarded if it was never drawn, and the kept graph stays', async () => {
    const { factory, data } = fakeDb();
    const marks = memoryPrefs();
    const store = idbGraphStore(factory, marks);
    await store.save(a);
    await store.stage!(b);
    expect(await idbGraphStore(factory, marks).load()).toEqual(a);
    expect(data.has('pending')).toBe(false);
  });

  it('a later staging replaces an earlier one that was not yet kept', async () => {
    const { factory } = fakeDb();
    const marks = memoryPrefs();
    const store = idbGraphStore(factory, marks);
    const first = await store.stage!(a);
    const second = await store.stage!(b);
    await store.keep!(first);
    expect(await store.load()).toBeNull();
    await store.stage!(b);
    await store.keep!(second);
    expect(await store.load()).toBeNull(); // the token of a replaced staging keeps nothing
    await store.keep!(await store.stage!(b));
    expect(await store.load()).toEqual(b);
  });

  it('clear forgets the staged graph and the mark too', async () => {
    const { factory } = fakeDb();
    const marks = memoryPrefs();
    const store = idbGraphStore(factory, marks);
    await store.keep!(await store.stage!(a));
    await store.clear();
    expect(marks.get(DRAWN_MARK)).toBeNull();
    expect(await store.load()).toBeNull();
  });
});
