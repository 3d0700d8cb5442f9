/**
 * GEXF 1.3, Gephi's own format: node and edge fields as declared attributes (the names of
 * attributes.ts), the edge label as its relation, and each node coloured by kind with the
 * explorer's colours. GEXF has no place for graph-level data, so our meta rides in an XML comment
 * inside `<meta>`, which every tool ignores and our importer reads back.
 */
import { edgeIdOf } from '../graph-model';
import type { NodeKind } from '../kinds';
import type { GraphFile } from '../schema';
import {
  EDGE_COLUMNS,
  nodeColumnsFor,
  type AttributeColumn,
  type AttributeType,
  type ExportOptions,
} from './attributes';
import {
  graphFromRaw,
  type ImportOptions,
  type ImportResult,
  type RawEdge,
  type RawItem,
} from './import-mapping';
import {
  AttributeValues,
  defaultsByName,
  IMPORT_LIMITS,
  tooManyKeys,
  ValueBudget,
} from './raw-graph';
import {
  attributeOf,
  childOf,
  childrenOf,
  escapeXmlAttribute as attr,
  escapeXmlText as text,
  parseXml,
  textOf,
  type XmlElement,
} from './xml-text';

/** Node colours by kind, the same as the explorer's (src/lib/cytoscape/encoding.ts; a test keeps them equal). */
export const GEXF_KIND_COLORS: Record<NodeKind, string> = {
  ideology: '#4f6bd8',
  person: '#d9822b',
  organization: '#2a9d8f',
  state: '#c2410c',
  event: '#9b5de5',
  work: '#8d6e63',
  concept: '#5c8a3a',
};

const META_COMMENT = 'isms-meta';

const GEXF_TYPE: Record<AttributeType, string> = {
  string: 'string',
  int: 'integer',
  boolean: 'boolean',
};

/** GEXF shows the label as the element's own `label`; the attribute would only repeat it. */
const nodeColumnsOf = (file: GraphFile) =>
  nodeColumnsFor(file.nodes).filter((c) => c.name !== 'label');

function declarations<T>(columns: readonly AttributeColumn<T>[], domain: 'node' | 'edge') {
  return [
    `    <attributes class="${domain}" mode="static">`,
    ...columns.map(
      (c) => `      <attribute id="${c.name}" title="${c.name}" type="${GEXF_TYPE[c.type]}"/>`,
    ),
    '    </attributes>',
  ];
}

function attvalues<T>(columns: readonly AttributeColumn<T>[], item: T, lang: 'en' | 'th') {
  const lines = ['        <attvalues>'];
  for (const c of columns) {
    const value = c.value(item, lang);
    if (value !== undefined) {
      lines.push(`          <attvalue for="${c.name}" value="${attr(value)}"/>`);
    }
  }
  lines.push('        </attvalues>');
  return lines;
}

function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `r="${(n >> 16) & 255}" g="${(n >> 8) & 255}" b="${n & 255}"`;
}

/** JSON inside an XML comment: `--` may not appear there, and only occurs inside JSON strings. */
function commentSafeJson(value: unknown): string {
  return JSON.stringify(value).replace(/--/g, '-\\u002d');
}

