/**
 * The shape of bench/results.json and the helpers that build, check and print it. A metric
 * that could not be measured is `null` with a reason in `notes` under "<entry>.<metric>":
 * never left out, never made up.
 */

/** Metric name → value in ms, MB or a ratio; null when it could not be measured. */
export type MetricValues = Record<string, number | null>;

export interface BenchResults {
  /** ISO date and time of the run. */
  date: string;
  /** CPU model, cores, memory, Node and Chromium versions. */
  machine: string;
  /** By graph size in nodes ("200", "1000", …) or "bundled". */
  metrics: Record<string, MetricValues>;
  /** Gzip size of the JS chunks dist/index.html loads up front (script and modulepreload). */
  initial_js_gzip_kb: number | null;
  /** Gzip size of the CSS dist/index.html links. */
  initial_css_gzip_kb: number | null;
  /** Why a metric is null, how a metric was measured, and the engine choice. */
  notes: Record<string, string>;
}

/** Metrics measured in Chromium for every graph the browser opens. */
export const BROWSER_METRICS = [
  'first_render_ms',
  'layout_lineage_ms',
  'layout_timeline_ms',
  'layout_network_ms',
  'pan_p95_ms',
  'longest_task_ms',
  'export_png_ms',
  'export_png_view_ms',
  'heap_mb',
] as const;

/** Metrics of the lineage queries, measured once on the large query graph. */
export const QUERY_METRICS = [
  'index_build_ms',
  'path_ms',
  'paths_k3_ms',
  'ancestors_ms',
  'common_ms',
] as const;

/** Every metric name results.json must contain somewhere (the list). */
export const REQUIRED_METRICS = [
  'validate_ms',
  'first_render_ms',
  'floor_first_render_ms',
  'layout_lineage_ms',
  'layout_timeline_ms',
  'layout_network_ms',
  'pan_p95_ms',
  'longest_task_ms',
  'export_png_ms',
  'path_ms',
  'paths_k3_ms',
  'ancestors_ms',
  'common_ms',
  'heap_mb',
] as const;

/** Collects metrics and notes as the bench goes. */
export class ResultsBuilder {
  readonly metrics: Record<string, MetricValues> = {};
  readonly notes: Record<string, string> = {};

  /** Records a value; a null needs a reason. */
  set(entry: string, metric: string, value: number | null, reason?: string): void {
    (this.metrics[entry] ??= {})[metric] =
      value === null || !Number.isFinite(value) ? null : round(value);
    if (value === null || !Number.isFinite(value)) {
      this.notes[`${entry}.${metric}`] = reason ?? 'not measured';
    } else {
      // a value replaces the reason it was missing
      delete this.notes[`${entry}.${metric}`];
    }
  }

  /** Records every metric of `names` as null with one reason, keeping numbers already set. */
  unmeasured(entry: string, names: readonly string[], reason: string): void {
    for (const name of names) {
      if (this.metrics[entry]?.[name] == null) this.set(entry, name, null, reason);
    }
  }

  note(key: string, text: string): void {
    this.notes[key] = text;
  }

  build(machine: string, bundle: { js: number | null; css: number | null }): BenchResults {
    const results: BenchResults = {
      date: new Date().toISOString(),
      machine,
      metrics: this.metrics,
      initial_js_gzip_kb: bundle.js === null ? null : round(bundle.js),
      initial_css_gzip_kb: bundle.css === null ? null : round(bundle.css),
      notes: this.notes,
    };
    if (bundle.js === null) results.notes.initial_js_gzip_kb ??= 'the app could not be built';
    if (bundle.css === null) results.notes.initial_css_gzip_kb ??= 'the app could not be built';
    return results;
  }
}

/** Three significant decimals are plenty for timings on a noisy machine. */
function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/**
 * What is wrong with a results object, as sentences; empty when the shape is right: the top
 * fields, every required metric present in some entry, numbers or nulls only, a note per null.
 */
export function resultsShapeProblems(results: unknown): string[] {
  const problems: string[] = [];
  if (typeof results !== 'object' || results === null) return ['results is not an object'];
  const r = results as Record<string, unknown>;
  if (typeof r.date !== 'string' || Number.isNaN(Date.parse(r.date)))
    problems.push('date is not an ISO date');
  if (typeof r.machine !== 'string' || r.machine === '') problems.push('machine is missing');
  for (const key of ['initial_js_gzip_kb', 'initial_css_gzip_kb']) {
    if (typeof r[key] !== 'number' && r[key] !== null)
      problems.push(`${key} is not a number or null`);
    if (r[key] === null && !(typeof r.notes === 'object' && r.notes !== null && key in r.notes)) {
      problems.push(`${key} is null without a note`);
    }
  }
  if (typeof r.notes !== 'object' || r.notes === null) problems.push('notes is not an object');
  const notes = (r.notes ?? {}) as Record<string, unknown>;
  if (typeof r.metrics !== 'object' || r.metrics === null)
    return [...problems, 'metrics is not an object'];
  const seen = new Set<string>();
  for (const [entry, values] of Object.entries(r.metrics as Record<string, unknown>)) {
    if (entry !== 'bundled' && !/^\d+$/.test(entry))
      problems.push(`metrics key "${entry}" is not a size or "bundled"`);
    if (typeof values !== 'object' || values === null) {
      problems.push(`metrics.${entry} is not an object`);
      continue;
    }
    for (const [metric, value] of Object.entries(values)) {
      seen.add(metric);
      if (value === null) {
        if (typeof notes[`${entry}.${metric}`] !== 'string')
          problems.push(`${entry}.${metric} is null without a note`);
      } else if (typeof value !== 'number' || !Number.isFinite(value)) {
        problems.push(`${entry}.${metric} is not a number or null`);
      }
    }
  }
  for (const metric of REQUIRED_METRICS) {
    if (!seen.has(metric)) problems.push(`metric ${metric} is missing`);
  }
  if (
    !('bundled' in (r.metrics as object)) ||
    !('floor_first_render_ms' in ((r.metrics as Record<string, object>).bundled ?? {}))
  ) {
    problems.push('metrics.bundled.floor_first_render_ms is missing');
  }
  return problems;
}

/** The results as a plain-text table: one row per metric, one column per entry. */
export function formatTable(results: BenchResults): string {
  const entries = Object.keys(results.metrics).sort((a, b) =>
    a === 'bundled' ? -1 : b === 'bundled' ? 1 : Number(a) - Number(b),
  );
  const metrics: string[] = [];
  for (const entry of entries) {
    for (const metric of Object.keys(results.metrics[entry]!)) {
      if (!metrics.includes(metric)) metrics.push(metric);
    }
  }
  const cell = (value: number | null | undefined) =>
    value === undefined
      ? ''
      : value === null
        ? '—'
        : value >= 100
          ? value.toFixed(0)
          : value.toFixed(1);
  const width = Math.max(...metrics.map((m) => m.length), 6);
  const header = ['metric'.padEnd(width), ...entries.map((e) => e.padStart(9))].join(' ');
  const rows = metrics.map((metric) =>
    [
      metric.padEnd(width),
      ...entries.map((e) => cell(results.metrics[e]![metric]).padStart(9)),
    ].join(' '),
  );
  const bundle = `initial JS ${cell(results.initial_js_gzip_kb)} kB gzip, CSS ${cell(results.initial_css_gzip_kb)} kB gzip`;
  return [header, '-'.repeat(header.length), ...rows, '', bundle].join('\n');
}
