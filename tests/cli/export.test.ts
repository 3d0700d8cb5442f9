import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG } from 'pngjs';
import { exportInBrowser, exportUrl } from '../../scripts/export-browser';
import { startStaticServer, type StaticServer } from '../../scripts/browser/static-server';
import { fromGEXF } from '../../src/lib/domain/formats/gexf';
import { fromGraphML } from '../../src/lib/domain/formats/graphml';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import type { GraphFile } from '../../src/lib/domain/schema';
import { ROOT, runCli, spawnCli } from './run-cli';

const SMALL = 'tests/fixtures/valid-small.json';
const USAGE = 'usage: npm run --silent cli -- export OUT [--focus NAME]';
const dir = mkdtempSync(join(tmpdir(), 'isms-export-'));
const out = (name: string) => join(dir, name);

function small(): GraphFile {
  const result = loadGraphText(readFileSync(SMALL, 'utf8'));
  if (!result.ok) throw new Error('fixture');
  const { $schema: _, ...graph } = result.graph;
  return graph;
}

function readJson(path: string): GraphFile {
  const result = loadGraphText(readFileSync(path, 'utf8'));
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.graph;
}

describe('cli export: data formats', () => {
  it('writes the whole graph as JSON that validates, with $schema pointing at the schema', async () => {
    const file = out('all.json');
    const run = await runCli('export', file, '--graph', SMALL);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`wrote ${file} (3 nodes, 2 edges)\n`);
    const { $schema, ...graph } = readJson(file);
    expect(graph).toEqual(small());
    expect($schema).toBe(relative(dir, join(ROOT, 'graph/graph.schema.json')));
    const validate = await runCli('validate', file);
    expect(validate.code).toBe(0);
  });

  it('writes GraphML and GEXF that read back as the same graph', async () => {
    for (const [name, read] of [
      ['all.graphml', fromGraphML],
      ['all.gexf', fromGEXF],
    ] as const) {
      const run = await runCli('export', out(name), '--graph', SMALL);
      expect(run.code).toBe(0);
      expect(read(readFileSync(out(name), 'utf8'))).toEqual({
        ok: true,
        graph: small(),
        report: [],
      });
    }
  });

  it('puts the --lang label in GraphML and GEXF', async () => {
    await runCli('export', out('th.graphml'), '--graph', SMALL, '--lang', 'th');
    expect(readFileSync(out('th.graphml'), 'utf8')).toContain('<data key="n_label">ลัทธิมากซ์</data>');
    await runCli('export', out('th.gexf'), '--graph', SMALL, '--lang', 'th');
    expect(readFileSync(out('th.gexf'), 'utf8')).toContain('<node id="marxism" label="ลัทธิมากซ์">');
  });

  it('writes CSV as OUT (nodes) and a sibling .edges.csv, and names both', async () => {
    const run = await runCli('export', out('table.csv'), '--graph', SMALL);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      `wrote ${out('table.csv')} (3 nodes)\nwrote ${out('table.edges.csv')} (2 edges)\n`,
    );
    const nodes = readFileSync(out('table.csv'), 'utf8').split('\r\n');
    const edges = readFileSync(out('table.edges.csv'), 'utf8').split('\r\n');
    expect(nodes[0]).toBe(
      'id,kind,label_en,label_th,aliases,summary_en,summary_th,start,end,circa,sources',
    );
    expect(nodes.filter(Boolean)).toHaveLength(4);
    expect(edges[0]).toBe('source,target,relation,certainty,note_en,note_th,start,end,sources');
    expect(edges.filter(Boolean)).toHaveLength(3);
  });

  it('selects the neighbourhood of --focus, found by label, to --depth', async () => {
    const run = await runCli('export', out('focus.json'), '--graph', SMALL, '--focus', 'Karl Marx');
    expect(run.code).toBe(0);
    const graph = readJson(out('focus.json'));
    expect(graph.nodes.map((n) => n.id)).toEqual(['marxism', 'karl-marx']);
    expect(graph.edges.map((e) => e.relation)).toEqual(['developed']);
    expect(graph.meta.id).toBe('small-subset');

    await runCli(
      'export',
      out('focus2.json'),
      '--graph',
      SMALL,
      '--focus',
      'karl-marx',
      '--depth',
      '2',
    );
    expect(readJson(out('focus2.json')).nodes).toHaveLength(3);
  });

  it('selects the nodes and edges of the derived_from path for --path, in either order', async () => {
    for (const [from, to] of [
      ['leninism', 'marxism'],
      ['ลัทธิมากซ์', 'Leninism'],
    ]) {
      const run = await runCli(
        'export',
        out('path.graphml'),
        '--path',
        from!,
        to!,
        '--graph',
        SMALL,
      );
      expect(run.code).toBe(0);
      const result = fromGraphML(readFileSync(out('path.graphml'), 'utf8'));
      expect(result.ok && result.graph.nodes.map((n) => n.id)).toEqual(['marxism', 'leninism']);
      expect(result.ok && result.graph.edges.map((e) => e.relation)).toEqual(['derived_from']);
    }
  });

  it('exits 1 when there is no derived_from path', async () => {
    const run = await runCli(
      'export',
      out('x.json'),
      '--graph',
      SMALL,
      '--path',
      'karl-marx',
      'marxism',
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe("no derived_from path between 'karl-marx' and 'marxism'\n");
  });

  it('reads --graph as GraphML too, and says what it had to guess', async () => {
    const run = await runCli(
      'export',
      out('yed.json'),
      '--graph',
      'tests/fixtures/import/yed-style.graphml',
    );
    expect(run.code).toBe(0);
    expect(readJson(out('yed.json')).nodes).toHaveLength(4);
    expect(run.stderr).toContain(
      'tests/fixtures/import/yed-style.graphml: imported with a guess: no summary; a placeholder was used (3): n1, karl-marx, n3',
    );
  });

  it('creates the folder OUT goes into', async () => {
    const file = out('deep/er/graph.gexf');
    expect((await runCli('export', file, '--graph', SMALL)).code).toBe(0);
    expect(existsSync(file)).toBe(true);
  });

  it('exits 1 naming the path and the reason when OUT cannot be written', async () => {
    mkdirSync(out('a-folder.json'));
    writeFileSync(out('a-file'), '');
    for (const [file, reason] of [
      [out('a-folder.json'), 'it is a folder'],
      [out('a-file/sub.json'), 'part of the path is a file, not a folder'],
      [out('a-file/deeper/sub.graphml'), 'part of the path is a file, not a folder'],
      [out('a-file/nodes.csv'), 'part of the path is a file, not a folder'],
    ]) {
      const run = await runCli('export', file!, '--graph', SMALL);
      expect(run.code).toBe(1);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe(`export: cannot write '${file}': ${reason}\n`);
    }
  });

  it('exits 1 and writes nothing when the graph is invalid', async () => {
    const file = out('never.json');
    const run = await runCli('export', file, '--graph', 'tests/fixtures/broken/dangling-edge.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("unknown node 'lenninism'");
    expect(existsSync(file)).toBe(false);
  });

  it('works through the real npm script, on the bundled graph', () => {
    const file = out('bundled.json');
    const run = spawnCli(['export', file, '--focus', 'marxism']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^wrote .*bundled\.json \(\d+ nodes, \d+ edges\)\n$/);
    expect(readJson(file).nodes.some((n) => n.id === 'marxism')).toBe(true);
  });
});

