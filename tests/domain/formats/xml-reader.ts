/**
 * An independent reading of our XML output for tests: fast-xml-parser with its own entity
 * decoding (not the importer's), so a test checks what another tool would see.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { expect } from 'vitest';

export type Element = Record<string, unknown> & { '#text'?: string };

const LISTS = new Set(['key', 'node', 'edge', 'data', 'attribute', 'attributes', 'attvalue']);

/** Parses XML that must be well-formed; attributes as `@name`, lists always as arrays. */
export function readXml(text: string): Record<string, Element> {
  expect(XMLValidator.validate(text)).toBe(true);
  return new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    htmlEntities: true,
    isArray: (name) => LISTS.has(name),
  }).parse(text) as Record<string, Element>;
}

export function list(value: unknown): Element[] {
  return (Array.isArray(value) ? value : value === undefined ? [] : [value]) as Element[];
}
