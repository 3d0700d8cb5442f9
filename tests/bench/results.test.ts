import { describe, expect, it } from 'vitest';
import { parseBenchArgs, runBench } from '../../scripts/bench';
import { initialAssets } from '../../scripts/bench/build';
import { crossingCount } from '../../scripts/bench/layout-metrics';
import {
  formatTable,
  REQUIRED_METRICS,
  ResultsBuilder,
  resultsShapeProblems,
} from '../../scripts/bench/results';
import { drawingMarkdown, resultsMarkdown } from '../../scripts/bench/results-markdown';
import { median, percentile } from '../../scripts/bench/stats';

describe('runBench without a browser, on tiny graphs', () => {
  it('gives results of the documented shape: every metric present, each null explained', async () => {
    const lines: string[] = [];
    const results = await runBench({
      sizes: [30],
      browserSizes: [30],
      queryNodes: 300,
      slow: false,
      browser: false,
      runs: 1,
      engines: ['layered'],
      log: (line) => lines.push(line),
    });
    expect(resultsShapeProblems(results)).toEqual([]);
    expect(Object.keys(results.metrics).sort()).toEqual(['30', '300', 'bundled']);
    expect(typeof results.metrics['30']!.validate_ms).toBe('number');
    expect(typeof results.metrics['300']!.path_ms).toBe('number');
    expect(typeof results.metrics['30']!.layout_node_layered_ms).toBe('number');
    expect(results.metrics.bundled!.first_render_ms).toBeNull();
    expect(results.notes['bundled.first_render_ms']).toBe('browser part skipped (--no-browser)');
    expect(results.initial_js_gzip_kb).toBeNull();
    const table = formatTable(results);
    for (const metric of REQUIRED_METRICS) expect(table).toContain(metric);
    expect(JSON.parse(JSON.stringify(results))).toEqual(results);
    // It draws the bundled lineage and dot's beside it (each some seconds), not only tiny graphs.
  }, 60_000);
});

describe('resultsShapeProblems', () => {
  it('names a null without a note and a missing metric', () => {
    const builder = new ResultsBuilder();
    builder.set('bundled', 'floor_first_render_ms', 12);
    const results = builder.build('test machine', { js: 1, css: 1 });
    results.metrics.bundled!.validate_ms = null;
    const problems = resultsShapeProblems(results);
    expect(problems).toContain('bundled.validate_ms is null without a note');
    expect(problems).toContain('metric path_ms is missing');
  });

  it('rejects an entry that is neither a size nor "bundled"', () => {
    const builder = new ResultsBuilder();
    builder.set('big', 'validate_ms', 1);
    expect(resultsShapeProblems(builder.build('m', { js: 1, css: 1 }))).toContain(
      'metrics key "big" is not a size or "bundled"',
    );
  });
});

describe('parseBenchArgs', () => {
  it('reads sizes and flags, and keeps browser sizes to 5,000 by default', () => {
    const { options, json } = parseBenchArgs(['--json', '--sizes', '200,1000,5000,20000,50000']);
    expect(json).toBe(true);
    expect(options.sizes).toEqual([200, 1000, 5000, 20000, 50000]);
    expect(options.browserSizes).toEqual([200, 1000, 5000, 20000]);
  });

  it('refuses unknown options and bad numbers', () => {
    expect(() => parseBenchArgs(['--fast'])).toThrow('unknown option --fast');
    expect(() => parseBenchArgs(['--sizes', '1k'])).toThrow('--sizes takes whole numbers');
  });
});

describe('bench helpers', () => {
  it('finds the initial JS and CSS in a built index.html', () => {
    const html = `<script type="module" crossorigin src="/assets/index-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-b.js">
      <link rel="stylesheet" crossorigin href="/assets/index-c.css">
      <link rel="icon" href="data:x">`;
    expect(initialAssets(html)).toEqual({
      js: ['/assets/index-a.js', '/assets/vendor-b.js'],
      css: ['/assets/index-c.css'],
    });
  });

  it('counts crossing edges, not edges that share an end', () => {
    const positions = {
      a: { x: 0, y: 0 },
      b: { x: 10, y: 10 },
      c: { x: 10, y: 0 },
      d: { x: 0, y: 10 },
    };
    const input = (edges: [string, string][]) => ({
      nodes: [],
      edges: edges.map(([source, target]) => ({ source, target })),
    });
    expect(
      crossingCount(
        input([
          ['a', 'b'],
          ['c', 'd'],
        ]),
        positions,
      ),
    ).toBe(1);
    expect(
      crossingCount(
        input([
          ['a', 'b'],
          ['a', 'd'],
        ]),
        positions,
      ),
    ).toBe(0);
  });

  it('takes medians and nearest-rank percentiles', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 95)).toBe(10);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 50)).toBe(5);
  });
});

describe('resultsMarkdown (the README table)', () => {
  it('lays sizes out as columns, shows a null as a dash and skips metrics nobody measured', () => {
    const builder = new ResultsBuilder();
    builder.set('bundled', 'first_render_ms', 812.4);
    builder.set('bundled', 'isms_over_floor', 1.234);
    builder.set('20000', 'pan_p95_ms', null, 'Chromium not found');
    builder.set('1000', 'validate_ms', 31.5);
    const markdown = resultsMarkdown(builder.build('test machine', { js: 240.2, css: 5.8 }));
    const lines = markdown.split('\n');
    expect(lines[0]).toBe('| metric | what | bundled | 1k | 20k | target |');
    expect(markdown).toContain('| `first_render_ms` | first drawn graph in Chromium | 812 |  |  |');
    expect(markdown).toContain(
      '| `isms_over_floor` | isms ÷ floor, first drawn graph | 1.23 |  |  | ≤ 1.3 |',
    );
    expect(markdown).toContain(
      '| `pan_p95_ms` | frame time p95 while panning and zooming |  |  | — |',
    );
    expect(markdown).not.toContain('heap_mb');
    expect(markdown).toContain('Initial JS 240 kB gzip');
  });
});

describe('drawingMarkdown (isms beside dot)', () => {
  it('puts isms, dot and their ratio in each column, "=" where both are 0', () => {
    const builder = new ResultsBuilder();
    const set = (graph: string, engine: string, values: Record<string, number>) => {
      for (const [metric, value] of Object.entries(values))
        builder.set('bundled', `drawing_${graph}_${engine}_${metric}`, value);
    };
    set('all', 'isms', { crossings: 900, through: 0, overlaps: 0, readable_pct: 30 });
    set('all', 'dot', { crossings: 1000, through: 0, overlaps: 2, readable_pct: 20 });
    set('ideologies', 'isms', { crossings: 50 });
    set('ideologies', 'dot', { crossings: 40 });
    const markdown = drawingMarkdown(builder.build('m', { js: 1, css: 1 }));
    expect(markdown).toContain('| bundled graph: isms | 900 | 0 | 0 | 30 |  |');
    expect(markdown).toContain('| bundled graph: dot | 1,000 | 0 | 2 | 20 |  |');
    expect(markdown).toContain('| bundled graph: isms ÷ dot | 0.90 | = | 0.00 | 1.50 |  |');
    expect(markdown).toContain('| its ideologies alone: isms ÷ dot | 1.25 |  |  |  |  |');
    expect(resultsMarkdown(builder.build('m', { js: 1, css: 1 }))).toContain(markdown);
    expect(drawingMarkdown(new ResultsBuilder().build('m', { js: 1, css: 1 }))).toBe('');
  });
});
