/**
 * The issue's performance targets, judged against a run's results: one sentence each, written
 * into the results' notes.
 */
import type { BenchResults } from './results';

/** The targets, each with the number that decides it, as one sentence each. */
export function targetsNote(results: Pick<BenchResults, 'metrics' | 'initial_js_gzip_kb'>): string {
  const at = (entry: string, metric: string) => results.metrics[entry]?.[metric];
  const verdict = (label: string, value: number | null | undefined, limit: number, unit = 'ms') =>
    typeof value === 'number'
      ? `${label}: ${value.toFixed(unit === 'ms' ? 0 : 1)} ${unit} (${value < limit ? 'met' : 'NOT met'}, target < ${limit} ${unit})`
      : `${label}: not measured`;
  const worst = (metric: string) => {
    const values = Object.values(results.metrics)
      .map((m) => m[metric])
      .filter((v): v is number => typeof v === 'number');
    return values.length > 0 ? Math.max(...values) : null;
  };
  const queries = Object.keys(results.metrics).find(
    (entry) => 'path_ms' in results.metrics[entry]!,
  );
  return [
    verdict('app first render ÷ floor, bundled graph', at('bundled', 'isms_over_floor'), 1.3, '×'),
    verdict('lineage layout of 1,000 nodes in a worker', at('1000', 'worker_layout_ms'), 2000),
    verdict('lineage layout of 5,000 nodes in a worker', at('5000', 'worker_layout_ms'), 10_000),
    verdict('switch to Lineage in the app, 1,000 nodes', at('1000', 'layout_lineage_ms'), 2000),
    verdict('switch to Lineage in the app, 5,000 nodes', at('5000', 'layout_lineage_ms'), 10_000),
    verdict(
      'longest main-thread task while the worker lays out',
      worst('worker_longest_task_ms'),
      200,
    ),
    verdict('second visit (cache hit)', worst('layout_cache_hit_ms'), 50),
    verdict('pan/zoom frame p95, 5,000 nodes', at('5000', 'pan_p95_ms'), 100),
    verdict('pan/zoom frame p95, 20,000 nodes', at('20000', 'pan_p95_ms'), 200),
    verdict('validation of 20,000 nodes', at('20000', 'validate_ms'), 150),
    verdict('PNG export of 5,000 nodes', at('5000', 'export_png_ms'), 2000),
    verdict(
      'shortest path on the query graph',
      queries === undefined ? null : at(queries, 'path_ms'),
      20,
    ),
    verdict(
      'ancestors on the query graph',
      queries === undefined ? null : at(queries, 'ancestors_ms'),
      10,
    ),
    verdict('initial JS', results.initial_js_gzip_kb, 250, 'kB gzip'),
  ].join('; ');
}
