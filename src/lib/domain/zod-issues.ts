/**
 * Turns zod issues into problems a person can act on: the field's name instead of "Invalid
 * input", the allowed values, and a "did you mean" for misspelt enum values and field names.
 * A raw ZodError never leaves the domain layer.
 */
import type { z } from 'zod';
import type { RawProblem } from './graph-rules';
import type { PathSegment } from './problems';
import { BLANK_MESSAGE, INVISIBLE_MESSAGE } from './schema';
import { didYouMean } from './suggest';

const LOCALIZED = ['en', 'th'];
const TIME = ['start', 'end', 'circa'];
const SOURCE_REF = ['source', 'section'];
const NODE = ['id', 'kind', 'label', 'aliases', 'summary', 'time', 'sources'];
const EDGE = ['source', 'target', 'relation', 'certainty', 'time', 'note', 'sources'];
const TOP = ['$schema', 'version', 'meta', 'nodes', 'edges'];
const META = ['id', 'title', 'description', 'sources'];
const SOURCE = ['id', 'title', 'url', 'license', 'retrieved'];

/** The fields an object at `path` may have, for "did you mean" on unknown keys. */
function knownKeys(path: readonly PathSegment[]): string[] {
  const last = path[path.length - 1];
  const top = path[0];
  if (path.length === 0) return TOP;
  if (path.length === 1 && top === 'meta') return META;
  if (path.length === 3 && top === 'meta' && path[1] === 'sources') return SOURCE;
  if (path.length === 2 && top === 'nodes') return NODE;
  if (path.length === 2 && top === 'edges') return EDGE;
  if (typeof last === 'number' && path[path.length - 2] === 'sources') return SOURCE_REF;
  if (last === 'time') return TIME;
  if (
    typeof last === 'string' &&
    ['label', 'summary', 'title', 'description', 'note'].includes(last)
  ) {
    return LOCALIZED;
  }
  return [];
}

function fieldName(path: readonly PathSegment[]): string {
  const last = path[path.length - 1];
  return typeof last === 'string' ? last : 'value';
}

function shown(value: unknown): string {
  if (value === undefined) return 'nothing';
  const json = JSON.stringify(value);
  if (json === undefined) return String(value);
  return json.length > 60 ? `${json.slice(0, 57)}…` : json;
}

function kindOfValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `${typeof value} ${shown(value)}`;
}

/** One zod issue as a problem, with `prefix` prepended to its path. */
export function describeZodIssue(issue: z.core.$ZodIssue, prefix: PathSegment[]): RawProblem {
  const path = [...prefix, ...(issue.path as PathSegment[])];
  const field = fieldName(path);
  const base = { code: 'schema' as const, path };
  if (path.length === 0 && issue.code === 'invalid_type') {
    return {
      ...base,
      message: `the file must be a JSON object, not ${kindOfValue(issue.input)}`,
      hint: 'a graph file is { "version": 1, "meta": …, "nodes": […], "edges": […] }',
    };
  }
  switch (issue.code) {
    case 'invalid_type': {
      if (issue.input === undefined) {
        return {
          ...base,
          message: `missing required field '${field}'`,
          hint: `add "${field}" (${issue.expected})`,
        };
      }
      // JSON.parse reads 1e309 as Infinity, which zod calls "number"; say what is wrong instead.
      if (typeof issue.input === 'number' && !Number.isFinite(issue.input)) {
        return { ...base, message: `'${field}' is a number too large to hold` };
      }
      return {
        ...base,
        message: `'${field}' must be ${article(issue.expected)}, not ${kindOfValue(issue.input)}`,
      };
    }
    case 'unrecognized_keys': {
      const [key] = issue.keys;
      const keys = issue.keys.map((k) => `'${k}'`).join(', ');
      const hint = key !== undefined ? didYouMean(key, knownKeys(path)) : undefined;
      return {
        ...base,
        // Point at the unknown key itself: that is the line the user has to edit.
        path: key !== undefined ? [...path, key] : path,
        message: `unknown field${issue.keys.length > 1 ? 's' : ''} ${keys}`,
        hint: hint ?? `allowed here: ${knownKeys(path).join(', ')}`,
      };
    }
    case 'invalid_value': {
      if (issue.input === undefined) {
        return { ...base, message: `missing required field '${field}'` };
      }
      const allowed = issue.values.map((v) => String(v));
      const given = issue.input;
      const suggestion = typeof given === 'string' ? didYouMean(given, allowed) : undefined;
      return {
        ...base,
        message: `unknown ${field} ${shown(given)}`,
        hint: suggestion ?? `expected one of: ${allowed.join(', ')}`,
      };
    }
    case 'invalid_format': {
      // The input is not shown: it would print as an empty or garbled string.
      if (issue.message === BLANK_MESSAGE || issue.message === INVISIBLE_MESSAGE)
        return { ...base, message: `'${field}' ${issue.message}` };
      const suggestion =
        field === 'id' && typeof issue.input === 'string' ? toKebabCase(issue.input) : undefined;
      const rule = issue.message.startsWith('must')
        ? issue.message
        : `is not a valid ${issue.format}`;
      return {
        ...base,
        message: `'${field}' ${shown(issue.input)} ${rule}`,
        hint: suggestion ? `try '${suggestion}'` : undefined,
      };
    }
    case 'too_big':
    case 'too_small': {
      const bound = issue.code === 'too_big' ? 'at most' : 'at least';
      const limit = String(issue.code === 'too_big' ? issue.maximum : issue.minimum);
      const unit =
        issue.origin === 'string' ? ' characters' : issue.origin === 'array' ? ' items' : '';
      const message =
        issue.code === 'too_small' && issue.origin === 'array' && limit === '1'
          ? `'${field}' must not be empty`
          : `'${field}' must have ${bound} ${limit}${unit}`;
      return issue.origin === 'number' || issue.origin === 'int'
        ? { ...base, message: `'${field}' must be ${bound} ${limit}, not ${shown(issue.input)}` }
        : { ...base, message };
    }
    case 'custom':
      return { ...base, message: `'${field}' ${issue.message}` };
    default:
      return { ...base, message: `'${field}': ${issue.message}` };
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

/** A best guess at the kebab-case id a person meant: "Marxism–Leninism" → "marxism-leninism". */
export function toKebabCase(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