describe('cli export: bad arguments exit 2 with a usage line', () => {
  const cases: [string, string[], string][] = [
    ['an unknown extension', ['x.txt'], "cannot tell the format of 'x.txt'"],
    ['no extension', ['graph'], "cannot tell the format of 'graph'"],
    ['no OUT', [], 'export needs an output file OUT'],
    ['two OUTs', ['a.json', 'b.json'], 'export takes one output file'],
    [
      '--depth 0',
      ['x.json', '--focus', 'marxism', '--depth', '0'],
      '--depth must be a whole number of at least 1',
    ],
    ['--depth -1', ['x.json', '--focus', 'marxism', '--depth', '-1'], "'--depth'"],
    ['--depth abc', ['x.json', '--focus', 'marxism', '--depth', 'abc'], '--depth must be'],
    ['--depth 1.5', ['x.json', '--focus', 'marxism', '--depth', '1.5'], '--depth must be'],
    [
      'a --depth too large to hold',
      ['x.json', '--focus', 'marxism', '--depth', '9'.repeat(400)],
      "--depth is too large: '99999999999999999999…'",
    ],
    ['--depth without --focus', ['x.json', '--depth', '2'], '--depth needs --focus NAME'],
    ['--scale 0', ['x.png', '--scale', '0'], '--scale must be a number from 1 to 4'],
    ['--scale 5', ['x.png', '--scale', '5'], '--scale must be'],
    ['--scale two', ['x.png', '--scale', 'two'], '--scale must be'],
    [
      'an unknown --layout',
      ['x.png', '--layout', 'circle'],
      "unknown --layout 'circle': use lineage, timeline, network",
    ],
    ['an unknown --lang', ['x.json', '--lang', 'fr'], "unknown --lang 'fr': use en, th"],
    [
      '--path with one name',
      ['x.json', '--path', 'marxism'],
      '--path needs two names: --path FROM TO',
    ],
    [
      '--path followed by an option',
      ['x.json', '--path', 'a', '--focus', 'b'],
      '--path needs two names',
    ],
    [
      '--path with --focus',
      ['x.json', '--path', 'a', 'b', '--focus', 'c'],
      'use --focus or --path, not both',
    ],
    ['an unknown option', ['x.json', '--colour', 'red'], "Unknown option '--colour'"],
  ];
  it.each(cases)('%s', async (_, args, message) => {
    const run = await runCli('export', ...args);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(message);
    expect(run.stderr).toContain(USAGE);
  });

  it('exits 2 with suggestions for an unknown name', async () => {
    const run = await runCli('export', out('x.json'), '--graph', SMALL, '--focus', 'marxsm');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe("unknown name 'marxsm' — did you mean: marxism (Marxism)?\n");
    const path = await runCli(
      'export',
      out('x.json'),
      '--graph',
      SMALL,
      '--path',
      'marxism',
      'lenin',
    );
    expect(path.code).toBe(2);
    expect(path.stderr).toContain("unknown name 'lenin' — did you mean: leninism (Leninism)");
  });
});

