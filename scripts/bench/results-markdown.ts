/**
 * bench/results.json as the README's "Performance" table: one row per metric that matters to a
 * person, one column per graph size, the targets of the performance issue beside them, and
 * isms ÷ floor for the bundled graph. `npm run docs` writes it; a test keeps it in sync.
 */
import type { BenchResults } from './results';

interface Row {
  metric: string;
  what: string;
  /** The target, as the issue states it, where there is one. */
  target?: string;
}

const ROWS: readonly Row[] = [
  {
    metric: 'validate_ms',
    what: 'validate (parse, schema, graph rules)',
    target: '< 150 ms at 20k',
  },
  { metric: 'first_render_ms', what: 'first drawn graph in Chromium' },
  { metric: 'floor_first_render_ms', what: 'the floor: bare cytoscape + cytoscape-dagre' },
  { metric: 'isms_over_floor', what: 'isms ÷ floor, first drawn graph', target: '≤ 1.3' },
  {
    metric: 'worker_layout_ms',
    what: 'lineage layout in the Web Worker',
    target: '< 2 s at 1k, < 10 s at 5k',
  },
  {
    metric: 'worker_longest_task_ms',
    what: 'longest main-thread task meanwhile',
    target: '< 200 ms',
  },
  {
    metric: 'open_layout_longest_task_ms',
    what: 'longest main-thread task while the first layout runs (opening the graph)',
    target: '< 200 ms',
  },
  { metric: 'layout_cache_hit_ms', what: 'the same lineage again (position cache)' },
  { metric: 'layout_lineage_ms', what: 'switch to Lineage in the app, until drawn' },
  { metric: 'layout_timeline_ms', what: 'switch to Timeline in the app, until drawn' },
  { metric: 'layout_network_ms', what: 'switch to Network (fcose) in the app, until drawn' },
  {
    metric: 'pan_p95_ms',
    what: 'frame time p95 while panning and zooming',
    target: '< 100 ms at 5k, < 200 ms at 20k',
  },
  { metric: 'longest_task_ms', what: 'longest main-thread task, whole session' },
  { metric: 'export_png_ms', what: 'PNG export of the whole graph at 2×', target: '< 2 s at 5k' },
  { metric: 'export_png_view_ms', what: 'PNG export of what is in view at 2×' },
  { metric: 'heap_mb', what: 'JS heap after GC (MB)' },
  { metric: 'layout_node_dagre_ms', what: 'lineage by dagre, in Node' },
  { metric: 'layout_node_elk_ms', what: 'lineage by ELK layered, in Node' },
  { metric: 'layout_node_layered_ms', what: 'lineage by our layered engine, in Node' },
  { metric: 'index_build_ms', what: 'query index build' },
  { metric: 'path_ms', what: 'shortest path', target: '< 20 ms' },
  { metric: 'paths_k3_ms', what: 'three shortest paths (Yen)' },
  { metric: 'ancestors_ms', what: 'all ancestors', target: '< 10 ms' },
  { metric: 'common_ms', what: 'common ancestors of two nodes' },
];

function entryName(entry: string): string {
  if (entry === 'bundled') return 'bundled';
  const n = Number(entry);
  return n >= 1000 ? `${n / 1000}k` : entry;
}

function cell(value: number | null | undefined): string {
  if (value === undefined) return '';
  if (value === null) return '—';
  if (value >= 100) return Math.round(value).toLocaleString('en');
  return value >= 10 ? value.toFixed(1) : value.toFixed(2);
}

/** The drawing comparison's columns: metric suffix and heading. */
const DRAWING_COLUMNS: readonly [string, string][] = [
  ['crossings', 'crossings as drawn'],
  ['through', 'edges through other nodes'],
  ['overlaps', 'overlapping boxes'],
  ['readable_pct', 'readable labels (%)'],
  ['readable_ideology_pct', 'readable ideology labels (%)'],
];

const DRAWING_GRAPHS: readonly [string, string][] = [
  ['all', 'bundled graph'],
  ['ideologies', 'its ideologies alone'],
];

