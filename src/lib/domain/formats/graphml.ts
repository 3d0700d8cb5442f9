/**
 * GraphML, for yEd, Gephi and Cytoscape desktop: every node and edge field as a declared `<key>`
 * attribute (the names of attributes.ts), node ids as ours, and the graph's meta as one JSON
 * attribute so that our own files read back exactly. Reading takes GraphML from other tools too,
 * including yEd's label graphics, and maps it through import-mapping.ts.
 */
import { edgeIdOf } from '../graph-model';
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
  descendantsOf,
  escapeXmlAttribute as attr,
  escapeXmlText as text,
  parseXml,
  textOf,
  type XmlElement,
} from './xml-text';

/** The graph-level attribute that carries our meta as JSON. */
export const GRAPHML_META_KEY = 'isms_meta';

const GRAPHML_TYPE: Record<AttributeType, string> = {
  string: 'string',
  int: 'int',
  boolean: 'boolean',
};

function keyLines<T>(columns: readonly AttributeColumn<T>[], domain: 'node' | 'edge'): string[] {
  return columns.map(
    (c) =>
      `  <key id="${domain[0]}_${c.name}" for="${domain}" attr.name="${c.name}" attr.type="${GRAPHML_TYPE[c.type]}"/>`,
  );
}

function dataLines<T>(
  columns: readonly AttributeColumn<T>[],
  domain: 'node' | 'edge',
  item: T,
  lang: 'en' | 'th',
): string[] {
  const lines: string[] = [];
  for (const c of columns) {
    const value = c.value(item, lang);
    if (value !== undefined)
      lines.push(`      <data key="${domain[0]}_${c.name}">${text(value)}</data>`);
  }
  return lines;
}

