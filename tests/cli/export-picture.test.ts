// `export OUT.png|svg` end to end: the CLI builds the explorer if needed, draws it in headless
// Chromium through ?embed=export, and writes real pictures.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli, type CliRun } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'isms-export-picture-'));
const out = (name: string) => join(dir, name);
const THAI = /[\u0E00-\u0E7F]/;

const bundled = JSON.parse(readFileSync(join(ROOT, 'graph/communism.json'), 'utf8')) as {
  nodes: { id: string; label: { en: string; th: string } }[];
  edges: unknown[];
};

/** Fails with what the CLI printed when it did not succeed. */
function expectOk(run: CliRun): void {
  if (run.code !== 0) throw new Error(`exit ${run.code}:\n${run.stderr}${run.stdout}`);
}

/** Share of pixels clearly darker than the white background. */
function inkShare(png: PNG): number {
  let ink = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 3 * 230) ink++;
  }
  return ink / (png.width * png.height);
}

interface Element {
  [key: string]: unknown;
}

/** The node groups of an exported SVG and the text of their labels. */
function svgNodes(text: string): { id: string; kind: string; label: string }[] {
  const doc = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    isArray: (name) => ['g', 'tspan'].includes(name),
  }).parse(text) as Element;
  const graph = (doc.svg as Element).g as Element[];
  const nodes = (graph.find((g) => g.class === 'graph')!.g as Element[]).find(
    (g) => g.class === 'nodes',
  )!.g as Element[];
  return nodes
    .filter((g) => g.class === 'node')
    .map((g) => {
      const label = g.text as Element;
      const spans = (label.tspan as Element[]).map((span) => String(span['#text']));
      return { id: String(g['data-id']), kind: String(g['data-kind']), label: spans.join(' ') };
    });
}

describe('cli export: pictures through the explorer in Chromium', () => {
  it('draws the neighbourhood of Maoism as a PNG sized by --scale', async () => {
    const run = await runCli('export', out('maoism.png'), '--focus', 'maoism', '--depth', '1');
    expectOk(run);
    expect(run.stdout).toBe(`wrote ${out('maoism.png')} (11 nodes, 27 edges)\n`);
    const twice = PNG.sync.read(readFileSync(out('maoism.png')));
    const onceRun = await runCli(
      'export',
      out('maoism-1.png'),
      '--focus',
      'maoism',
      '--scale',
      '1',
    );
    expectOk(onceRun);
    const once = PNG.sync.read(readFileSync(out('maoism-1.png')));
    expect(twice.width / once.width).toBeCloseTo(2, 1);
    expect(twice.height / once.height).toBeCloseTo(2, 1);
    // At least the frame's minimum width (520 + 2 × 28 px) at 1×.
    expect(once.width).toBeGreaterThanOrEqual(576);
    expect(inkShare(twice)).toBeGreaterThan(0.03);
    // An opaque white background, as the contract asks.
    expect([...twice.data.subarray(0, 4)]).toEqual([255, 255, 255, 255]);
  }, 180_000);

  it('writes an SVG with one node group per node of the neighbourhood', async () => {
    const run = await runCli('export', out('maoism.svg'), '--focus', 'maoism', '--depth', '1');
    expectOk(run);
    const nodes = svgNodes(readFileSync(out('maoism.svg'), 'utf8'));
    expect(nodes.map((n) => n.id).sort()).toEqual(
      [
        'anti-revisionism',
        'chinese-communist-party',
        'enver-hoxha',
        'hoxhaism',
        'libertarian-marxism',
        'mao-zedong',
        'maoism',
        'marxism-leninism',
        'china',
        'soviet-union',
        'trotskyism',
      ].sort(),
    );
    expect(nodes.find((n) => n.id === 'maoism')!.label).toBe('Maoism');
  }, 120_000);

  it('draws the whole graph in Thai as PNG and SVG', async () => {
    const png = await runCli('export', out('all-th.png'), '--lang', 'th');
    expectOk(png);
    const picture = PNG.sync.read(readFileSync(out('all-th.png')));
    // The whole graph is far larger than the 1600 × 1000 browser window it was drawn in.
    expect(picture.width * picture.height).toBeGreaterThan(4 * 1600 * 1000);
    expect(inkShare(picture)).toBeGreaterThan(0.03);

    const svg = await runCli('export', out('all-th.svg'), '--lang', 'th');
    expectOk(svg);
    expect(svg.stdout).toBe(
      `wrote ${out('all-th.svg')} (${bundled.nodes.length} nodes, ${bundled.edges.length} edges)\n`,
    );
    const nodes = svgNodes(readFileSync(out('all-th.svg'), 'utf8'));
    expect(nodes).toHaveLength(bundled.nodes.length);
    const thai = new Map(bundled.nodes.map((n) => [n.id, n.label.th]));
    // Labels are the Thai labels as text, wrapped at word boundaries: Thai words have no
    // space between them, so the lines are compared without the spaces they were rejoined with.
    for (const node of nodes) {
      expect(node.label.replace(/\s+/g, '')).toBe(thai.get(node.id)!.replace(/\s+/g, ''));
    }
    expect(nodes.filter((n) => THAI.test(n.label)).length).toBeGreaterThan(nodes.length / 2);
  }, 240_000);

  it('works as a person runs it: npm run --silent cli -- export OUT.svg', () => {
    const run = spawnCli([
      'export',
      out('spawned.svg'),
      '--focus',
      'leninism',
      '--layout',
      'network',
    ]);
    expectOk(run);
    expect(run.stdout).toMatch(/^wrote .*spawned\.svg \(\d+ nodes, \d+ edges\)\n$/);
    expect(svgNodes(readFileSync(out('spawned.svg'), 'utf8')).length).toBeGreaterThan(3);
  }, 120_000);
});
