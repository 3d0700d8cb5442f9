/**
 * JSON text handling that JSON.parse does not do: decoding bytes strictly as UTF-8, refusing
 * pathological nesting before any recursive parser sees it, and mapping offsets and JSON paths
 * back to line and column so that every problem can point into the file.
 */
import { parseTree } from 'jsonc-parser';
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

/**
 * The offset of the first key that repeats a key of the same object, or null. `JSON.parse` keeps
 * the last of two equal keys without a word (`…,"nodes":[]` would empty a graph), so the text is
 * scanned once, after it parsed: each object keeps the keys seen so far (escaped keys compared
 * by their decoded value). It costs about a third of what `JSON.parse` takes on the same text.
 */
export function firstDuplicateKey(text: string): { offset: number; key: string } | null {
  // One entry per open bracket: the keys of an object so far (an array: objects have a handful
  // of keys, and a short array is quicker to make and search than a Set), or null for an array.
  const stack: (string[] | null)[] = [];
  let keys: string[] | null = null;
  let expectKey = false;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      const start = i;
      // to the closing quote: one indexOf per string, a backslash run before it means escaped
      for (let from = i + 1; ;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return null;
        let backslashes = 0;
        while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
        i = quote;
        if (backslashes % 2 === 0) break;
        from = quote + 1;
      }
      if (expectKey && keys) {
        const raw = text.slice(start + 1, i);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(start, i + 1)) as string) : raw;
        if (keys.includes(key)) return { offset: start, key };
        keys.push(key);
        expectKey = false;
      }
    } else if (c === 123 /* { */) {
      stack.push(keys);
      keys = [];
      expectKey = true;
    } else if (c === 91 /* [ */) {
      stack.push(keys);
      keys = null;
    } else if (c === 125 /* } */ || c === 93 /* ] */) keys = stack.pop() ?? null;
    else if (c === 44 /* , */) expectKey = keys !== null;
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

/** The paths being looked for, as a tree, with where each step was found (a member by its key). */
interface PathTrie {
  offset?: number;
  children?: Map<PathSegment, PathTrie>;
}

const SPACE = new Set([32, 9, 10, 13]);

/**
 * Finds where JSON paths sit in the text. When a path names a missing member, the nearest
 * existing ancestor is used, so a "required" problem points at the object that lacks the field;
 * a member is located by its key, which is what a reader scans for, and a repeated key by its
 * first occurrence.
 *
 * All paths are found in one pass over the text, which enters only the objects and arrays on
 * some path and skips the rest (strings in one `indexOf` each); building a syntax tree of a
 * 16 MB file first took six seconds. The text must be JSON that `JSON.parse` accepted and that
 * nests no deeper than the limit; on other text the result is a best effort.
 */
export class JsonLocator {
  private lines: LineIndex | undefined;

  constructor(private readonly text: string) {}

  locate(path: readonly PathSegment[]): { line: number; column: number } | undefined {
    return this.locateAll([path])[0];
  }

  /** The position of each path (or of its deepest existing ancestor), in the order given. */
  locateAll(
    paths: readonly (readonly PathSegment[])[],
  ): ({ line: number; column: number } | undefined)[] {
    const root: PathTrie = {};
    for (const path of paths) {
      let node = root;
      for (const segment of path) {
        node.children ??= new Map();
        let next = node.children.get(segment);
        if (!next) node.children.set(segment, (next = {}));
        node = next;
      }
    }
    const start = this.skipSpace(0);
    if (start < this.text.length) {
      root.offset = start;
      this.walk(start, root);
    }
    const lines = (this.lines ??= new LineIndex(this.text));
    return paths.map((path) => {
      let node: PathTrie | undefined = root;
      let offset = root.offset;
      for (const segment of path) {
        node = node.children?.get(segment);
        if (node?.offset === undefined) break;
        offset = node.offset;
      }
      return offset === undefined ? undefined : lines.position(offset);
    });
  }

  position(offset: number): { line: number; column: number } {
    this.lines ??= new LineIndex(this.text);
    return this.lines.position(offset);
  }

  /** Walks the value at `i`, noting where `node`'s children are; returns the offset after it. */
  private walk(i: number, node: PathTrie): number {
    const { text } = this;
    const open = text.charCodeAt(i);
    const children = node.children;
    if (!children || (open !== 123 /* { */ && open !== 91) /* [ */) return this.skipValue(i);
    i = this.skipSpace(i + 1);
    if (text.charCodeAt(i) === (open === 123 ? 125 : 93)) return i + 1;
    for (let index = 0; ; index++) {
      let child: PathTrie | undefined;
      if (open === 123) {
        const keyStart = i;
        const keyEnd = this.skipString(i);
        const raw = text.slice(keyStart + 1, keyEnd - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, keyEnd)) as string) : raw;
        i = this.skipSpace(this.skipSpace(keyEnd) + 1);
        child = children.get(key);
        if (child?.offset !== undefined) child = undefined;
        if (child) child.offset = keyStart;
      } else {
        child = children.get(index);
        if (child) child.offset = i;
      }
      i = this.skipSpace(child ? this.walk(i, child) : this.skipValue(i));
      if (text.charCodeAt(i) !== 44 /* , */) return i + 1;
      i = this.skipSpace(i + 1);
    }
  }

  private skipSpace(i: number): number {
    while (SPACE.has(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** From an opening quote to just after its closing quote. */
  private skipString(i: number): number {
    const { text } = this;
    for (let from = i + 1; ;) {
      const quote = text.indexOf('"', from);
      if (quote === -1) return text.length;
      let backslashes = 0;
      while (text.charCodeAt(quote - 1 - backslashes) === 92 /* \ */) backslashes++;
      if (backslashes % 2 === 0) return quote + 1;
      from = quote + 1;
    }
  }

  private skipValue(i: number): number {
    const { text } = this;
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) return this.skipString(i);
    if (c === 123 || c === 91) {
      let depth = 0;
      for (let j = i; j < text.length; j++) {
        const d = text.charCodeAt(j);
        if (d === 34) j = this.skipString(j) - 1;
        else if (d === 123 || d === 91) depth++;
        else if ((d === 125 || d === 93) && --depth === 0) return j + 1;
      }
      return text.length;
    }
    let j = i;
    for (; j < text.length; j++) {
      const d = text.charCodeAt(j);
      if (d === 44 || d === 93 || d === 125 || SPACE.has(d)) break;
    }
    return Math.max(j, i + 1);
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
