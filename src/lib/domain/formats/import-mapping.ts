/**
 * Mapping a graph read from another format onto ours. The GraphML and GEXF readers only collect
 * nodes and edges with their attributes by name (`RawGraph`, raw-graph.ts); this module decides
 * what those attributes mean: our own exports map back exactly, foreign files are mapped as well
 * as they can be, and every guess is written to the import report (single values are read in
 * import-values.ts). The result always goes through `validateGraphData`, so an imported graph
 * obeys every rule a hand-written one does.
 */
import type { NodeKind } from '../kinds';
import { LIMITS } from '../limits';
import { validateGraphData } from '../load-graph';
import { relationSpec, type RelationId } from '../relations';
import {
  certaintySchema,
  metaSchema,
  type Certainty,
  type Edge,
  type GraphFile,
  type Meta,
  type Node,
} from '../schema';
import { toKebabCase } from '../zod-issues';
import { aliasesFromText } from './attributes';
import {
  clip,
  idFor,
  KIND_WORDS,
  normalizedWord,
  parseBoolean,
  placeholderSummary,
  quoted,
  RELATION_WORDS,
  Report,
  sourcesOf,
  textValue,
  timeOf,
  type Context,
} from './import-values';
import {
  IMPORTED_SOURCE_ID,
  lookup,
  type AttributeValues,
  type ImportResult,
  type RawEdge,
  type RawGraph,
  type RawItem,
} from './raw-graph';

export {
  AttributeValues,
  IMPORTED_SOURCE_ID,
  type ImportOptions,
  type ImportResult,
  type RawEdge,
  type RawGraph,
  type RawItem,
} from './raw-graph';

function metaOf(raw: RawGraph, fileName: string, report: Report): { meta: Meta; own: boolean } {
  if (raw.metaJson !== undefined) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.metaJson);
    } catch {
      parsed = undefined;
    }
    const meta = metaSchema.safeParse(parsed);
    if (meta.success) return { meta: meta.data, own: true };
    report.lines.push(
      'the isms graph description in the file was not readable; a new one was made',
    );
  }
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '');
  const title = clip(raw.title?.trim() || base || fileName || 'Imported graph', LIMITS.labelLength);
  return {
    own: false,
    meta: {
      id: toKebabCase(base).slice(0, LIMITS.idLength).replace(/-+$/, '') || 'imported',
      title: { en: title, th: title },
      sources: [],
    },
  };
}

function kindOf(context: Context, attributes: AttributeValues, where: string): NodeKind {
  const given = lookup(attributes, 'kind', 'type', 'category');
  const kind = given === undefined ? undefined : KIND_WORDS.get(normalizedWord(given));
  if (kind) return kind;
  if (given === undefined) context.report.add('nodes without a kind, imported as concept', where);
  else
    context.report.add(
      'nodes of an unknown kind, imported as concept',
      `${where} (${quoted(given)})`,
    );
  return 'concept';
}

function mapNode(context: Context, raw: RawItem, id: string): Node {
  const { attributes } = raw;
  const where = id;
  const max = LIMITS.labelLength;
  let en = textValue(
    context,
    lookup(attributes, 'label_en', 'label', 'name', 'title'),
    max,
    'labels',
    where,
  );
  let th = textValue(context, lookup(attributes, 'label_th'), max, 'labels', where);
  if (en === undefined && th !== undefined) {
    context.report.add('no English label; used the Thai label', where);
    en = th;
  }
  if (en === undefined) {
    context.report.add('no label; used the id', where);
    en = clip(raw.id.trim() || id, max);
  }
  if (th === undefined) {
    context.report.add('no Thai label; used the English label', where);
    th = en;
  }

  const aliasText = lookup(attributes, 'aliases', 'alias');
  let aliases = (aliasText === undefined ? [] : aliasesFromText(aliasText, context.own))
    .map((a) => textValue(context, a, max, 'aliases', where))
    .filter((a): a is string => a !== undefined);
  if (aliases.length > LIMITS.aliasCount) {
    context.report.add(`more than ${LIMITS.aliasCount} aliases, the rest dropped`, where);
    aliases = aliases.slice(0, LIMITS.aliasCount);
  }

  const summaryMax = LIMITS.summaryLength;
  let summaryEn = textValue(
    context,
    lookup(attributes, 'summary_en', 'summary', 'description'),
    summaryMax,
    'summaries',
    where,
  );
  let summaryTh = textValue(
    context,
    lookup(attributes, 'summary_th'),
    summaryMax,
    'summaries',
    where,
  );
  if (summaryEn === undefined && summaryTh === undefined) {
    context.report.add('no summary; a placeholder was used', where);
    ({ en: summaryEn, th: summaryTh } = placeholderSummary(context.fileName));
  } else if (summaryTh === undefined) {
    context.report.add('no Thai summary; used the English summary', where);
    summaryTh = summaryEn;
  } else if (summaryEn === undefined) {
    context.report.add('no English summary; used the Thai summary', where);
    summaryEn = summaryTh;
  }

  const time = timeOf(context, attributes, where);
  return {
    id,
    kind: kindOf(context, attributes, where),
    label: { en, th },
    aliases,
    summary: { en: summaryEn!, th: summaryTh! },
    ...(time ? { time } : {}),
    // Only `true` means anything: a lineage that starts here on purpose (see the schema).
    ...(parseBoolean(lookup(attributes, 'root')) === true ? { root: true as const } : {}),
    sources: sourcesOf(context, lookup(attributes, 'sources'), where),
  };
}