describe('cli export: pictures', () => {
  it('exits 1 with install advice when Chromium is missing', async () => {
    const before = process.env.ISMS_CHROMIUM;
    process.env.ISMS_CHROMIUM = '/no/such/chromium';
    try {
      const run = await runCli('export', out('x.png'), '--graph', SMALL);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        'export: Chromium not found at /no/such/chromium — install it with: apt-get install chromium (Debian) or set ISMS_CHROMIUM=/path/to/chrome\n',
      );
      expect(existsSync(out('x.png'))).toBe(false);
    } finally {
      if (before === undefined) delete process.env.ISMS_CHROMIUM;
      else process.env.ISMS_CHROMIUM = before;
    }
  });

  it('asks the app for the selection by the agreed URL', () => {
    const graph = small();
    expect(
      exportUrl({
        format: 'png',
        graph,
        focus: 'karl-marx',
        depth: 2,
        layout: 'timeline',
        lang: 'th',
        scale: 2,
      }),
    ).toBe(
      '/?embed=export&graph=/__isms/export-graph.json&focus=karl-marx&depth=2&layout=timeline&lang=th&scale=2',
    );
    expect(
      exportUrl({
        format: 'svg',
        graph,
        path: ['leninism', 'marxism'],
        layout: 'lineage',
        lang: 'en',
        scale: 1,
      }),
    ).toBe(
      '/?embed=export&graph=/__isms/export-graph.json&path=leninism,marxism&layout=lineage&lang=en&scale=1',
    );
  });
});