/** The graph as GEXF 1.3 text (UTF-8, directed), node labels in `options.lang` (default English). */
export function toGEXF(file: GraphFile, options: ExportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const nodeColumns = nodeColumnsOf(file);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">',
    '  <meta>',
    `    <!--${META_COMMENT} ${commentSafeJson(file.meta)}-->`,
    '    <creator>isms</creator>',
    `    <description>${text(file.meta.title[lang])}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...declarations(nodeColumns, 'node'),
    ...declarations(EDGE_COLUMNS, 'edge'),
    '    <nodes>',
  ];
  for (const node of file.nodes) {
    const at = options.positions?.[node.id];
    lines.push(
      `      <node id="${attr(node.id)}" label="${attr(node.label[lang])}">`,
      ...attvalues(nodeColumns, node, lang),
      `        <viz:color ${rgb(GEXF_KIND_COLORS[node.kind])}/>`,
      ...(at ? [`        <viz:position x="${at.x}" y="${at.y}" z="0"/>`] : []),
      '      </node>',
    );
  }
  lines.push('    </nodes>', '    <edges>');
  for (const edge of file.edges) {
    lines.push(
      `      <edge id="${attr(edgeIdOf(edge))}" source="${attr(edge.source)}" target="${attr(edge.target)}" label="${edge.relation}">`,
      ...attvalues(EDGE_COLUMNS, edge, lang),
      '      </edge>',
    );
  }
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return lines.join('\n');
}

const REPEATED = new Set([
  'graph',
  'attributes',
  'attribute',
  'node',
  'nodes',
  'edge',
  'edges',
  'attvalue',
]);

interface Attribute {
  readonly title: string;
  readonly fallback?: string;
}

/**
 * Reads GEXF (1.1 to 1.3): our own exports exactly, Gephi's and other tools' files mapped onto
 * our kinds and relations with a report of every guess.
 */
export function fromGEXF(source: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName ?? 'graph.gexf';
  const parsed = parseXml(source, 'GEXF', REPEATED, { comments: true });
  if (!parsed.ok) return parsed;
  options.onPhase?.('checking');
  const root = childOf(parsed.root, 'gexf');
  if (!root) {
    const found = Object.keys(parsed.root).find((k) => !k.startsWith('?') && !k.startsWith('#'));
    return notGEXF(found ? `the root element is <${found}>, not <gexf>` : 'no <gexf> element');
  }
  const graph = childOf(root, 'graph');
  if (!graph) return notGEXF('the file has no <graph> element');
  const notes: string[] = [];
  const undirected = attributeOf(graph, 'defaultedgetype') === 'undirected';

  const declared = { node: new Map<string, Attribute>(), edge: new Map<string, Attribute>() };
  const groups = childrenOf(graph, 'attributes');
  const count = groups.reduce((sum, group) => sum + childrenOf(group, 'attribute').length, 0);
  if (count > IMPORT_LIMITS.keys)
    return { ok: false, problems: [tooManyKeys('GEXF', count, '<attribute>s')] };
  for (const group of groups) {
    const domain = attributeOf(group, 'class');
    if (domain !== 'node' && domain !== 'edge') continue;
    for (const attribute of childrenOf(group, 'attribute')) {
      const id = attributeOf(attribute, 'id');
      if (id === undefined) continue;
      const fallback = childOf(attribute, 'default');
      declared[domain].set(id, {
        title: attributeOf(attribute, 'title') ?? id,
        ...(fallback ? { fallback: textOf(fallback) } : {}),
      });
    }
  }

  const budget = new ValueBudget('GEXF');
  const defaults = {
    node: defaultsOf(declared.node),
    edge: defaultsOf(declared.edge),
  };
  const nodes: RawItem[] = [];
  let nested = 0;
  const collectNodes = (parent: XmlElement, depth: number) => {
    for (const list of childrenOf(parent, 'nodes')) {
      for (const node of childrenOf(list, 'node')) {
        const id = attributeOf(node, 'id');
        if (id === undefined) continue;
        const values = valuesOf(node, declared.node, defaults.node, budget);
        const label = attributeOf(node, 'label');
        if (label !== undefined && !values.has('label')) values.set('label', label);
        nodes.push({ id, attributes: values });
        if (childrenOf(node, 'nodes').length && depth < 50) {
          nested++;
          collectNodes(node, depth + 1);
        }
      }
    }
  };
  collectNodes(graph, 0);
  if (nested) notes.push(`${nested} node hierarch${nested === 1 ? 'y was' : 'ies were'} flattened`);

  const edges: RawEdge[] = [];
  let undirectedEdges = 0;
  for (const list of childrenOf(graph, 'edges')) {
    for (const edge of childrenOf(list, 'edge')) {
      const source = attributeOf(edge, 'source');
      const target = attributeOf(edge, 'target');
      if (source === undefined || target === undefined) continue;
      const values = valuesOf(edge, declared.edge, defaults.edge, budget);
      // The edge's own `type` says directed or not; `kind` (GEXF 1.3) names a parallel-edge type.
      const label = attributeOf(edge, 'label');
      const kind = attributeOf(edge, 'kind');
      if (label !== undefined && !values.has('label')) values.set('label', label);
      if (kind !== undefined && !values.has('kind')) values.set('kind', kind);
      const type = attributeOf(edge, 'type');
      if (type === 'undirected' || type === 'mutual' || (type === undefined && undirected))
        undirectedEdges++;
      edges.push({ source, target, attributes: values });
    }
  }
  if (undirectedEdges) {
    notes.push(
      `${undirectedEdges} undirected edge${undirectedEdges === 1 ? ' was' : 's were'} read from source to target`,
    );
  }

  if (budget.problem) return { ok: false, problems: [budget.problem] };
  const meta = childOf(root, 'meta');
  const metaJson = meta ? ownMetaJson(meta) : undefined;
  const description = meta ? childOf(meta, 'description') : undefined;
  const title = description ? textOf(description).trim() : undefined;
  return graphFromRaw(
    {
      format: 'GEXF',
      ...(metaJson !== undefined ? { metaJson } : {}),
      ...(title ? { title } : {}),
      nodes,
      edges,
      notes,
    },
    fileName,
  );
}

function ownMetaJson(meta: XmlElement): string | undefined {
  const comments = meta['#comment'];
  for (const comment of Array.isArray(comments)
    ? comments
    : comments === undefined
      ? []
      : [comments]) {
    const body = String(comment).trim();
    if (body.startsWith(`${META_COMMENT} `)) return body.slice(META_COMMENT.length + 1);
  }
  return undefined;
}

function defaultsOf(declared: Map<string, Attribute>): Map<string, string> {
  return defaultsByName(
    [...declared.values()]
      .filter((attribute) => attribute.fallback !== undefined)
      .map((attribute) => [attribute.title, attribute.fallback!] as const),
  );
}

/** One element's values by attribute title, with the declared defaults behind them (not copied). */
function valuesOf(
  element: XmlElement,
  declared: Map<string, Attribute>,
  defaults: Map<string, string>,
  budget: ValueBudget,
): AttributeValues {
  const values = new AttributeValues(defaults);
  const given = childrenOf(element, 'attvalues').flatMap((holder) =>
    childrenOf(holder, 'attvalue'),
  );
  if (!budget.take(given.length)) return values;
  for (const value of given) {
    // GEXF 1.1 and later say `for`; 1.0 said `id`.
    const id = attributeOf(value, 'for') ?? attributeOf(value, 'id');
    const content = attributeOf(value, 'value');
    if (id === undefined || content === undefined) continue;
    values.set(declared.get(id)?.title ?? id, content);
  }
  return values;
}

function notGEXF(message: string): ImportResult {
  return {
    ok: false,
    problems: [
      {
        code: 'import',
        path: '',
        message: `not a GEXF file: ${message}`,
        hint: 'a GEXF file starts with <gexf> (after the XML declaration)',
      },
    ],
  };
}