const FALLBACK_RELATION: RelationId = 'influenced_by';

function allowed(relation: RelationId, from: NodeKind, to: NodeKind): boolean {
  const spec = relationSpec(relation);
  return spec.from.includes(from) && spec.to.includes(to);
}

function mapEdge(context: Context, raw: RawEdge, source: Node, target: Node): Edge | undefined {
  const { attributes } = raw;
  const where = `${source.id} → ${target.id}`;
  const given = lookup(attributes, 'relation', 'label', 'type', 'kind');
  const known = given === undefined ? undefined : RELATION_WORDS.get(normalizedWord(given));
  let relation: RelationId = known ?? FALLBACK_RELATION;
  let guessed = known === undefined;
  if (!allowed(relation, source.kind, target.kind)) {
    if (guessed || !allowed(FALLBACK_RELATION, source.kind, target.kind)) {
      context.report.add(
        'edges left out: no relation fits the kinds of their ends',
        `${where} (${given ?? 'no relation'}: ${source.kind} → ${target.kind})`,
      );
      return undefined;
    }
    context.report.add(
      `edges whose relation does not fit the kinds of their ends, imported as ${FALLBACK_RELATION}`,
      `${where} (${relation}: ${source.kind} → ${target.kind})`,
    );
    relation = FALLBACK_RELATION;
    guessed = true;
  } else if (given === undefined) {
    context.report.add(`edges without a relation, imported as ${FALLBACK_RELATION}`, where);
  } else if (!known) {
    context.report.add(
      `edges of an unknown relation, imported as ${FALLBACK_RELATION}`,
      `${where} (${quoted(given)})`,
    );
  }

  const certaintyText = lookup(attributes, 'certainty');
  const certaintyParsed = certaintySchema.safeParse(certaintyText?.trim().toLowerCase());
  let certainty: Certainty = certaintyParsed.success
    ? certaintyParsed.data
    : guessed
      ? 'inferred'
      : 'stated';
  if (certaintyText !== undefined && !certaintyParsed.success) {
    context.report.add(
      `unknown certainty, imported as ${certainty}`,
      `${where} (${quoted(certaintyText)})`,
    );
  }

  const max = LIMITS.noteLength;
  let noteEn = textValue(context, lookup(attributes, 'note_en', 'note'), max, 'notes', where);
  const noteTh = textValue(context, lookup(attributes, 'note_th'), max, 'notes', where);
  if (noteEn === undefined && noteTh !== undefined) noteEn = noteTh;
  if (noteEn === undefined && guessed && given !== undefined) {
    noteEn = clip(`Imported as “${relation}”; the file said “${given.trim()}”.`, max);
  }
  if (noteEn === undefined && certainty === 'disputed') {
    context.report.add('disputed edges without a note, imported as stated', where);
    certainty = 'stated';
  }

  const time = timeOf(context, attributes, where);
  return {
    source: source.id,
    target: target.id,
    relation,
    certainty,
    ...(time ? { time } : {}),
    ...(noteEn !== undefined
      ? { note: { en: noteEn, ...(noteTh !== undefined ? { th: noteTh } : {}) } }
      : {}),
    sources: sourcesOf(context, lookup(attributes, 'sources'), where),
  };
}

