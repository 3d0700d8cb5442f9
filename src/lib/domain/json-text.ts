/**
 * JSON text handling that JSON.parse does not do: decoding bytes strictly as UTF-8, refusing
 * pathological nesting before any recursive parser sees it, and mapping offsets and JSON paths
 * back to line and column so that every problem can point into the file.
 */
import { findNodeAtLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { PathSegment } from './problems';

export type Decoded = { ok: true; text: string } | { ok: false; offset: number };

/** Decodes UTF-8 strictly (a stray Latin-1 byte is an error, not a replacement character). */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    return { ok: true, text };
  } catch {
    return { ok: false, offset: firstInvalidUtf8Offset(bytes) };
  }
}

function firstInvalidUtf8Offset(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length =
      b < 0x80 ? 1 : b >> 5 === 0b110 ? 2 : b >> 4 === 0b1110 ? 3 : b >> 3 === 0b11110 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || next >> 6 !== 0b10) return i;
    }
    i += length;
  }
  return bytes.length;
}

/**
 * The deepest nesting of arrays and objects, stopping early once `limit` is passed. Strings are
 * skipped so that brackets inside text do not count.
 */
export function nestingDepthExceeds(text: string, limit: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > limit) return i;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return null;
}

/** Maps character offsets to 1-based line and column, with the line starts computed once. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }

  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - this.starts[lo]! + 1 };
  }
}

/**
 * Finds where a JSON path sits in the text. When the path names a missing member, the nearest
 * existing ancestor is used, so a "required" problem points at the object that lacks the field.
 */
export class JsonLocator {
  private root: JsonNode | undefined;
  private lines: LineIndex | undefined;

  constructor(private readonly text: string) {}

  locate(path: readonly PathSegment[]): { line: number; column: number } | undefined {
    this.root ??= parseTree(this.text, [], { disallowComments: true }) ?? undefined;
    if (!this.root) return undefined;
    this.lines ??= new LineIndex(this.text);
    for (let length = path.length; length >= 0; length--) {
      const node = findNodeAtLocation(this.root, path.slice(0, length) as PathSegment[]);
      if (node) {
        // For a member value, point at its key: that is what a reader scans for.
        const keyNode = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
        return this.lines.position(keyNode?.offset ?? node.offset);
      }
    }
    return undefined;
  }

  position(offset: number): { line: number; column: number } {
    this.lines ??= new LineIndex(this.text);
    return this.lines.position(offset);
  }
}

/**
 * The offset of a JSON syntax error, from V8's message ("… at position 12" or "(line 2 column 5)")
 * or, failing that, from a tolerant parse of the same text.
 */
export function syntaxErrorOffset(text: string, error: unknown): number {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  const lineColumn = /line (\d+) column (\d+)/.exec(message);
  if (lineColumn) {
    const line = Number(lineColumn[1]);
    let offset = 0;
    for (let l = 1; l < line; l++) offset = text.indexOf('\n', offset) + 1;
    return offset + Number(lineColumn[2]) - 1;
  }
  if (/Unexpected end of JSON input/.test(message)) return text.length;
  const errors: { offset: number }[] = [];
  parseTree(text, errors as never, { disallowComments: true });
  return errors[0]?.offset ?? 0;
}
