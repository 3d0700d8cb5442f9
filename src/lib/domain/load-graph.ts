/**
 * Loading a graph file: bytes or text in, `{ ok: true, graph } | { ok: false, problems }` out.
 * The same function serves the CLI's `validate`, the explorer's file picker and the tests, so
 * the browser and the command line can never disagree about what a valid file is.
 */
import { z } from 'zod';
import { checkGraphRules, type EdgeEnds, type RawProblem, type RuleInput } from './graph-rules';
import {
  decodeUtf8,
  firstDuplicateKey,
  JsonLocator,
  nestingDepthExceeds,
  syntaxErrorOffset,
} from './json-text';
import { LIMITS } from './limits';
import { fileTooLarge, formatPath, type PathSegment, type Problem } from './problems';
import { describeZodIssue } from './zod-issues';
import {
  edgeSchema,
  graphFileSchema,
  metaSchema,
  nodeSchema,
  relationSchema,
  type Edge,
  type GraphFile,
  type Node,
} from './schema';

export type LoadResult = { ok: true; graph: GraphFile } | { ok: false; problems: Problem[] };

/** Called as each phase of a load begins (formats/raw-graph.ts's ImportPhase). */
type OnPhase = (phase: 'decoding' | 'parsing' | 'checking') => void;

/** Loads a graph from raw file bytes: checks size and encoding, then everything `loadGraphText` checks. */
export function loadGraphBytes(bytes: Uint8Array, onPhase?: OnPhase): LoadResult {
  if (bytes.length > LIMITS.fileBytes) return fail(tooLarge(bytes.length));
  onPhase?.('decoding');
  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) {
    return fail({
      code: 'not_utf8',
      path: '',
      message: `the file is not valid UTF-8 (bad byte at offset ${decoded.offset})`,
      hint: 'save the file as UTF-8; Thai text in TIS-620 or Windows-874 must be converted',
    });
  }
  return loadGraphText(decoded.text, onPhase);
}

/** Loads a graph from JSON text. Never throws on bad input. */
export function loadGraphText(text: string, onPhase?: OnPhase): LoadResult {
  if (text.length > LIMITS.fileBytes) return fail(tooLarge(text.length));
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // a test that stops at the first character, not a trimmed copy of megabytes
  if (!/\S/.test(body)) {
    return fail({
      code: 'empty',
      path: '',
      message: 'the file is empty',
      hint: 'a graph file is a JSON object with version, meta, nodes and edges',
    });
  }
  const locator = new JsonLocator(body);
  // V8's JSON.parse copes with any nesting, but the locator's parser recurses: check depth only
  // on the failure paths that locate problems, so that valid files do not pay for the scan.
  const tooDeep = () => {
    const offset = nestingDepthExceeds(body, LIMITS.nestingDepth);
    return offset === null
      ? undefined
      : fail({
          code: 'too_deep',
          path: '',
          ...locator.position(offset),
          message: `nesting deeper than ${LIMITS.nestingDepth} levels`,
          hint: 'a graph file nests at most a few levels; this is not a graph file',
        });
  };
  onPhase?.('parsing');
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    return (
      tooDeep() ??
      fail({
        code: 'json_syntax',
        path: '',
        ...locator.position(syntaxErrorOffset(body, error)),
        message: `invalid JSON: ${jsonSyntaxMessage(error)}`,
        hint: 'look for a missing comma, quote or bracket just before this point',
      })
    );
  }
  const duplicate = firstDuplicateKey(body);
  if (duplicate) {
    return fail({
      code: 'duplicate_key',
      path: '',
      ...locator.position(duplicate.offset),
      message: `the key "${duplicate.key}" appears twice in the same object`,
      hint: 'JSON keeps only the last of the two; remove or rename one of them',
    });
  }
  onPhase?.('checking');
  const result = validateGraphData(data);
  if (result.ok) return result;
  return tooDeep() ?? { ok: false, problems: withPositions(result.problems, locator) };
}

type LocatedLater = Problem & { segments?: PathSegment[] };

/** Gives each problem the line and column of its path, all found in one pass over the text. */
function withPositions(problems: LocatedLater[], locator: JsonLocator): Problem[] {
  const toLocate = problems.filter((p) => p.segments && p.line === undefined);
  const positions = locator.locateAll(toLocate.map((p) => p.segments!));
  const found = new Map(toLocate.map((p, i) => [p, positions[i]]));
  return problems.map((problem) => {
    const { segments: _, ...rest } = problem;
    const position = found.get(problem);
    return position ? { ...rest, ...position } : rest;
  });
}

const envelopeSchema = graphFileSchema.extend({
  nodes: z.array(z.unknown()),
  edges: z.array(z.unknown()),
});

/**
 * Validates already-parsed data. Nodes and edges are checked one by one so that one bad node
 * does not hide the problems of the others, and graph rules still run on everything that parsed.
 */