/**
 * Our graph file from a graph read out of GraphML or GEXF, with a report of every guess made.
 * Edges that still break a graph rule after mapping (a cycle, a duplicate) are left out and
 * reported; the graph that comes back always passes `validateGraphData`.
 */
export function graphFromRaw(raw: RawGraph, fileName: string): ImportResult {
  const report = new Report();
  report.lines.push(...raw.notes);
  const { meta, own } = metaOf(raw, fileName, report);
  const context: Context = {
    fileName,
    own,
    report,
    sourceIds: new Set(meta.sources.map((s) => s.id)),
    importedUsed: false,
  };

  if (raw.nodes.length > LIMITS.nodes || raw.edges.length > LIMITS.edges) {
    return {
      ok: false,
      problems: [
        {
          code: 'too_large',
          path: '',
          message: `${raw.nodes.length} nodes and ${raw.edges.length} edges: more than the limit of ${LIMITS.nodes} nodes and ${LIMITS.edges} edges`,
          hint: 'split the graph into smaller files',
        },
      ],
    };
  }

  const taken = new Set<string>();
  const idOf = new Map<string, string>();
  const nodes: Node[] = [];
  raw.nodes.forEach((item, index) => {
    if (idOf.has(item.id)) {
      report.add('nodes with an id already used, left out', quoted(item.id));
      return;
    }
    const label = lookup(item.attributes, 'label_en', 'label', 'name', 'title') ?? '';
    const id = idFor(item.id, label, index, taken);
    if (id !== item.id) report.add('ids renamed to kebab-case', `${quoted(item.id)} → '${id}'`);
    idOf.set(item.id, id);
    nodes.push(mapNode(context, item, id));
  });
  const byId = new Map(nodes.map((n) => [n.id, n]));

  const edges: Edge[] = [];
  for (const item of raw.edges) {
    const source = byId.get(idOf.get(item.source) ?? '');
    const target = byId.get(idOf.get(item.target) ?? '');
    if (!source || !target) {
      const missing = source ? item.target : item.source;
      report.add(
        'edges left out: they point at a node that is not in the file',
        `${quoted(item.source)} → ${quoted(item.target)} (no ${quoted(missing)})`,
      );
      continue;
    }
    if (source === target) {
      report.add('edges left out: from a node to itself', source.id);
      continue;
    }
    const edge = mapEdge(context, item, source, target);
    if (edge) edges.push(edge);
  }

  if (context.importedUsed && !context.sourceIds.has(IMPORTED_SOURCE_ID)) {
    meta.sources = [
      ...meta.sources,
      { id: IMPORTED_SOURCE_ID, title: clip(`Imported from ${fileName}`, LIMITS.labelLength * 2) },
    ];
  }
  if (meta.sources.length === 0) {
    meta.sources = [
      { id: IMPORTED_SOURCE_ID, title: clip(`Imported from ${fileName}`, LIMITS.labelLength * 2) },
    ];
  }
  return validated({ version: 1, meta, nodes, edges }, report);
}

/**
 * Validates the mapped graph, leaving out edges that break a whole-graph rule (a self-loop, a
 * duplicate, a cycle of a lineage relation) until it passes. Each round drops at least one edge,
 * so this ends; a problem outside the edges is a mapping bug and comes back as problems.
 */
function validated(graph: GraphFile, report: Report): ImportResult {
  let edges = graph.edges;
  for (;;) {
    const result = validateGraphData({ ...graph, edges });
    if (result.ok) return { ok: true, graph: result.graph, report: report.toLines() };
    const drop = new Map<number, string>();
    for (const problem of result.problems) {
      if (problem.code === 'too_many_problems') continue;
      const match = /^edges\[(\d+)\]/.exec(problem.path);
      if (!match) return { ok: false, problems: result.problems };
      const index = Number(match[1]);
      // Indexes into our mapped edge list mean nothing to the person who made the file.
      const message =
        problem.code === 'duplicate_edge' ? 'same as an earlier edge' : problem.message;
      if (!drop.has(index)) drop.set(index, message);
    }
    for (const [index, message] of drop) {
      const edge = edges[index]!;
      report.add(
        'edges left out because they break a graph rule',
        `${edge.source} → ${edge.target} (${message})`,
      );
    }
    edges = edges.filter((_, index) => !drop.has(index));
  }
}
