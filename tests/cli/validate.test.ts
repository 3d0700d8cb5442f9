import { mkdtempSync, readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, spawnCli } from './run-cli';

describe('cli validate', () => {
  it('prints one summary line with counts by kind and relation for a valid file', async () => {
    const run = await runCli('validate', 'tests/fixtures/valid-small.json');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'tests/fixtures/valid-small.json: valid — 3 nodes (ideology 2, person 1); 2 edges (derived_from 1, developed 1)\n',
    );
  });

  it('says "1 node" and "1 edge" in the summary', async () => {
    const graph = JSON.parse(readFileSync('tests/fixtures/valid-small.json', 'utf8'));
    const dir = mkdtempSync(join(tmpdir(), 'isms-'));
    const one = join(dir, 'one.json');
    writeFileSync(one, JSON.stringify({ ...graph, nodes: graph.nodes.slice(0, 1), edges: [] }));
    expect((await runCli('validate', one)).stdout).toBe(
      `${one}: valid — 1 node (ideology 1); 0 edges (none)\n`,
    );
    const two = join(dir, 'two.json');
    writeFileSync(two, JSON.stringify({ ...graph, edges: graph.edges.slice(0, 1) }));
    expect((await runCli('validate', two)).stdout).toMatch(/: valid — 3 nodes \(.*\); 1 edge \(/);
  });

  it('prints every problem as FILE:LINE:COLUMN  message  (at path) and exits 1', async () => {
    const run = await runCli('validate', 'tests/fixtures/broken/dangling-edge.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      "tests/fixtures/broken/dangling-edge.json:89:7  unknown node 'lenninism' — did you mean 'leninism'?  (at edges[0].target)\n",
    );
    expect(run.stderr).toContain('1 problem');
  });

  it('lists several problems, one per line', async () => {
    const run = await runCli('validate', 'tests/fixtures/broken/misspelt-label-field.json');
    expect(run.stdout.trim().split('\n')).toHaveLength(2);
  });

  it('validates a GraphML file from another tool and lists the guesses its import made', async () => {
    const run = await runCli('validate', 'tests/fixtures/import/yed-style.graphml');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^tests\/fixtures\/import\/yed-style\.graphml: valid — 4 nodes/);
    expect(run.stderr).toContain('imported with a guess');
  });

  it('reports a missing file as a problem, not a stack trace', async () => {
    const run = await runCli('validate', 'no/such/file.json');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("no such file 'no/such/file.json'");
  });

  it('refuses a huge file by its size without reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-'));
    const file = join(dir, 'huge.json');
    writeFileSync(file, '');
    truncateSync(file, 100 * 1024 * 1024); // sparse: no 100 MB written to disk
    const run = await runCli('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/the file is 100\.0 MB, over the limit of 64 MB/);
  });

  it('lets GraphML and GEXF files be larger, as XML is wordier, but still bounded', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-'));
    const graphml = join(dir, 'big.graphml');
    writeFileSync(graphml, '');
    truncateSync(graphml, 100 * 1024 * 1024);
    const read = await runCli('validate', graphml);
    expect(read.code).toBe(1);
    expect(read.stdout).not.toMatch(/over the limit/);
    const gexf = join(dir, 'huge.gexf');
    writeFileSync(gexf, '');
    truncateSync(gexf, 200 * 1024 * 1024);
    const refused = await runCli('validate', gexf);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/the file is 200\.0 MB, over the limit of 160 MB/);
  });

  it('rejects pathological nesting quickly with a clear message', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'isms-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, '['.repeat(1_000_000));
    const run = await runCli('validate', file);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('nesting deeper than 64 levels');
  });

  it('exits 2 with a usage line on bad arguments', async () => {
    const run = await runCli('validate', 'a.json', 'b.json');
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('usage: npm run --silent cli -- validate [FILE]');
    expect((await runCli('validate', '--strict')).code).toBe(2);
    expect((await runCli('frobnicate')).code).toBe(2);
  });

  it('works as documented through npm, defaulting to the bundled graph', () => {
    const run = spawnCli(['validate']);
    expect(run.stdout).toMatch(
      /^graph\/communism\.json: valid — \d+ nodes \(ideology \d+, person \d+/,
    );
    expect(run.code).toBe(0);
  });
});