/** The graph as GraphML text (UTF-8, directed), `label` in `options.lang` (default English). */
export function toGraphML(file: GraphFile, options: ExportOptions = {}): string {
  const lang = options.lang ?? 'en';
  const nodeColumns = nodeColumnsFor(file.nodes);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    `  <key id="g_title" for="graph" attr.name="title" attr.type="string"/>`,
    `  <key id="g_${GRAPHML_META_KEY}" for="graph" attr.name="${GRAPHML_META_KEY}" attr.type="string"/>`,
    ...keyLines(nodeColumns, 'node'),
    ...keyLines(EDGE_COLUMNS, 'edge'),
    // Positions only when given (a drawing): yEd and Gephi read x/y node data as coordinates.
    ...(options.positions
      ? [
          '  <key id="n_x" for="node" attr.name="x" attr.type="double"/>',
          '  <key id="n_y" for="node" attr.name="y" attr.type="double"/>',
        ]
      : []),
    `  <graph id="${attr(file.meta.id)}" edgedefault="directed">`,
    `    <data key="g_title">${text(file.meta.title[lang])}</data>`,
    `    <data key="g_${GRAPHML_META_KEY}">${text(JSON.stringify(file.meta))}</data>`,
  ];
  for (const node of file.nodes) {
    lines.push(`    <node id="${attr(node.id)}">`, ...dataLines(nodeColumns, 'node', node, lang));
    const at = options.positions?.[node.id];
    if (at)
      lines.push(`      <data key="n_x">${at.x}</data>`, `      <data key="n_y">${at.y}</data>`);
    lines.push('    </node>');
  }
  for (const edge of file.edges) {
    lines.push(
      `    <edge id="${attr(edgeIdOf(edge))}" source="${attr(edge.source)}" target="${attr(edge.target)}">`,
      ...dataLines(EDGE_COLUMNS, 'edge', edge, lang),
      '    </edge>',
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

const REPEATED = new Set([
  'key',
  'graph',
  'node',
  'edge',
  'hyperedge',
  'data',
  'default',
  'NodeLabel',
  'EdgeLabel',
]);

interface Key {
  readonly name: string;
  readonly domain: string;
  readonly fallback?: string;
  /** yEd's graphics keys carry drawings, not values; their labels are read separately. */
  readonly graphics: boolean;
}

/**
 * Reads GraphML: our own exports exactly, other tools' files mapped onto our kinds and relations
 * with a report of every guess. Bad XML comes back as a problem with its line and column.
 */
export function fromGraphML(source: string, options: ImportOptions = {}): ImportResult {
  const fileName = options.fileName ?? 'graph.graphml';
  const parsed = parseXml(source, 'GraphML', REPEATED);
  if (!parsed.ok) return parsed;
  options.onPhase?.('checking');
  const root = childOf(parsed.root, 'graphml');
  if (!root) {
    const found = Object.keys(parsed.root).find((k) => !k.startsWith('?') && !k.startsWith('#'));
    return notGraphML(
      found ? `the root element is <${found}>, not <graphml>` : 'no <graphml> element',
    );
  }
  const declaredKeys = childrenOf(root, 'key');
  if (declaredKeys.length > IMPORT_LIMITS.keys)
    return { ok: false, problems: [tooManyKeys('GraphML', declaredKeys.length, '<key>s')] };
  const keys = new Map<string, Key>();
  for (const key of declaredKeys) {
    const id = attributeOf(key, 'id');
    if (id === undefined) continue;
    const fallback = childOf(key, 'default');
    keys.set(id, {
      name: attributeOf(key, 'attr.name') ?? id,
      domain: attributeOf(key, 'for') ?? 'all',
      ...(fallback ? { fallback: textOf(fallback) } : {}),
      graphics: attributeOf(key, 'yfiles.type') !== undefined,
    });
  }

  const graphs = childrenOf(root, 'graph');
  const graph = graphs[0];
  if (!graph) return notGraphML('the file has no <graph> element');
  const notes: string[] = [];
  if (graphs.length > 1)
    notes.push(`the file holds ${graphs.length} graphs; only the first was read`);
  if (attributeOf(graph, 'edgedefault') === 'undirected') {
    notes.push('the graph is undirected; each edge was read from its source to its target');
  }

  const budget = new ValueBudget('GraphML');
  const reading: Reading = { keys, defaults: defaultsOf(keys), budget };
  const graphData = dataOf(graph, reading, 'graph');
  const nodes: RawItem[] = [];
  const edges: RawEdge[] = [];
  const counts = { nested: 0, hyperedges: 0 };
  collect(graph, reading, nodes, edges, counts, 0);
  if (budget.problem) return { ok: false, problems: [budget.problem] };
  if (counts.nested) {
    notes.push(
      `${counts.nested} nested graph${counts.nested === 1 ? ' was' : 's were'} flattened into one`,
    );
  }
  if (counts.hyperedges) {
    notes.push(
      `${counts.hyperedges} hyperedge${counts.hyperedges === 1 ? ' was' : 's were'} left out`,
    );
  }
  const metaJson = graphData.get(GRAPHML_META_KEY);
  const title =
    graphData.get('title') ??
    graphData.get('label') ??
    graphData.get('name') ??
    graphData.get('description');
  return graphFromRaw(
    {
      format: 'GraphML',
      ...(metaJson !== undefined ? { metaJson } : {}),
      ...(title !== undefined ? { title } : {}),
      nodes,
      edges,
      notes,
    },
    fileName,
  );
}

function notGraphML(message: string): ImportResult {
  return {
    ok: false,
    problems: [
      {
        code: 'import',
        path: '',
        message: `not a GraphML file: ${message}`,
        hint: 'a GraphML file starts with <graphml> (after the XML declaration)',
      },
    ],
  };
}

/** What reading the elements needs: the declared keys, their defaults by domain, the budget. */
interface Reading {
  readonly keys: Map<string, Key>;
  readonly defaults: Record<'node' | 'edge' | 'graph', Map<string, string>>;
  readonly budget: ValueBudget;
}

function defaultsOf(keys: Map<string, Key>): Reading['defaults'] {
  const of = (domain: string) =>
    defaultsByName(
      [...keys.values()]
        .filter(
          (key) =>
            key.fallback !== undefined &&
            !key.graphics &&
            (key.domain === domain || key.domain === 'all'),
        )
        .map((key) => [key.name, key.fallback!] as const),
    );
  return { node: of('node'), edge: of('edge'), graph: of('graph') };
}

/**
 * The data values of one element by attribute name, with the keys' defaults behind them (looked
 * up when asked for, not copied). The graph element itself, one per file, gets its defaults
 * copied in, as its few values are read by exact name.
 */
function dataOf(
  element: XmlElement,
  { keys, defaults, budget }: Reading,
  domain: 'node' | 'edge' | 'graph',
): AttributeValues {
  const values = new AttributeValues(defaults[domain]);
  const given = childrenOf(element, 'data');
  if (!budget.take(given.length)) return values;
  if (domain === 'graph') for (const [name, value] of defaults.graph) values.set(name, value);
  for (const data of given) {
    const id = attributeOf(data, 'key') ?? '';
    const key = keys.get(id);
    if (key?.graphics) {
      const label = graphicsLabel(data, domain === 'node' ? 'NodeLabel' : 'EdgeLabel');
      if (label !== undefined && !values.has('label')) values.set('label', label);
      continue;
    }
    values.set(key?.name ?? id, textOf(data));
  }
  return values;
}

/** The first non-blank label text inside a yEd graphics element. */
function graphicsLabel(data: XmlElement, name: string): string | undefined {
  for (const label of descendantsOf(data, name)) {
    const value = textOf(label).trim();
    if (value !== '') return value;
  }
  return undefined;
}

const MAX_NESTING = 50;

function collect(
  graph: XmlElement,
  reading: Reading,
  nodes: RawItem[],
  edges: RawEdge[],
  counts: { nested: number; hyperedges: number },
  depth: number,
): void {
  for (const node of childrenOf(graph, 'node')) {
    const id = attributeOf(node, 'id');
    if (id === undefined) continue;
    nodes.push({ id, attributes: dataOf(node, reading, 'node') });
    for (const inner of childrenOf(node, 'graph')) {
      counts.nested++;
      if (depth < MAX_NESTING) collect(inner, reading, nodes, edges, counts, depth + 1);
    }
  }
  for (const edge of childrenOf(graph, 'edge')) {
    const source = attributeOf(edge, 'source');
    const target = attributeOf(edge, 'target');
    if (source === undefined || target === undefined) continue;
    edges.push({ source, target, attributes: dataOf(edge, reading, 'edge') });
  }
  counts.hyperedges += childrenOf(graph, 'hyperedge').length;
}
