import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli';

interface Drawing {
  layout: string;
  nodes: { id: string; x: number; y: number; width: number; height: number }[];
  edges: { source: string; target: string; relation: string; points: { x: number; y: number }[] }[];
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

async function layoutJson(...args: string[]): Promise<Drawing> {
  const run = await runCli('layout', ...args, '--json');
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Drawing;
}

describe('cli layout --json', () => {
  it('prints the lineage as drawn: boxes that do not overlap, routes from centre to centre', async () => {
    const drawing = await layoutJson('--kinds', 'ideology');
    expect(drawing.layout).toBe('lineage');
    expect(Object.keys(drawing).sort()).toEqual(['edges', 'layout', 'nodes']);
    expect(drawing.nodes.length).toBeGreaterThan(40);
    const at = new Map(drawing.nodes.map((n) => [n.id, n]));
    for (const node of drawing.nodes) {
      expect(Object.keys(node).sort()).toEqual(['height', 'id', 'width', 'x', 'y']);
      expect(node.width).toBeGreaterThan(0);
    }
    for (const edge of drawing.edges) {
      expect(Object.keys(edge).sort()).toEqual(['points', 'relation', 'source', 'target']);
      expect(edge.points.length).toBeGreaterThanOrEqual(2);
      expect(edge.points[0]).toEqual({ x: at.get(edge.source)!.x, y: at.get(edge.source)!.y });
      expect(edge.points.at(-1)).toEqual({ x: at.get(edge.target)!.x, y: at.get(edge.target)!.y });
      // An ideology stands below what it derived from.
      if (edge.relation === 'derived_from') {
        expect(at.get(edge.source)!.y).toBeGreaterThan(at.get(edge.target)!.y);
      }
    }
    const nodes = drawing.nodes;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        const a = nodes[i]!;
        const b = nodes[j]!;
        const overlap =
          Math.abs(a.x - b.x) < (a.width + b.width) / 2 - 1 &&
          Math.abs(a.y - b.y) < (a.height + b.height) / 2 - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
  });

  it('filters by relation and focus, and wraps Thai labels into narrower boxes', async () => {
    const focus = await layoutJson(
      '--focus',
      'maoism',
      '--depth',
      '1',
      '--relations',
      'derived_from',
    );
    expect(focus.nodes.map((n) => n.id)).toContain('maoism');
    expect(focus.edges.every((e) => e.relation === 'derived_from')).toBe(true);
    const th = await layoutJson('--kinds', 'ideology', '--lang', 'th');
    // Thai labels wrap between words: only a label of one long word is wider than the wrap.
    const wide = th.nodes.filter((n) => n.width > 120);
    expect(wide.length).toBeLessThanOrEqual(th.nodes.length / 10);
  });

  it('lays out the timeline and the network too', async () => {
    expect((await layoutJson('--layout', 'timeline', '--kinds', 'ideology')).layout).toBe(
      'timeline',
    );
    const network = await layoutJson('--layout', 'network', '--focus', 'leninism');
    expect(network.layout).toBe('network');
    expect(network.nodes.length).toBeGreaterThan(2);
  });

  it('says with --boxes where each drawn box stands: the shape on x, y, its label below', async () => {
    const plain = await layoutJson('--kinds', 'ideology');
    const drawing = (await layoutJson('--kinds', 'ideology', '--boxes')) as Omit<
      Drawing,
      'nodes'
    > & { nodes: (Drawing['nodes'][number] & { box: Box })[] };
    // the same drawing, each node with one more field
    expect(drawing.nodes.map(({ box: _box, ...node }) => node)).toEqual(plain.nodes);
    for (const node of drawing.nodes) {
      expect(Object.keys(node).sort()).toEqual(['box', 'height', 'id', 'width', 'x', 'y']);
      const { x1, y1, x2, y2 } = node.box;
      expect(x2 - x1).toBeCloseTo(node.width, 0);
      expect(y2 - y1).toBeCloseTo(node.height, 0);
      expect((x1 + x2) / 2).toBeCloseTo(node.x, 0);
      // the shape's centre is inside the box, in its upper part: the label hangs below it
      expect(y1).toBeLessThan(node.y);
      expect((y1 + y2) / 2).toBeGreaterThanOrEqual(node.y);
    }
    const boxes = drawing.nodes.map((n) => ({ id: n.id, ...n.box }));
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap = a.x1 < b.x2 - 1 && b.x1 < a.x2 - 1 && a.y1 < b.y2 - 1 && b.y1 < a.y2 - 1;
        expect(overlap, `${a.id} overlaps ${b.id}`).toBe(false);
      }
    }
    expect((await runCli('layout', '--boxes')).code).toBe(2);
  });

