/**
 * Every file in tests/fixtures/broken/ is named after what it gets wrong; each must be rejected
 * with that fault reported at the right place, in words a person can act on.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { findNodeAtLocation, parseTree } from 'jsonc-parser';
import { describe, expect, it } from 'vitest';
import { JsonLocator, LineIndex } from '../../src/lib/domain/json-text';
import { loadGraphBytes } from '../../src/lib/domain/load-graph';
import type { PathSegment } from '../../src/lib/domain/problems';
import type { Problem, ProblemCode } from '../../src/lib/domain/problems';

const DIR = resolve(import.meta.dirname, '../fixtures/broken');

interface Expected {
  code: ProblemCode;
  path: string;
  line?: number;
  column?: number;
  message: string | RegExp;
  hint?: string | RegExp;
  /** How many problems the file has in all (default 1: one fault, one report). */
  count?: number;
}

const EXPECTED: Record<string, Expected> = {
  'empty-file': { code: 'empty', path: '', message: 'the file is empty' },
  'whitespace-only': { code: 'empty', path: '', message: 'the file is empty' },
  'trailing-comma': {
    code: 'json_syntax',
    path: '',
    line: 3,
    column: 16,
    message: /^invalid JSON/,
  },
  'truncated-file': {
    code: 'json_syntax',
    path: '',
    line: 23,
    column: 10,
    message: /unterminated string/i,
  },
  'latin1-encoded': {
    code: 'not_utf8',
    path: '',
    message: /not valid UTF-8 \(bad byte at offset 134\)/,
    hint: /TIS-620/,
  },
  'deeply-nested': {
    code: 'too_deep',
    path: '',
    line: 1,
    column: 74,
    message: 'nesting deeper than 64 levels',
  },
  'top-level-array': {
    code: 'schema',
    path: '',
    line: 1,
    column: 1,
    message: 'the file must be a JSON object, not an array',
  },
  'missing-version': {
    code: 'schema',
    path: 'version',
    line: 1,
    column: 1,
    message: "missing required field 'version'",
  },
  'wrong-version': {
    code: 'schema',
    path: 'version',
    line: 3,
    column: 3,
    message: 'unknown version 2',
    hint: 'expected one of: 1',
  },
  'misspelt-nodes-field': {
    code: 'schema',
    path: 'node',
    line: 42,
    column: 3,
    message: "unknown field 'node'",
    hint: "did you mean 'nodes'?",
    count: 2,
  },
  'no-meta-sources': {
    code: 'schema',
    path: 'meta.sources',
    line: 10,
    column: 5,
    message: "'sources' must not be empty",
  },
  'id-not-kebab-case': {
    code: 'schema',
    path: 'nodes[2].id',
    line: 64,
    column: 7,
    message: /must be lowercase kebab-case/,
    hint: "try 'karl-marx'",
    count: 2,
  },
  'duplicate-node-id': {
    code: 'duplicate_id',
    path: 'nodes[1].id',
    line: 43,
    column: 7,
    message: "duplicate node id 'marxism' (first used at nodes[0])",
  },
  'duplicate-id-of-broken-node': {
    code: 'duplicate_id',
    path: 'nodes[1].id',
    line: 43,
    column: 7,
    message: "duplicate node id 'marxism' (first used at nodes[0])",
    count: 2,
  },
  'unknown-kind': {
    code: 'schema',
    path: 'nodes[0].kind',
    line: 20,
    column: 7,
    message: 'unknown kind "ideolgy"',
    hint: "did you mean 'ideology'?",
  },
  'missing-thai-label': {
    code: 'schema',
    path: 'nodes[1].label.th',
    line: 45,
    column: 7,
    message: "missing required field 'th'",
  },
  'duplicate-key': {
    code: 'duplicate_key',
    path: '',
    line: 40,
    column: 3,
    message: 'the key "nodes" appears twice in the same object',
    hint: /keeps only the last/,
  },
  'non-finite-year': {
    code: 'schema',
    path: 'nodes[1].time.start',
    line: 24,
    column: 17,
    message: "'start' is a number too large to hold",
  },
  'invisible-only-label': {
    code: 'schema',
    path: 'nodes[1].label.en',
    line: 22,
    column: 18,
    message: /^'en' must have a visible character: it has only invisible ones/,
  },
  'javascript-source-url': {
    code: 'schema',
    path: 'meta.sources[0].url',
    line: 7,
    column: 67,
    message: `'url' "JavaScript:alert(document.domain)" must be an http: or https: address`,
  },
  'blank-english-label': {
    code: 'schema',
    path: 'nodes[1].label.en',
    line: 46,
    column: 9,
    message: "'en' must not be empty or blank",
  },
  'summary-too-long': {
    code: 'schema',
    path: 'nodes[1].summary.en',
    line: 50,
    column: 9,
    message: "'en' must have at most 2000 characters",
  },
  'misspelt-label-field': {
    code: 'schema',
    path: 'nodes[1].lable',
    line: 58,
    column: 7,
    message: "unknown field 'lable'",
    hint: "did you mean 'label'?",
    count: 2,
  },
  'dangling-edge': {
    code: 'unknown_node',
    path: 'edges[0].target',
    line: 89,
    column: 7,
    message: "unknown node 'lenninism'",
    hint: "did you mean 'leninism'?",
  },
  'unknown-relation': {
    code: 'schema',
    path: 'edges[0].relation',
    line: 90,
    column: 7,
    message: 'unknown relation "derives_from"',
    hint: "did you mean 'derived_from'?",
  },
  'kind-not-allowed': {
    code: 'kind_not_allowed',
    path: 'edges[1].relation',
    line: 101,
    column: 7,
    message: "'derived_from' cannot go from person 'karl-marx' to ideology 'marxism'",
  },
  'self-loop': {
    code: 'self_loop',
    path: 'edges[0].target',
    line: 89,
    column: 7,
    message: "edge from 'leninism' to itself",
  },
  'duplicate-edge': {
    code: 'duplicate_edge',
    path: 'edges[2]',
    line: 110,
    column: 5,
    message: /duplicate edge leninism —derived_from→ marxism, same as edges\[0\]/,
  },
  'duplicate-of-broken-edge': {
    code: 'duplicate_edge',
    path: 'edges[2]',
    line: 111,
    column: 5,
    message: /duplicate edge leninism —derived_from→ marxism, same as edges\[0\]/,
    count: 2,
  },
  'duplicate-symmetric-edge': {
    code: 'duplicate_edge',
    path: 'edges[3]',
    line: 121,
    column: 5,
    message: /same as edges\[2\] \(it reads both ways\)/,
  },
  'derived-from-cycle': {
    code: 'cycle',
    path: 'edges[2]',
    line: 110,
    column: 5,
    message: 'derived_from cycle: marxism → leninism → marxism',
  },
  'end-before-start': {
    code: 'time_order',
    path: 'nodes[2].time.end',
    line: 76,
    column: 9,
    message: 'end year 1818 is before start year 1883',
  },
  'fractional-year': {
    code: 'schema',
    path: 'nodes[0].time.start',
    line: 33,
    column: 9,
    message: "'start' must be an int, not number 1848.5",
  },
  'unknown-source': {
    code: 'unknown_source',
    path: 'edges[0].sources[0].source',
    line: 93,
    column: 11,
    message: "unknown source 'tset'",
    hint: "did you mean 'test'?",
  },
  'empty-sources': {
    code: 'schema',
    path: 'nodes[0].sources',
    line: 35,
    column: 7,
    message: "'sources' must not be empty",
  },
  'disputed-without-note': {
    code: 'disputed_without_note',
    path: 'edges[0].certainty',
    line: 97,
    column: 7,
    message: 'a disputed edge needs a note',
  },
  'unknown-certainty': {
    code: 'schema',
    path: 'edges[0].certainty',
    line: 97,
    column: 7,
    message: 'unknown certainty "certain"',
    hint: /stated, disputed, inferred/,
  },
  'too-many-aliases': {
    code: 'schema',
    path: 'nodes[0].aliases',
    line: 25,
    column: 7,
    message: "'aliases' must have at most 50 items",
  },
  'duplicate-source-id': {
    code: 'duplicate_source',
    path: 'meta.sources[1].id',
    line: 16,
    column: 9,
    message: "duplicate source id 'test'",
  },
  'nodes-not-an-array': {
    code: 'schema',
    path: 'nodes',
    line: 17,
    column: 3,
    message: "'nodes' must be an array, not an object",
  },
  'numeric-edge-source': {
    code: 'schema',
    path: 'edges[0].source',
    line: 88,
    column: 7,
    message: "'source' must be a string, not number 42",
  },
};

