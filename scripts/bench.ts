/**
 * `npm run bench [-- --json] [--sizes 200,1000,5000,20000] [...]`: one command that measures isms at
 * scale and writes bench/results.json (shape: scripts/bench/results.ts).
 *
 *   Node:     validate_ms per size; index build and lineage queries on a 50,000-node /
 *             150,000-edge graph; lineage layout time per engine (dagre, ELK, layered).
 *   Chromium: the built app and the floor page (bench/floor.html): first render, layouts,
 *             pan/zoom frame p95, longest task, PNG export, heap; initial bundle size.
 *
 * Graphs come from the seeded synthetic generator (src/lib/domain/synthetic-graph.ts), plus the
 * bundled graph. Options:
 *   --json               print the results JSON instead of the table
 *   --sizes LIST         graph sizes in nodes (default 200,1000,5000,20000)
 *   --browser-sizes LIST sizes opened in Chromium (default: --sizes up to 20000)
 *   --query-nodes N      nodes of the query graph, three edges each (default 50000)
 *   --slow               run dagre and ELK at every size (minutes to hours at 5,000)
 *   --no-browser         skip Chromium (and the build)
 *   --engines LIST       layout engines to time in Node (default dagre,layered,elk)
 *   --runs N             timed runs for medians (default 15 for queries, 5 for validation)
 *   --app DIR            serve this built app instead of building one (e.g. dist/)
 *   --out FILE           where to write the results (default bench/results.json)
 *
 * By job: the options (./bench/options.ts), the run (here), the targets' verdicts
 * (./bench/targets.ts), the table (./bench/results.ts), the browser metrics
 * (./bench/browser-metrics.ts).
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, extname, join } from 'node:path';
import type { Browser } from 'playwright-core';
import {
  DAGRE_MAX_EDGES,
  DAGRE_MAX_NODES,
} from '../src/lib/cytoscape/layouts/lineage/choose-engine';
import { firstRenderOf, measureApp, measureFloor, measureWorker } from './bench/browser-metrics';
import { buildApp, buildFloor, bundleSizes, filesUnder, REPO } from './bench/build';
import { median } from './bench/stats';
import { measureLayouts } from './bench/layout-metrics';
import { measureDotLabels, measureDrawings } from './bench/drawing-metrics';
import { measureOpeningLabels } from './bench/opening-labels';
import { parseBenchArgs, type BenchOptions } from './bench/options';
import { measureQueries, measureValidate, syntheticGraph } from './bench/node-metrics';
import {
  BROWSER_METRICS,
  formatTable,
  QUERY_METRICS,
  ResultsBuilder,
  type BenchResults,
} from './bench/results';
import { targetsNote } from './bench/targets';
import { launchChromium } from './browser/chromium';
import type { GraphFile } from '../src/lib/domain/schema';
import { startStaticServer, type VirtualFile } from './browser/static-server';

// The options and the targets live beside the bench's other parts; tests import them from here.
export { DEFAULT_OPTIONS, parseBenchArgs, type BenchOptions } from './bench/options';
export { targetsNote } from './bench/targets';

/** The app's canvas in a 1400×900 window beside its panels (measured), when Chromium does not run. */
const OPENING_CANVAS = { width: 812, height: 827 };
const GRAPH_URL = (entry: string) => `/__isms/bench/${entry}.json`;
const SYNTHETIC_TITLE = 'Synthetic lineage graph';

