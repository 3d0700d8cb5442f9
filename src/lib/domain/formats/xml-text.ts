/**
 * XML text shared by the GraphML and GEXF formats: escaping for output (written by hand, so that
 * the exact bytes are ours), and for input a checked parse into plain objects with every entity
 * decoded by us. fast-xml-parser's own entity handling is off: it leaves numeric references such
 * as `&#10;` undecoded, and doing it here also means no DOCTYPE entity can expand.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { LIMITS } from '../limits';
import { fileTooLarge, type Problem } from '../problems';
import { xmlStructureProblems } from './xml-structure';

// Characters XML 1.0 forbids even as references: C0 controls other than tab and newlines, the
// non-characters U+FFFE/U+FFFF, and surrogate halves that are not part of a pair.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point here
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces characters XML 1.0 cannot carry with U+FFFD. */
function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '\uFFFD');
}

/** Escapes text for element content. A carriage return is written as a reference so it survives line-end normalization. */
export function escapeXmlText(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/**
 * Escapes text for a double-quoted attribute value. Tabs and line breaks become references:
 * a parser would otherwise turn them into spaces (attribute-value normalization).
 */
export function escapeXmlAttribute(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Decodes the five predefined entities and numeric references; unknown entities stay as written. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[A-Za-z][\w.-]*);/g, (whole, body: string) => {
    if (body[0] !== '#') return NAMED[body] ?? whole;
    const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** A parsed XML element: attributes as `@_name`, text as `#text`, CDATA as `#cdata`, children by local name. */
export type XmlElement = { readonly [key: string]: unknown };

export type XmlParse = { ok: true; root: XmlElement } | { ok: false; problems: Problem[] };

/**
 * Checks `text` is well-formed XML and parses it. Element names lose their namespace prefix
 * (`y:NodeLabel` → `NodeLabel`); the elements named in `repeated` always come as arrays. With
 * `comments`, comment text is kept (undecoded) as `#comment`.
 */
export function parseXml(
  text: string,
  formatName: string,
  repeated: ReadonlySet<string>,
  options: { comments?: boolean } = {},
): XmlParse {
  if (text.length > LIMITS.xmlFileBytes) {
    return fail(fileTooLarge(text.length, LIMITS.xmlFileBytes));
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail({
      code: 'empty',
      path: '',
      message: 'the file is empty',
      hint: `a ${formatName} file is XML`,
    });
  }
  const checked = XMLValidator.validate(body, { allowBooleanAttributes: false });
  if (checked !== true) {
    const { msg, line, col } = checked.err;
    return fail({
      code: 'import',
      path: '',
      ...(Number.isFinite(line) ? { line } : {}),
      ...(Number.isFinite(col) ? { column: col } : {}),
      message: `invalid XML: ${msg.replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase())}`,
      hint: `a ${formatName} file must be well-formed XML; look for an unclosed tag or an unescaped & or <`,
    });
  }
  const structure = xmlStructureProblems(body, formatName);
  if (structure.length > 0) return { ok: false, problems: structure };
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@_',
    removeNSPrefix: true,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    processEntities: false,
    cdataPropName: '#cdata',
    commentPropName: options.comments ? '#comment' : false,
    isArray: (name) => repeated.has(name),
  });
  try {
    return { ok: true, root: parser.parse(body) as XmlElement };
  } catch (error) {
    return fail({
      code: 'import',
      path: '',
      message: `invalid XML: ${error instanceof Error ? error.message : String(error)}`,
    });
  }
}

function fail(problem: Problem): XmlParse {
  return { ok: false, problems: [problem] };
}

/** The children of `element` named `name`, as an array whatever the parser made of them. */
export function childrenOf(element: unknown, name: string): XmlElement[] {
  if (!isElement(element)) return [];
  const value = element[name];
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  // An empty element without attributes parses as '': treat it as an element with no content.
  return list.map((item) => (isElement(item) ? item : { '#text': String(item) }));
}

/** The first child named `name`, or undefined. */
export function childOf(element: unknown, name: string): XmlElement | undefined {
  return childrenOf(element, name)[0];
}

/** An attribute value, entities decoded; undefined when absent. */
export function attributeOf(element: XmlElement, name: string): string | undefined {
  const value = element[`@_${name}`];
  return value === undefined ? undefined : decodeXmlEntities(String(value));
}

/** The text content of an element (its own text and CDATA, not its children's), entities decoded. */
export function textOf(element: XmlElement): string {
  const text = element['#text'];
  const cdata = element['#cdata'];
  const decoded = text === undefined ? '' : decodeXmlEntities(String(text).replace(/\r\n?/g, '\n'));
  const raw = cdata === undefined ? '' : Array.isArray(cdata) ? cdata.join('') : String(cdata);
  return decoded + raw;
}

/** Whether the value is a parsed element (rather than a text leaf). */
export function isElement(value: unknown): value is XmlElement {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every descendant element named `name`, depth first. */
export function descendantsOf(
  element: XmlElement,
  name: string,
  found: XmlElement[] = [],
): XmlElement[] {
  for (const [key, value] of Object.entries(element)) {
    if (key.startsWith('@_') || key.startsWith('#')) continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (!isElement(child)) {
        if (key === name) found.push({ '#text': String(child) });
        continue;
      }
      if (key === name) found.push(child);
      descendantsOf(child, name, found);
    }
  }
  return found;
}