/** Counts as whole numbers, shares as the other cells. */
function drawingCell(value: number | null | undefined): string {
  return typeof value === 'number' && Number.isInteger(value)
    ? value.toLocaleString('en')
    : cell(value);
}

/** isms ÷ dot; "=" when both are 0, "—" when only dot is 0 or either is missing. */
function ratio(isms: number | null | undefined, dot: number | null | undefined): string {
  if (typeof isms !== 'number' || typeof dot !== 'number') return '—';
  if (dot === 0) return isms === 0 ? '=' : '—';
  return (isms / dot).toFixed(2);
}

/**
 * The lineage drawing beside Graphviz dot's on the same input, one row per engine and the
 * ratio under them; empty when the run did not compare drawings.
 */
export function drawingMarkdown(results: BenchResults): string {
  const values = results.metrics.bundled ?? {};
  const get = (graph: string, engine: string, column: string) =>
    values[`drawing_${graph}_${engine}_${column}`];
  if (get('all', 'dot', 'crossings') === undefined) return '';
  const rows = DRAWING_GRAPHS.flatMap(([graph, title]) => {
    const shown = DRAWING_COLUMNS.filter(([column]) =>
      [get(graph, 'isms', column), get(graph, 'dot', column)].some((v) => v !== undefined),
    ).map(([column]) => column);
    const line = (label: string, cells: (column: string) => string) =>
      `| ${label} | ${DRAWING_COLUMNS.map(([column]) => (shown.includes(column) ? cells(column) : '')).join(' | ')} |`;
    return [
      line(`${title}: isms`, (c) => drawingCell(get(graph, 'isms', c))),
      line(`${title}: dot`, (c) => drawingCell(get(graph, 'dot', c))),
      line(`${title}: isms ÷ dot`, (c) => ratio(get(graph, 'isms', c), get(graph, 'dot', c))),
    ];
  });
  return [
    `| lineage drawing | ${DRAWING_COLUMNS.map(([, heading]) => heading).join(' | ')} |`,
    `|---|${DRAWING_COLUMNS.map(() => '--:|').join('')}`,
    ...rows,
    '',
    'The lineage as the explorer draws it (isms) and as Graphviz `dot` draws the same node boxes with the same edge directions (`notes.drawing` says how each is measured); readable: drawn, at least 9 px, not covered by another label, at the opening view in a 1400×900 window (default address; `?kinds=ideology` for the ideologies alone), as a share of all the graph\'s labels. Lower is better but for readable labels; "=" both are 0.',
  ].join('\n');
}

/** The Markdown table (and the lines under it) for `results`. */
export function resultsMarkdown(results: BenchResults): string {
  const entries = Object.keys(results.metrics).sort((a, b) =>
    a === 'bundled' ? -1 : b === 'bundled' ? 1 : Number(a) - Number(b),
  );
  const header = `| metric | what | ${entries.map(entryName).join(' | ')} | target |`;
  const rule = `|---|---|${entries.map(() => '--:|').join('')}---|`;
  const rows = ROWS.filter((row) =>
    entries.some((entry) => results.metrics[entry]?.[row.metric] !== undefined),
  ).map(
    (row) =>
      `| \`${row.metric}\` | ${row.what} | ${entries.map((e) => cell(results.metrics[e]?.[row.metric])).join(' | ')} | ${row.target ?? ''} |`,
  );
  const drawing = drawingMarkdown(results);
  const query = results.notes.query_graph ? ` Queries: ${results.notes.query_graph}.` : '';
  return [
    header,
    rule,
    ...rows,
    '',
    `Milliseconds unless named; "—" could not be measured (the reason is in \`notes\`). Initial JS ${cell(results.initial_js_gzip_kb)} kB gzip (target < 250), CSS ${cell(results.initial_css_gzip_kb)} kB. Run of ${results.date.slice(0, 10)} on ${results.machine}.${query}`,
    ...(drawing ? ['', drawing] : []),
  ].join('\n');
}