/** Runs the bench and returns its results; writes nothing. */
export async function runBench(options: BenchOptions): Promise<BenchResults> {
  const results = new ResultsBuilder();
  const { log } = options;
  const loadAtStart = loadavg()[0]!;
  const bundledText = await readFile(join(REPO, 'graph/communism.json'), 'utf8');
  const texts = new Map<string, string>([['bundled', bundledText]]);
  for (const size of options.sizes) texts.set(String(size), JSON.stringify(syntheticGraph(size)));

  log('validation');
  for (const [entry, text] of texts) {
    await measureValidate(
      results,
      entry,
      text,
      entry === 'bundled' ? options.runs : Math.max(3, Math.ceil(options.runs / 3)),
    );
  }

  log(`queries on ${options.queryNodes} nodes`);
  const queryEntry = String(options.queryNodes);
  const queryGraph = syntheticGraph(options.queryNodes, options.queryNodes * 3);
  const queryText = JSON.stringify(queryGraph);
  if (!texts.has(queryEntry)) await measureValidate(results, queryEntry, queryText, 3);
  await measureQueries(results, queryEntry, queryGraph, options.runs);
  results.note(
    'query_graph',
    `${queryGraph.nodes.length} nodes, ${queryGraph.edges.length} edges, ${(queryText.length / 1e6).toFixed(1)} MB of JSON; medians of ${options.runs} seeded random endpoint draws`,
  );

  log('layouts in Node');
  const layoutOptions = { engines: options.engines, slow: options.slow, crossingsMaxEdges: 3000 };
  await measureLayouts(results, 'bundled', JSON.parse(bundledText), layoutOptions, log);
  log('the lineage drawing beside Graphviz dot (same boxes, same edge directions)');
  const bundledGraph = JSON.parse(bundledText) as GraphFile;
  await measureDrawings(results, bundledGraph, log);
  for (const size of options.sizes) {
    await measureLayouts(results, String(size), syntheticGraph(size), layoutOptions, log);
  }
  results.note(
    'layout_node',
    `layout_node_<engine>_ms: lineage layout in Node (no rendering) of every node and edge, edges oriented earlier → later; _upward_pct: edges not drawn downward (cross-links that close cycles); _crossings: straight-line edge crossings. The explorer uses dagre up to ${DAGRE_MAX_NODES} nodes and ${DAGRE_MAX_EDGES} edges, the layered engine above (src/lib/cytoscape/layouts/lineage/choose-engine.ts).`,
  );

  // the app's canvas at 1400×900 beside its panels, as measured; replaced by the real one
  let canvas = OPENING_CANVAS;
  let bundle: { js: number | null; css: number | null } = { js: null, css: null };
  let chromiumVersion = 'not run';
  const browserEntries = ['bundled', ...options.browserSizes.map(String)];
  if (!options.browser) {
    for (const entry of browserEntries)
      results.unmeasured(entry, BROWSER_METRICS, 'browser part skipped (--no-browser)');
    results.unmeasured('bundled', ['floor_first_render_ms'], 'browser part skipped (--no-browser)');
    results.note(
      'initial_js_gzip_kb',
      'browser part skipped (--no-browser): the app was not built',
    );
    results.note(
      'initial_css_gzip_kb',
      'browser part skipped (--no-browser): the app was not built',
    );
  } else {
    const scratch = await mkdtemp(join(tmpdir(), 'isms-bench-'));
    let browser: Browser | null = null;
    try {
      log('building the app and the floor page');
      const appDir = options.app ?? join(scratch, 'app');
      const floorDir = join(scratch, 'floor');
      if (options.app === undefined) await buildApp(appDir);
      await buildFloor(floorDir);
      const sizes = await bundleSizes(appDir);
      bundle = { js: sizes.js, css: sizes.css };
      results.note(
        'initial_js_gzip_kb',
        `gzip -9 of ${sizes.files.filter((f) => f.endsWith('.js')).join(', ')}`,
      );
      const files = new Map<string, VirtualFile>();
      for (const [path, body] of await filesUnder(floorDir, '/floor')) {
        files.set(path, { type: contentType(path), body });
      }
      files.set(GRAPH_URL('bundled'), { type: 'application/json', body: bundledText });
      for (const size of options.sizes) {
        const text = texts.get(String(size)) ?? JSON.stringify(syntheticGraph(size));
        files.set(GRAPH_URL(String(size)), { type: 'application/json', body: text });
      }
      const server = await startStaticServer(appDir, files);
      try {
        browser = await launchChromium();
        chromiumVersion = browser.version();
        const browserOptions = {
          origin: server.url,
          // 20,000 nodes take about 30 s to first draw in software-rendered Chromium here.
          firstRenderTimeoutMs: 120_000,
          layoutTimeoutMs: 30_000,
          log,
        };
        log('Chromium: readable labels at the opening view');
        canvas =
          (await measureOpeningLabels(browser, results, bundledGraph, browserOptions)) ?? canvas;
        log('Chromium: bundled graph, app and floor');
        await measureApp(browser, results, { entry: 'bundled', appPath: '/' }, browserOptions);
        // Without the first-render mark, the export embed (which the CLI's picture export
        // drives) still shows when a graph is drawn: measure there, and say so.
        const embed = typeof results.metrics.bundled?.first_render_ms !== 'number';
        if (embed) {
          results.note(
            'browser_mode',
            `the app gave no first-render mark on its main page (${results.notes['bundled.first_render_ms'] ?? ''}), so it was measured in its export embed (?embed=export&graph=…): the canvas without panels, first render = until window.__ismsExport is defined (layout settled)`,
          );
          log('  no first-render mark: measuring the export embed instead');
          await measureApp(
            browser,
            results,
            { entry: 'bundled', appPath: `/?embed=export&graph=${GRAPH_URL('bundled')}`, embed },
            browserOptions,
          );
        }
        await measureFloor(
          browser,
          results,
          'bundled',
          `/floor/floor.html?graph=${GRAPH_URL('bundled')}`,
          browserOptions,
        );
        // One first render each varies by ±25 % here: the ratio is of medians over three
        // fresh pages each, app and floor taken in turn so that a busy spell hits both.
        if (!embed) {
          const firstRenders = { app: [] as number[], floor: [] as number[] };
          const record = (into: number[], value: unknown) => {
            if (typeof value === 'number') into.push(value);
          };
          record(firstRenders.app, results.metrics.bundled?.first_render_ms);
          record(firstRenders.floor, results.metrics.bundled?.floor_first_render_ms);
          for (let i = 0; i < 2; i++) {
            const timeout = browserOptions.firstRenderTimeoutMs;
            record(firstRenders.app, await firstRenderOf(browser, `${server.url}/`, timeout));
            record(
              firstRenders.floor,
              await firstRenderOf(
                browser,
                `${server.url}/floor/floor.html?graph=${GRAPH_URL('bundled')}`,
                timeout,
              ),
            );
          }
          if (firstRenders.app.length === 3 && firstRenders.floor.length === 3) {
            results.set('bundled', 'first_render_ms', median(firstRenders.app));
            results.set('bundled', 'floor_first_render_ms', median(firstRenders.floor));
            results.note(
              'bundled.first_render_ms',
              `median of three fresh pages (${firstRenders.app.map((ms) => Math.round(ms)).join(', ')} ms); the floor likewise (${firstRenders.floor.map((ms) => Math.round(ms)).join(', ')} ms)`,
            );
          }
        }
        const app = results.metrics.bundled?.first_render_ms;
        const floor = results.metrics.bundled?.floor_first_render_ms;
        results.set(
          'bundled',
          'isms_over_floor',
          typeof app === 'number' && typeof floor === 'number' ? app / floor : null,
          'first render of the app or the floor was not measured',
        );
        log('Chromium: lineage layout in a Web Worker');
        await measureWorker(
          browser,
          results,
          'bundled',
          `/floor/worker.html?graph=${GRAPH_URL('bundled')}`,
          browserOptions,
        );
        for (const size of options.sizes) {
          await measureWorker(
            browser,
            results,
            String(size),
            `/floor/worker.html?graph=${GRAPH_URL(String(size))}`,
            browserOptions,
          );
        }
        const bundledRendered = results.metrics.bundled?.first_render_ms;
        for (const size of options.browserSizes) {
          if (typeof bundledRendered !== 'number') {
            results.unmeasured(
              String(size),
              BROWSER_METRICS,
              `skipped: ${results.notes['bundled.first_render_ms'] ?? 'the bundled graph gave no first render'}`,
            );
            continue;
          }
          log(`Chromium: ${size} nodes`);
          await measureApp(
            browser,
            results,
            embed
              ? {
                  entry: String(size),
                  appPath: `/?embed=export&graph=${GRAPH_URL(String(size))}`,
                  embed,
                }
              : {
                  entry: String(size),
                  appPath: `/?graph=${GRAPH_URL(String(size))}`,
                  expectTitle: SYNTHETIC_TITLE,
                },
            browserOptions,
          );
        }
      } finally {
        await server.close();
      }
    } catch (error) {
      const reason = `browser part failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
      log(reason);
      for (const entry of browserEntries) results.unmeasured(entry, BROWSER_METRICS, reason);
      results.unmeasured('bundled', ['floor_first_render_ms'], reason);
    } finally {
      await browser?.close();
      await rm(scratch, { recursive: true, force: true });
    }
  }
  log('dot fitted into the same canvas: readable labels');
  await measureDotLabels(results, bundledGraph, canvas, log);
  results.unmeasured(
    'bundled',
    [
      'drawing_all_isms_readable_pct',
      'drawing_all_isms_readable_ideology_pct',
      'drawing_ideologies_isms_readable_pct',
    ],
    options.browser ? 'the opening view could not be read' : 'browser part skipped (--no-browser)',
  );
  for (const size of options.sizes) {
    if (!options.browserSizes.includes(size)) {
      results.unmeasured(
        String(size),
        BROWSER_METRICS,
        'not opened in Chromium by default (--browser-sizes to include it)',
      );
    }
  }
  results.unmeasured(queryEntry, QUERY_METRICS, 'not measured');
  results.note('targets', targetsNote({ metrics: results.metrics, initial_js_gzip_kb: bundle.js }));
  results.note(
    'load_average',
    `1-minute load average ${loadAtStart.toFixed(1)} at the start and ${loadavg()[0]!.toFixed(1)} at the end on ${cpus().length} cores: timings are only comparable on a quiet machine`,
  );
  results.note(
    'app_contract',
    "the app is measured through ?graph=<url>, performance.mark('isms:first-render') and window.__isms (snapshot() and intents, src/lib/cytoscape/snapshot.ts; scripts/bench/browser-metrics.ts)",
  );
  const machine = `${cpus()[0]?.model ?? 'unknown CPU'} × ${cpus().length}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${chromiumVersion}`;
  return results.build(machine, bundle);
}

function contentType(path: string): string {
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.json': 'application/json',
    '.map': 'application/json',
  };
  return types[extname(path)] ?? 'application/octet-stream';
}

async function main(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseBenchArgs(argv);
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n`);
    return 2;
  }
  const log = (line: string) => process.stderr.write(`${line}\n`);
  const results = await runBench({ ...parsed.options, log });
  await mkdir(dirname(parsed.out), { recursive: true });
  await writeFile(parsed.out, `${JSON.stringify(results, null, 2)}\n`);
  if (parsed.json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${formatTable(results)}\n\nwritten to ${parsed.out}\n`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = await main(process.argv.slice(2));
}
