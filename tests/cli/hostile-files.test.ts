/**
 * Small files built to take the machine down, run through the real CLI in a child process with
 * a time limit and a heap cap: each is validated or refused with a plain message, quickly. The
 * files are generated here (megabytes do not belong in the repository).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli';

const DIR = mkdtempSync(join(tmpdir(), 'isms-hostile-'));
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');

/** The CLI in a child process with a 512 MB heap; fails the test past `seconds`. */
function cli(argv: string[], seconds = 60) {
  const started = performance.now();
  const result = spawnSync(TSX, ['scripts/cli.ts', ...argv], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: seconds * 1000,
    env: { ...process.env, NODE_OPTIONS: '--max-old-space-size=512' },
  });
  return {
    code: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    seconds: (performance.now() - started) / 1000,
  };
}

/** GraphML with `keys` declared keys, each with a default, and `nodes` nodes in a chain. */
function defaultsBomb(keys: number, nodes: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<graphml>'];
  for (let k = 0; k < keys; k++)
    parts.push(`<key id="k${k}" for="node" attr.name="a${k}"><default>v</default></key>`);
  parts.push('<key id="label" for="node" attr.name="label"/>', '<graph edgedefault="directed">');
  for (let n = 0; n < nodes; n++)
    parts.push(`<node id="n${n}"><data key="label">Node ${n}</data></node>`);
  for (let n = 1; n < nodes; n++) parts.push(`<edge source="n${n}" target="n${n - 1}"/>`);
  parts.push('</graph></graphml>');
  return parts.join('\n');
}

/** GEXF with `attributes` declared node attributes, each with a default, and `nodes` nodes. */
function gexfDefaultsBomb(attributes: number, nodes: number): string {
  const parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<gexf version="1.3"><graph>'];
  parts.push('<attributes class="node">');
  for (let k = 0; k < attributes; k++)
    parts.push(
      `<attribute id="a${k}" title="a${k}" type="string"><default>v</default></attribute>`,
    );
  parts.push('</attributes><nodes>');
  for (let n = 0; n < nodes; n++) parts.push(`<node id="n${n}" label="Node ${n}"/>`);
  parts.push('</nodes><edges/></graph></gexf>');
  return parts.join('\n');
}

// tsx starts slowly on a busy machine: each spawn gets its own bound inside, the test a wider one.
describe('hostile files, from the CLI, in bounded time and memory', { timeout: 90_000 }, () => {
  it('a 1.5 MB GraphML with 20,000 key defaults and 5,000 nodes is refused at once, with a message', () => {
    const file = join(DIR, 'twenty-thousand-key-defaults.graphml');
    writeFileSync(file, defaultsBomb(20_000, 5_000));
    expect(readFileSync(file).length).toBeGreaterThan(1_400_000);
    const run = cli(['validate', file]);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(
      /the GraphML file has 20,001 declared <key>s, over the limit of 5,000/,
    );
    expect(run.seconds).toBeLessThan(30);
  });

  it('the same defaults under the limit (4,000 keys, 5,000 nodes) validate without being copied', () => {
    const file = join(DIR, 'four-thousand-key-defaults.graphml');
    writeFileSync(file, defaultsBomb(4_000, 5_000));
    const run = cli(['validate', file]);
    expect(run.signal).toBeNull();
    expect(run.stdout).toMatch(/valid — 5,?000 nodes/);
    expect(run.code).toBe(0);
    expect(run.seconds).toBeLessThan(30);
  });

  it('a GEXF with 20,000 attribute defaults is refused the same way', () => {
    const file = join(DIR, 'twenty-thousand-attribute-defaults.gexf');
    writeFileSync(file, gexfDefaultsBomb(20_000, 5_000));
    const run = cli(['validate', file]);
    expect(run.signal).toBeNull();
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/the GEXF file has 20,000 declared <attribute>s, over the limit/);
  });

  it('a GraphML node with thousands of values is refused with a message', () => {
    const file = join(DIR, 'node-with-too-many-values.graphml');
    const data = Array.from({ length: 1_500 }, (_, i) => `<data key="d${i}">x</data>`).join('');
    writeFileSync(file, `<graphml><graph><node id="a">${data}</node></graph></graphml>`);
    const run = cli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/1,500 values on one element, over the limit of 1,000/);
  });
});