function problemsOf(name: string): Problem[] {
  const result = loadGraphBytes(new Uint8Array(readFileSync(resolve(DIR, `${name}.json`))));
  if (result.ok) throw new Error(`${name}.json was accepted`);
  return result.problems;
}

describe('broken fixtures', () => {
  it('has an expectation for every fixture file, and at least 25 of them', () => {
    const files = readdirSync(DIR)
      .map((f) => f.replace(/\.json$/, ''))
      .sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(25);
  });

  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`${name}.json is rejected with its fault located`, () => {
      const problems = problemsOf(name);
      expect(problems).toHaveLength(expected.count ?? 1);
      const problem = problems.find((p) => p.code === expected.code && p.path === expected.path);
      expect(problem, JSON.stringify(problems, null, 2)).toBeDefined();
      expect(problem!.message).toMatch(expected.message);
      if (expected.line !== undefined) expect(problem!.line).toBe(expected.line);
      if (expected.column !== undefined) expect(problem!.column).toBe(expected.column);
      if (expected.hint !== undefined) expect(problem!.hint).toMatch(expected.hint);
    });
  }
});

/** Every path into `value`, each also with a member that is not there. */
function pathsOf(value: unknown, path: PathSegment[] = []): PathSegment[][] {
  const here = [path, [...path, 'missing'], [...path, 99]];
  if (Array.isArray(value)) return [...here, ...value.flatMap((v, i) => pathsOf(v, [...path, i]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...path, k]))];
  }
  return here;
}

describe('locating paths in the text', () => {
  it('puts every path where a syntax tree puts it, in one pass', () => {
    const texts = [
      readFileSync(resolve(DIR, 'duplicate-of-broken-edge.json'), 'utf8'),
      readFileSync(resolve(DIR, '../valid-small.json'), 'utf8'),
      // Compact, escaped keys and quotes, brackets inside strings, a repeated key, odd spacing.
      '{"a\\"b":[1,{"c]":"}\\\\",\t"d":[[],{}]}],"e":{"e":true},"e":null ,\r\n "f" : [ -1.5e3 , "x" ]}',
      '[ ]',
      ' 42 ',
    ];
    for (const text of texts) {
      const tree = parseTree(text)!;
      const lines = new LineIndex(text);
      const paths = pathsOf(JSON.parse(text));
      const expected = paths.map((path) => {
        for (let length = path.length; length >= 0; length--) {
          const node = findNodeAtLocation(tree, path.slice(0, length));
          if (!node) continue;
          const key = node.parent?.type === 'property' ? node.parent.children?.[0] : undefined;
          return lines.position(key?.offset ?? node.offset);
        }
        return undefined;
      });
      expect(new JsonLocator(text).locateAll(paths)).toEqual(expected);
    }
  });
});
