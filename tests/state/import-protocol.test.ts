// The import worker's protocol (pure: the worker's side run in-process) and the page's side on a
// stand-in Worker: phases in order, located problems kept, Cancel, the time limit, and a worker
// that cannot start.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  answerImport,
  IMPORT_TIME_LIMIT_MS,
  isImportRequest,
  type ImportReply,
  type ImportRequest,
} from '../../src/lib/state/import-protocol';
import { importOffThread } from '../../src/lib/state/import-off-thread';

const fixture = (path: string) =>
  new Uint8Array(readFileSync(resolve(import.meta.dirname, '../fixtures', path)));
const small = fixture('valid-small.json');

function answers(name: string, bytes: Uint8Array): ImportReply[] {
  const replies: ImportReply[] = [];
  answerImport({ type: 'import', name, bytes }, (reply) => replies.push(reply));
  return replies;
}

describe('the import worker', () => {
  it('reports each phase as it begins, then the graph', () => {
    const replies = answers('valid-small.json', small);
    expect(replies.slice(0, -1)).toEqual([
      { type: 'phase', phase: 'decoding' },
      { type: 'phase', phase: 'parsing' },
      { type: 'phase', phase: 'checking' },
    ]);
    const last = replies.at(-1)!;
    expect(last.type === 'done' && last.result.ok && last.result.graph.nodes.length).toBe(
      JSON.parse(new TextDecoder().decode(small)).nodes.length,
    );
  });

  it('reads GraphML through the same importer as the CLI, phases included', () => {
    const replies = answers('yed-style.graphml', fixture('import/yed-style.graphml'));
    expect(replies.map((r) => (r.type === 'phase' ? r.phase : r.type))).toEqual([
      'decoding',
      'parsing',
      'checking',
      'done',
    ]);
  });

  it('answers a bad file with located problems, as values', () => {
    const bytes = new TextEncoder().encode('{\n  "version": 1,\n  "nodes": [}\n');
    const last = answers('broken.json', bytes).at(-1)!;
    expect(last.type).toBe('done');
    if (last.type !== 'done' || last.result.ok) throw new Error('expected problems');
    expect(last.result.problems[0]).toMatchObject({ code: 'json_syntax', line: 3, column: 13 });
  });

  it('knows its requests and ignores anything else', () => {
    expect(isImportRequest({ type: 'import', name: 'a.json', bytes: small })).toBe(true);
    for (const junk of [null, 'import', { type: 'import', name: 'a.json', bytes: [1] }, {}])
      expect(isImportRequest(junk)).toBe(false);
  });

  it('allows a file 30 seconds', () => {
    expect(IMPORT_TIME_LIMIT_MS).toBe(30_000);
  });
});

/** A stand-in Worker: answers with `answerImport` on a later tick, unless told to hang or fail. */
function fakeWorker(mode: 'answer' | 'hang' | 'fail') {
  const made: { terminated: boolean; received?: ImportRequest }[] = [];
  const start = () => {
    const state: (typeof made)[number] = { terminated: false };
    made.push(state);
    const worker = {
      onmessage: null as ((event: MessageEvent<ImportReply>) => void) | null,
      onerror: null as ((event: ErrorEvent) => void) | null,
      terminate: () => (state.terminated = true),
      postMessage: (request: ImportRequest) => {
        state.received = request;
        setTimeout(() => {
          if (state.terminated) return;
          if (mode === 'fail') worker.onerror?.({ message: 'blocked' } as ErrorEvent);
          if (mode !== 'answer') return;
          answerImport(request, (reply) => {
            if (!state.terminated) worker.onmessage?.({ data: reply } as MessageEvent<ImportReply>);
          });
        }, 0);
      },
    };
    return worker as unknown as Worker;
  };
  return { start, made };
}

describe('reading a file off the page', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('hands the worker a copy of the bytes and passes its phases on', async () => {
    vi.stubGlobal('Worker', class {});
    const { start, made } = fakeWorker('answer');
    const phases: string[] = [];
    const result = await importOffThread(
      'valid-small.json',
      small,
      { onPhase: (p) => phases.push(p), onPageMaxBytes: 0 },
      start,
    );
    expect(result.ok).toBe(true);
    expect(phases).toEqual(['decoding', 'parsing', 'checking']);
    expect(made[0]!.received!.bytes).not.toBe(small);
    expect(small.byteLength).toBeGreaterThan(0); // the caller's bytes are not transferred away
    expect(made[0]!.terminated).toBe(true);
  });

  it('stops the worker on Cancel and rejects with an AbortError', async () => {
    vi.stubGlobal('Worker', class {});
    const { start, made } = fakeWorker('hang');
    const controller = new AbortController();
    const reading = importOffThread(
      'valid-small.json',
      small,
      { signal: controller.signal, onPageMaxBytes: 0 },
      start,
    );
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: 'AbortError' });
    expect(made[0]!.terminated).toBe(true);
  });

  it('stops the worker at the time limit with a located, plain problem', async () => {
    vi.stubGlobal('Worker', class {});
    const { start, made } = fakeWorker('hang');
    const result = await importOffThread(
      'big.json',
      small,
      { timeLimitMs: 20, onPageMaxBytes: 0 },
      start,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          code: 'timeout',
          path: '',
          message: expect.stringMatching(/took longer than 0 s and was stopped/),
          hint: expect.stringMatching(/graph shown is unchanged/),
        }),
      ],
    });
    expect(made[0]!.terminated).toBe(true);
  });

  it('reads on the page when the worker cannot start', async () => {
    vi.stubGlobal('Worker', class {});
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { start } = fakeWorker('fail');
    const result = await importOffThread('valid-small.json', small, { onPageMaxBytes: 0 }, start);
    expect(result.ok).toBe(true);
  });

  it('reads a small file on the page without starting a worker', async () => {
    vi.stubGlobal('Worker', class {});
    const { start, made } = fakeWorker('hang');
    const result = await importOffThread('valid-small.json', small, {}, start);
    expect(result.ok).toBe(true);
    expect(made).toEqual([]);
  });

  it('reads on the page where there are no workers (Node)', async () => {
    const result = await importOffThread('valid-small.json', small);
    expect(result.ok).toBe(true);
  });
});
