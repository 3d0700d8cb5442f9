/**
 * Reading single attribute values of an imported file: words for kinds and relations, years,
 * booleans, texts cut to our limits, sources, time spans and ids, each guess noted in the
 * import report.
 */
import { NODE_KINDS, nodeKinds, type NodeKind } from '../kinds';
import { LIMITS } from '../limits';
import { RELATIONS, relationIds, type RelationId } from '../relations';
import { ID_PATTERN, sourceRefSchema, type SourceRef, type Time } from '../schema';
import { toKebabCase } from '../zod-issues';
import { IMPORTED_SOURCE_ID, lookup, type AttributeValues } from './raw-graph';

const EXAMPLES = 5;

/** Collects report lines by category so that 500 nodes without a Thai label make one line. */
export class Report {
  private readonly items = new Map<string, string[]>();
  readonly lines: string[] = [];

  add(category: string, item: string): void {
    const list = this.items.get(category);
    if (list) list.push(item);
    else this.items.set(category, [item]);
  }

  toLines(): string[] {
    const grouped = [...this.items].map(([category, items]) => {
      const shown = items.slice(0, EXAMPLES).join(', ');
      const more = items.length > EXAMPLES ? `, … and ${items.length - EXAMPLES} more` : '';
      return `${category} (${items.length}): ${shown}${more}`;
    });
    return [...this.lines, ...grouped];
  }
}

export function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

export const quoted = (text: string) => `'${clip(text, 60)}'`;

export function normalizedWord(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
}

export const KIND_WORDS = new Map<string, NodeKind>();
for (const kind of nodeKinds) {
  const words = NODE_KINDS[kind];
  for (const word of [kind, words.en, words.th, words.plural.en, words.plural.th]) {
    if (!KIND_WORDS.has(normalizedWord(word))) KIND_WORDS.set(normalizedWord(word), kind);
  }
}
KIND_WORDS.set('organisation', 'organization');

export const RELATION_WORDS = new Map<string, RelationId>();
for (const id of relationIds) {
  const spec = RELATIONS[id];
  for (const word of [id, spec.label.en, spec.label.th, spec.forward.en, spec.forward.th]) {
    if (!RELATION_WORDS.has(normalizedWord(word))) RELATION_WORDS.set(normalizedWord(word), id);
  }
}

export function parseYear(text: string | undefined): number | undefined | 'bad' {
  if (text === undefined) return undefined;
  const value = Number(text.trim());
  if (!Number.isInteger(value) || value < LIMITS.minYear || value > LIMITS.maxYear) return 'bad';
  return value;
}

export function parseBoolean(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  return /^(true|1|yes)$/i.test(text.trim())
    ? true
    : /^(false|0|no)$/i.test(text.trim())
      ? false
      : undefined;
}

export interface Context {
  readonly fileName: string;
  readonly own: boolean;
  readonly report: Report;
  readonly sourceIds: Set<string>;
  importedUsed: boolean;
}

export function textValue(
  context: Context,
  value: string | undefined,
  max: number,
  what: string,
  where: string,
) {
  if (value === undefined) return undefined;
  const kept = context.own ? value : value.trim();
  if (kept.trim() === '') return undefined;
  if (kept.length <= max) return kept;
  context.report.add(`${what} longer than ${max} characters, cut short`, where);
  return clip(kept, max);
}

export function importedRef(context: Context): SourceRef[] {
  context.importedUsed = true;
  return [{ source: IMPORTED_SOURCE_ID, section: clip(context.fileName, LIMITS.labelLength) }];
}

export function sourcesOf(context: Context, json: string | undefined, where: string): SourceRef[] {
  if (json === undefined) {
    if (context.own) context.report.add('no sources; cited the imported file', where);
    return importedRef(context);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    context.report.add('sources were not readable JSON; cited the imported file', where);
    return importedRef(context);
  }
  const refs = (Array.isArray(parsed) ? parsed : [])
    .map((item) => sourceRefSchema.safeParse(item))
    .filter((r) => r.success && context.sourceIds.has(r.data.source))
    .map((r) => r.data!)
    .slice(0, LIMITS.sourcesPerItem);
  if (refs.length === 0) {
    context.report.add('sources named no known source; cited the imported file', where);
    return importedRef(context);
  }
  return refs;
}

export function timeOf(
  context: Context,
  attributes: AttributeValues,
  where: string,
): Time | undefined {
  let start = parseYear(lookup(attributes, 'start'));
  let end = parseYear(lookup(attributes, 'end'));
  if (start === 'bad' || end === 'bad') {
    context.report.add(
      `years that are not whole numbers from ${LIMITS.minYear} to ${LIMITS.maxYear}, dropped`,
      where,
    );
    if (start === 'bad') start = undefined;
    if (end === 'bad') end = undefined;
  }
  if (start !== undefined && end !== undefined && start > end) {
    context.report.add('end year before start year; end dropped', where);
    end = undefined;
  }
  const circa = parseBoolean(lookup(attributes, 'circa'));
  if (start === undefined && end === undefined && circa === undefined) return undefined;
  return {
    ...(start !== undefined ? { start } : {}),
    ...(end !== undefined ? { end } : {}),
    ...(circa !== undefined ? { circa } : {}),
  };
}

/** A unique kebab-case id for `raw`, from the id itself, else the label, else the position. */
export function idFor(raw: string, label: string, index: number, taken: Set<string>): string {
  const fits = (id: string) => id.slice(0, LIMITS.idLength).replace(/-+$/, '');
  let base = raw.length <= LIMITS.idLength && ID_PATTERN.test(raw) ? raw : fits(toKebabCase(raw));
  if (base === '') base = fits(toKebabCase(label));
  if (base === '') base = `node-${index + 1}`;
  let id = base;
  for (let n = 2; taken.has(id); n++)
    id = `${fits(base.slice(0, LIMITS.idLength - String(n).length - 1))}-${n}`;
  taken.add(id);
  return id;
}

export function placeholderSummary(fileName: string) {
  return {
    en: clip(`Imported from ${fileName}; no summary yet.`, LIMITS.summaryLength),
    th: clip(`นำเข้าจาก ${fileName} ยังไม่มีคำอธิบาย`, LIMITS.summaryLength),
  };
}