  it('refuses unknown layouts, kinds and names', async () => {
    expect((await runCli('layout', '--layout', 'radial')).code).toBe(2);
    expect((await runCli('layout', '--kinds', 'planet')).code).toBe(2);
    expect((await runCli('layout', '--focus', 'lenninism')).code).toBe(2);
  });

  it('runs as the README says: npm run --silent cli -- layout --json', () => {
    const run = spawnCli(['layout', '--kinds', 'ideology', '--json']);
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as Drawing).nodes.length).toBeGreaterThan(40);
  });
});

describe('cli export of a drawing', () => {
  it('writes the lineage positions into GEXF and GraphML, the same as layout --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-layout-'));
    const drawing = await layoutJson('--focus', 'maoism');
    const maoism = drawing.nodes.find((n) => n.id === 'maoism')!;
    expect((await runCli('export', join(dir, 'm.gexf'), '--focus', 'maoism')).code).toBe(0);
    const gexf = readFileSync(join(dir, 'm.gexf'), 'utf8');
    expect(gexf).toMatch(
      new RegExp(`<node id="maoism"[^]*?<viz:position x="${maoism.x}" y="${maoism.y}" z="0"/>`),
    );
    expect((await runCli('export', join(dir, 'm.graphml'), '--focus', 'maoism')).code).toBe(0);
    const graphml = readFileSync(join(dir, 'm.graphml'), 'utf8');
    expect(graphml).toContain('attr.name="x" attr.type="double"');
    expect(graphml).toMatch(
      new RegExp(
        `<node id="maoism">[^]*?<data key="n_x">${maoism.x}</data>\\s*<data key="n_y">${maoism.y}</data>`,
      ),
    );
  });

  it('gives every node in GEXF and GraphML the x, y of layout --json, not its box centre', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-layout-'));
    const args = ['--focus', 'leninism', '--depth', '2', '--layout', 'timeline'];
    const drawing = await layoutJson(...args);
    expect((await runCli('export', join(dir, 'i.gexf'), ...args)).code).toBe(0);
    expect((await runCli('export', join(dir, 'i.graphml'), ...args)).code).toBe(0);
    const gexf = readFileSync(join(dir, 'i.gexf'), 'utf8');
    const graphml = readFileSync(join(dir, 'i.graphml'), 'utf8');
    const inGexf = new Map(
      [...gexf.matchAll(/<node id="([^"]+)"[^]*?<viz:position x="([^"]+)" y="([^"]+)"/g)].map(
        (m) => [m[1], { x: Number(m[2]), y: Number(m[3]) }],
      ),
    );
    const inGraphml = new Map(
      [
        ...graphml.matchAll(
          /<node id="([^"]+)">[^]*?<data key="n_x">([^<]+)<\/data>\s*<data key="n_y">([^<]+)<\/data>/g,
        ),
      ].map((m) => [m[1], { x: Number(m[2]), y: Number(m[3]) }]),
    );
    expect(drawing.nodes.length).toBeGreaterThan(10);
    for (const node of drawing.nodes) {
      expect(inGexf.get(node.id), node.id).toEqual({ x: node.x, y: node.y });
      expect(inGraphml.get(node.id), node.id).toEqual({ x: node.x, y: node.y });
    }
  });
});