/**
 * A stand-in for the explorer's export mode, written to the contract in export-browser.ts: it
 * loads the graph named in the URL and draws its node ids, 200 × 100 pixels times the scale.
 */
const STUB_APP = `<!doctype html><meta charset="utf-8"><script type="module">
const params = new URLSearchParams(location.search);
const graph = await (await fetch(params.get('graph'))).json();
const ids = graph.nodes.map((n) => n.id).join(' ');
window.__ismsExport = async ({ format, scale }) => {
  if (format === 'svg') return '<svg xmlns="http://www.w3.org/2000/svg"><text>' + ids + ' ' + params.get('layout') + '</text></svg>';
  const canvas = document.createElement('canvas');
  canvas.width = 200 * scale;
  canvas.height = 100 * scale;
  const context = canvas.getContext('2d');
  context.fillStyle = '#fff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = '#000';
  context.fillText(ids, 10, 50);
  return canvas.toDataURL('image/png');
};
</script>`;

describe('exportInBrowser, against a stub app in headless Chromium', () => {
  const app = mkdtempSync(join(tmpdir(), 'isms-stub-app-'));
  writeFileSync(join(app, 'index.html'), STUB_APP);
  const graph = small();

  it('serves the selection to the app and writes the PNG it draws, at the scale asked', async () => {
    const result = await exportInBrowser(
      { format: 'png', graph, layout: 'lineage', lang: 'en', scale: 2 },
      () => {},
      { app },
    );
    if (!result.ok) throw new Error(result.message);
    const png = PNG.sync.read(Buffer.from(result.data));
    expect([png.width, png.height]).toEqual([400, 200]);
  });

  it('returns SVG text as it comes', async () => {
    const result = await exportInBrowser(
      { format: 'svg', graph, layout: 'network', lang: 'th', scale: 1 },
      () => {},
      { app },
    );
    expect(result.ok && new TextDecoder().decode(result.data)).toBe(
      '<svg xmlns="http://www.w3.org/2000/svg"><text>marxism leninism karl-marx network</text></svg>',
    );
  });

  it('says so when the app never offers window.__ismsExport', async () => {
    const silent = mkdtempSync(join(tmpdir(), 'isms-silent-app-'));
    writeFileSync(join(silent, 'index.html'), '<!doctype html><title>no export mode</title>');
    const result = await exportInBrowser(
      { format: 'png', graph, layout: 'lineage', lang: 'en', scale: 1 },
      () => {},
      { app: silent, readyTimeoutMs: 500 },
    );
    expect(result).toEqual({
      ok: false,
      message:
        'the explorer did not offer window.__ismsExport within 0.5 s (is its export mode, ?embed=export, wired up?)',
    });
  });
});

describe('static server', () => {
  let server: StaticServer;
  const root = mkdtempSync(join(tmpdir(), 'isms-static-'));
  beforeAll(async () => {
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'app.js'), 'export {}');
    server = await startStaticServer(
      root,
      new Map([['/__isms/g.json', { type: 'application/json', body: '{"a":1}' }]]),
    );
  });
  afterAll(() => server.close());

  it('serves files with their type, in-memory files, and index.html for app routes', async () => {
    const js = await fetch(`${server.url}/app.js`);
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await js.text()).toBe('export {}');
    expect(await (await fetch(`${server.url}/__isms/g.json`)).json()).toEqual({ a: 1 });
    expect(await (await fetch(`${server.url}/?embed=export`)).text()).toContain(
      '<title>app</title>',
    );
    expect(await (await fetch(`${server.url}/some/route`)).text()).toContain('<title>app</title>');
  });

  it('answers 404 for a missing asset and 403 outside its folder', async () => {
    expect((await fetch(`${server.url}/missing.js`)).status).toBe(404);
    expect((await fetch(`${server.url}/..%2f..%2fetc%2fpasswd`)).status).toBe(403);
  });
});