export function validateGraphData(data: unknown): LoadResult {
  const problems: LocatedLater[] = [];
  const full = () => problems.length >= LIMITS.problems;
  const add = (raw: RawProblem) => {
    if (!full()) problems.push({ ...raw, path: formatPath(raw.path), segments: raw.path });
  };
  // Past the cap a broken item is not described: re-parsing it for the details costs time.
  const describe = (schema: z.ZodType, raw: unknown, path: PathSegment[]) => {
    if (!full())
      for (const issue of issuesWithInput(schema, raw)) add(describeZodIssue(issue, path));
  };

  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const record = data as Record<string, unknown>;
    for (const collection of ['nodes', 'edges'] as const) {
      const items = record[collection];
      const max = collection === 'nodes' ? LIMITS.nodes : LIMITS.edges;
      if (Array.isArray(items) && items.length > max) {
        return fail({
          code: 'too_large',
          path: collection,
          message: `${items.length} ${collection}: more than the limit of ${max}`,
          hint: 'split the graph into smaller files',
        });
      }
    }
  }

  const envelope = envelopeSchema.safeParse(data, { reportInput: true });
  if (!envelope.success) {
    for (const issue of envelope.error.issues) add(describeZodIssue(issue, []));
    // Without the envelope there are no nodes and edges to check individually.
    if (!isRecord(data) || !Array.isArray(data.nodes) || !Array.isArray(data.edges)) {
      return { ok: false, problems };
    }
  }
  const record = data as Record<string, unknown[]>;
  const rawNodes = record.nodes!;
  const rawEdges = record.edges!;

  const nodes: { index: number; node: Node }[] = [];
  const nodeIds: RuleInput['nodeIds'] = [];
  rawNodes.forEach((raw, index) => {
    if (isRecord(raw) && typeof raw.id === 'string') nodeIds.push({ index, id: raw.id });
    const parsed = nodeSchema.safeParse(raw);
    if (parsed.success) nodes.push({ index, node: parsed.data });
    else describe(nodeSchema, raw, ['nodes', index]);
  });
  const edges: { index: number; edge: Edge }[] = [];
  const brokenEdges: NonNullable<RuleInput['brokenEdges']> = [];
  rawEdges.forEach((raw, index) => {
    const parsed = edgeSchema.safeParse(raw);
    if (parsed.success) edges.push({ index, edge: parsed.data });
    else {
      const ends = edgeEnds(raw);
      if (ends) brokenEdges.push({ index, edge: ends });
      describe(edgeSchema, raw, ['edges', index]);
    }
  });

  // Cite-checks need the source list; when the envelope is broken elsewhere, meta may still be fine.
  const meta = envelope.success
    ? { success: true as const, data: envelope.data.meta }
    : metaSchema.safeParse((data as Record<string, unknown>).meta);
  const sources = meta.success ? meta.data.sources : undefined;
  const keep = LIMITS.problems - problems.length;
  for (const problem of checkGraphRules({ nodes, edges, sources, nodeIds, brokenEdges, keep })) {
    add(problem);
  }

  if (problems.length >= LIMITS.problems) {
    problems.push({
      code: 'too_many_problems',
      path: '',
      message: `stopped after ${LIMITS.problems} problems`,
      hint: 'fix these first, then validate again',
    });
  }
  if (problems.length > 0 || !envelope.success) return { ok: false, problems };
  return {
    ok: true,
    graph: { ...envelope.data, nodes: nodes.map((n) => n.node), edges: edges.map((e) => e.edge) },
  };
}

/**
 * Re-parses a failed item with the offending input attached to each issue (for "did you mean").
 * Only failures pay for it: reportInput makes zod about twice as slow on the valid majority.
 */
function issuesWithInput(schema: z.ZodType, raw: unknown): z.core.$ZodIssue[] {
  const parsed = schema.safeParse(raw, { reportInput: true });
  return parsed.success ? [] : parsed.error.issues;
}

/** What a broken edge still says about where it goes, if enough to spot a duplicate of it. */
function edgeEnds(raw: unknown): EdgeEnds | undefined {
  if (!isRecord(raw)) return undefined;
  const { source, target, relation } = raw;
  if (typeof source !== 'string' || typeof target !== 'string') return undefined;
  const known = relationSchema.safeParse(relation);
  return known.success ? { source, target, relation: known.data } : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: Problem): LoadResult {
  return { ok: false, problems: [problem] };
}

function tooLarge(size: number): Problem {
  return fileTooLarge(size, LIMITS.fileBytes);
}

function jsonSyntaxMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // V8 appends position details that we already report as line and column.
  return message
    .replace(/^JSON\.parse: /, '')
    .replace(/ in JSON at position \d+.*$/s, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .replace(/, (?:\.\.\.)?"[\s\S]*" is not valid JSON$/, '')
    .replace(/^[A-Z](?=[a-z])/, (c) => c.toLowerCase());
}
