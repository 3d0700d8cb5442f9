/**
 * The well-formedness rules fast-xml-parser's validator lets through, checked on the raw text
 * after it has passed: exactly one root element (the validator misses a second root when either
 * root is self-closing, `<graphml/><graphml/>`), and character references only to characters
 * XML 1.0 allows (`&#xD800;`, a lone surrogate half, or `&#1;` would otherwise be decoded into
 * the graph). Each finding is a located Problem (line and column, both from 1).
 */
import type { Problem } from '../problems';

// One token of markup, in document order. Attribute values are matched whole so that a `>`
// inside quotes does not end a tag; a DOCTYPE may carry an internal subset in brackets.
const MARKUP =
  /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE(?:[^[>]|\[[\s\S]*?\])*>|<\/[^>]*>|<[^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*>/g;

const REFERENCE = /&#(x[0-9a-fA-F]+|[0-9]+);/g;

/** Line and column (from 1) of a UTF-16 offset in `text`. */
export function locate(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Whether `code` is a character XML 1.0 allows (the Char production). */
function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    (code >= 0x10000 && code <= 0x10ffff)
  );
}

/** The offset and name of a second root element, or undefined when there is one root. */
function secondRoot(text: string): { offset: number; name: string } | undefined {
  let depth = 0;
  let roots = 0;
  MARKUP.lastIndex = 0;
  for (let match = MARKUP.exec(text); match !== null; match = MARKUP.exec(text)) {
    const tag = match[0];
    const second = tag[1];
    if (second === '!' || second === '?') continue;
    if (second === '/') {
      depth -= 1;
      continue;
    }
    if (depth === 0) {
      roots += 1;
      if (roots > 1) {
        return { offset: match.index, name: /^<([^\s/>]+)/.exec(tag)?.[1] ?? '' };
      }
    }
    if (!tag.endsWith('/>')) depth += 1;
  }
  return undefined;
}

/** The first character reference to a character XML forbids, with its offset. */
function forbiddenReference(text: string): { offset: number; written: string } | undefined {
  if (!text.includes('&#')) return undefined;
  REFERENCE.lastIndex = 0;
  for (let match = REFERENCE.exec(text); match !== null; match = REFERENCE.exec(text)) {
    const body = match[1]!;
    const code = body[0] === 'x' ? parseInt(body.slice(1), 16) : parseInt(body, 10);
    if (!isXmlChar(code)) return { offset: match.index, written: match[0] };
  }
  return undefined;
}

/**
 * Problems with the structure of `text` (already passed by the validator), or none. `formatName`
 * goes into the hint, as in the validator's messages.
 */
export function xmlStructureProblems(text: string, formatName: string): Problem[] {
  const root = secondRoot(text);
  if (root !== undefined) {
    return [
      {
        code: 'import',
        path: '',
        ...locate(text, root.offset),
        message: `invalid XML: a second root element <${root.name}> after the first one ended`,
        hint: `a ${formatName} file has exactly one root element; remove what follows its closing tag or join the two files`,
      },
    ];
  }
  const reference = forbiddenReference(text);
  if (reference !== undefined) {
    return [
      {
        code: 'import',
        path: '',
        ...locate(text, reference.offset),
        message: `invalid XML: the character reference ${reference.written} names a character XML does not allow`,
        hint: 'XML allows tab, line breaks and characters from U+0020 up, except surrogate halves (U+D800–U+DFFF) and U+FFFE/U+FFFF; remove the reference or write the character itself',
      },
    ];
  }
  return [];
}
