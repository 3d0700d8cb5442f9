import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_GRAPH } from '../../scripts/graph-io';
import { tinyGraphFile } from '../domain/queries/tiny-graph';
import { runCli, spawnCli } from './run-cli';

// maoism → marxism-leninism → leninism → marxism; trotskyism → leninism (disputed);
// stalinism → marxism-leninism (inferred); an island.
const GRAPH = join(mkdtempSync(join(tmpdir(), 'isms-queries-')), 'lineage.json');
writeFileSync(
  GRAPH,
  JSON.stringify(
    tinyGraphFile(
      [
        { id: 'marxism', en: 'Marxism', th: 'ลัทธิมากซ์', aliases: ['ลัทธิมาร์กซ์'] },
        { id: 'leninism', en: 'Leninism', th: 'ลัทธิเลนิน' },
        { id: 'marxism-leninism', en: 'Marxism–Leninism', th: 'ลัทธิมากซ์–เลนิน' },
        { id: 'maoism', en: 'Maoism', th: 'ลัทธิเหมา' },
        { id: 'trotskyism', en: 'Trotskyism', th: 'ลัทธิทรอตสกี' },
        { id: 'stalinism', en: 'Stalinism', th: 'ลัทธิสตาลิน' },
        { id: 'island', en: 'Island', th: 'เกาะ' },
      ],
      [
        'maoism derived_from marxism-leninism',
        'marxism-leninism derived_from leninism',
        'leninism derived_from marxism',
        'trotskyism derived_from leninism ?disputed',
        'stalinism derived_from marxism-leninism ?inferred',
        'maoism influenced_by stalinism',
      ],
    ),
  ),
);
const cli = (...argv: string[]) => runCli(...argv, '--graph', GRAPH);
const PATH_USAGE =
  'usage: npm run --silent cli -- path FROM TO [--via R,R…] [--any-direction] [--k N] [--json] [--lang en|th] [--graph FILE]';

describe('cli path', () => {
  it('explains the path, then numbers its steps', async () => {
    const run = await cli('path', 'maoism', 'marxism');
    expect(run).toEqual({
      code: 0,
      stdout: [
        'Maoism derived from Marxism–Leninism, which derived from Leninism, which derived from Marxism.',
        '  1. Maoism → Marxism–Leninism  (derived_from)',
        '  2. Marxism–Leninism → Leninism  (derived_from)',
        '  3. Leninism → Marxism  (derived_from)',
        '',
      ].join('\n'),
      stderr: '',
    });
  });

  it('prints exactly {"paths": [...]} with --json', async () => {
    const run = await cli('path', 'stalinism', 'leninism', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      paths: [
        {
          nodes: ['stalinism', 'marxism-leninism', 'leninism'],
          steps: [
            {
              from: 'stalinism',
              relation: 'derived_from',
              to: 'marxism-leninism',
              direction: 'forward',
              certainty: 'inferred',
            },
            {
              from: 'marxism-leninism',
              relation: 'derived_from',
              to: 'leninism',
              direction: 'forward',
              certainty: 'stated',
            },
          ],
        },
      ],
      via: ['derived_from', 'split_from'],
    });
  });

  it('lists several paths under headings with --k, shortest first', async () => {
    const run = await cli(
      'path',
      'maoism',
      'marxism-leninism',
      '--via',
      'derived_from,influenced_by',
      '--k',
      '3',
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Path 1 (1 step)',
        'Maoism derived from Marxism–Leninism.',
        '  1. Maoism → Marxism–Leninism  (derived_from)',
        '',
        'Path 2 (2 steps)',
        'Maoism was influenced by Stalinism, which derived from Marxism–Leninism (inferred).',
        '  1. Maoism → Stalinism  (influenced_by)',
        '  2. Stalinism → Marxism–Leninism  (derived_from, inferred)',
        '',
      ].join('\n'),
    );
  });

  it('walks against edges with --any-direction and marks the steps', async () => {
    const run = await cli('path', 'maoism', 'trotskyism', '--any-direction');
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      [
        'Maoism derived from Marxism–Leninism, which derived from Leninism, which gave rise to Trotskyism (disputed).',
        '  1. Maoism → Marxism–Leninism  (derived_from)',
        '  2. Marxism–Leninism → Leninism  (derived_from)',
        '  3. Leninism → Trotskyism  (derived_from, walked against the edge, disputed)',
        '',
      ].join('\n'),
    );
  });

  it('speaks Thai with --lang th and resolves Thai names and aliases', async () => {
    const run = await cli('path', 'ลัทธิเหมา', 'ลัทธิมาร์กซ์', '--lang', 'th');
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe(
      'ลัทธิเหมาพัฒนามาจากลัทธิมากซ์–เลนิน ซึ่งพัฒนามาจากลัทธิเลนิน ซึ่งพัฒนามาจากลัทธิมากซ์',
    );
    expect(run.stdout.split('\n')[1]).toBe('  1. ลัทธิเหมา → ลัทธิมากซ์–เลนิน  (derived_from)');
  });

  it('exits 0 with empty output and a hint on stderr when there is no path', async () => {
    const human = await cli('path', 'marxism', 'maoism');
    expect(human).toEqual({
      code: 0,
      stdout: '',
      stderr: 'no path from marxism to maoism via derived_from,split_from; try --any-direction\n',
    });
    const json = await cli('path', 'island', 'maoism', '--json', '--any-direction');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ paths: [], via: ['derived_from', 'split_from'] });
    expect(json.stderr).toBe(
      'no path from island to maoism via derived_from,split_from, nor with influences or classification\n',
    );
  });

  it('exits 2 with suggestions on an unknown name', async () => {
    const run = await cli('path', 'lenninism', 'marxism');
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^unknown name 'lenninism' — did you mean: leninism \(Leninism\)/);
  });

  it('exits 2 with the relation list on an unknown --via relation', async () => {
    const run = await cli('path', 'maoism', 'marxism', '--via', 'derived_from,descends');
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      "unknown relation 'descends' in --via; relations: derived_from, opposed, criticized, founded, developed, led, member_of, split_from, succeeded, influenced_by, authored, adhered_to, allied_with, participated_in, part_of, occurred_in, caused\n" +
        `${PATH_USAGE}\n`,
    );
  });

  it('exits 2 with the usage line on a bad --k, a missing name or an unknown option', async () => {
    for (const argv of [
      ['path', 'maoism', 'marxism', '--k', '0'],
      ['path', 'maoism', 'marxism', '--k', 'two'],
      ['path', 'maoism'],
      ['path', 'maoism', 'marxism', '--lang', 'fr'],
      ['path', 'maoism', 'marxism', '--bogus'],
    ]) {
      const run = await cli(...argv);
      expect(run.code).toBe(2);
      expect(run.stderr.endsWith(`${PATH_USAGE}\n`)).toBe(true);
    }
  });

  it('caps --k at 100 and refuses numbers too large to hold, as bad usage', async () => {
    const huge = '9'.repeat(400);
    for (const [k, message] of [
      ['101', "--k must be a whole number from 1 to 100, not '101'"],
      [huge, "--k must be a whole number from 1 to 100, not '99999999999999999999…'"],
    ]) {
      const run = await cli('path', 'maoism', 'marxism', '--k', k!);
      expect(run.code).toBe(2);
      expect(run.stderr).toBe(`${message}\n${PATH_USAGE}\n`);
    }
    expect((await cli('path', 'maoism', 'marxism', '--k', '100')).code).toBe(0);
    for (const command of ['ancestors', 'descendants']) {
      const run = await cli(command, 'maoism', '--depth', huge);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(/^--depth is too large: '9{20}…'\nusage: /);
    }
    expect((await cli('common', 'maoism', 'trotskyism', '--depth', huge)).code).toBe(2);
  });

  it('exits 1 when the graph file is broken', async () => {
    const run = await runCli('path', 'a', 'b', '--graph', 'tests/fixtures/no-such-file.json');
    expect(run.code).toBe(1);
  });
});

describe('cli ancestors and descendants', () => {
  it('prints generations in words or as {"nodes": [...]}', async () => {
    const human = await cli('ancestors', 'Maoism');
    expect(human.stdout).toBe(
      [
        'Ancestors of Maoism via derived_from,split_from:',
        '  generation 1: Marxism–Leninism',
        '  generation 2: Leninism',
        '  generation 3: Marxism',
        '',
      ].join('\n'),
    );
    const json = await cli('ancestors', 'maoism', '--json', '--depth', '2');
    expect(JSON.parse(json.stdout)).toEqual({
      nodes: [
        { id: 'marxism-leninism', generation: 1 },
        { id: 'leninism', generation: 2 },
      ],
      via: ['derived_from', 'split_from'],
    });
  });

  it('walks downwards for descendants, in Thai too', async () => {
    const json = await cli('descendants', 'leninism', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      nodes: [
        { id: 'marxism-leninism', generation: 1 },
        { id: 'trotskyism', generation: 1 },
        { id: 'maoism', generation: 2 },
        { id: 'stalinism', generation: 2 },
      ],
      via: ['derived_from', 'split_from'],
    });
    const thai = await cli('descendants', 'ลัทธิเลนิน', '--lang', 'th', '--depth', '1');
    expect(thai.stdout).toBe(
      'ผู้สืบทอดของลัทธิเลนิน ผ่าน derived_from,split_from:\n  รุ่นที่ 1: ลัทธิมากซ์–เลนิน, ลัทธิทรอตสกี\n',
    );
  });

  it('says so on stderr when there are none, and rejects a bad --depth', async () => {
    const none = await cli('ancestors', 'marxism', '--json');
    expect(none).toEqual({
      code: 0,
      stdout: '{\n  "nodes": [],\n  "via": [\n    "derived_from",\n    "split_from"\n  ]\n}\n',
      stderr:
        'marxism has no ancestors via derived_from,split_from, nor with influences or classification\n',
    });
    const bad = await cli('descendants', 'marxism', '--depth', '-1');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: npm run --silent cli -- descendants NAME');
  });
});

describe('cli common', () => {
  it('prints shared ancestors with each input’s generation, and the lowest', async () => {
    const json = await cli('common', 'maoism', 'trotskyism', '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({
      common: [
        { id: 'leninism', generations: { maoism: 2, trotskyism: 1 } },
        { id: 'marxism', generations: { maoism: 3, trotskyism: 2 } },
      ],
      lowest: ['leninism'],
      nodes: [
        { id: 'leninism', generation: 2 },
        { id: 'marxism', generation: 3 },
      ],
      via: ['derived_from', 'split_from'],
    });
    const human = await cli('common', 'maoism', 'trotskyism');
    expect(human.stdout).toBe(
      [
        'Common ancestors of Maoism and Trotskyism via derived_from,split_from:',
        '  Leninism (Maoism 2, Trotskyism 1)  ← lowest',
        '  Marxism (Maoism 3, Trotskyism 2)',
        'Where they diverged: Leninism',
        '',
      ].join('\n'),
    );
  });

  it('needs two names and knows every one', async () => {
    expect((await cli('common', 'maoism')).code).toBe(2);
    const unknown = await cli('common', 'maoism', 'trotskism');
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(
      /^unknown name 'trotskism' — did you mean: trotskyism \(Trotskyism\)/,
    );
  });

  it('reports no common ancestor on stderr', async () => {
    const run = await cli('common', 'maoism', 'island', '--json');
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      common: [],
      lowest: [],
      nodes: [],
      via: ['derived_from', 'split_from'],
    });
    expect(run.stderr).toBe(
      'maoism, island have no common ancestor via derived_from,split_from, nor with influences or classification\n',
    );
  });
});

describe.skipIf(!existsSync(BUNDLED_GRAPH))('cli queries on the bundled graph', () => {
  it('finds the path from the Thai name of Maoism to Marxism', async () => {
    const run = await runCli('path', 'ลัทธิเหมา', 'marxism', '--json');
    expect(run.code).toBe(0);
    const { paths } = JSON.parse(run.stdout) as { paths: { nodes: string[] }[] };
    expect(paths[0]!.nodes.slice(0, 2)).toEqual(['maoism', 'marxism-leninism']);
    expect(paths[0]!.nodes.at(-1)).toBe('marxism');
  });

  it('runs end to end through npm, with exit codes', () => {
    const ok = spawnCli(['path', 'maoism', 'marxism', '--json']);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).paths[0].nodes[0]).toBe('maoism');
    const unknown = spawnCli(['ancestors', 'lenninism']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain(
      "unknown name 'lenninism' — did you mean: leninism (Leninism)",
    );
  });
});

describe('cli --help', () => {
  it("prints each command's usage on stdout and exits 0, for --help and -h", async () => {
    for (const command of ['validate', 'export', 'path', 'ancestors', 'descendants', 'common']) {
      for (const flag of ['--help', '-h']) {
        const run = await runCli(command, flag);
        expect(run.code).toBe(0);
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(new RegExp(`^usage: npm run --silent cli -- ${command} `));
      }
    }
    const late = await runCli('path', 'maoism', '--k', '2', '--help');
    expect(late.stdout).toBe(
      `${PATH_USAGE}\n\nshortest lineage paths between two nodes, explained\n`,
    );
    expect((await runCli('help', 'path')).stdout).toBe(late.stdout);
  });

  it('lists the commands on stdout for --help, and on stderr with exit 2 for no command', async () => {
    for (const argv of [['--help'], ['-h'], ['help']]) {
      const run = await runCli(...argv);
      expect(run.code).toBe(0);
      expect(run.stdout).toMatch(/^usage: npm run --silent cli -- <command> \[options\]\n/);
      expect(run.stdout).toContain('\n  path FROM TO');
    }
    const none = await runCli();
    expect(none.code).toBe(2);
    expect(none.stdout).toBe('');
    expect(none.stderr).toMatch(/^usage: npm run --silent cli -- <command>/);
  });

  it('takes --help after -- as a name', async () => {
    const run = await runCli('ancestors', '--graph', GRAPH, '--', '--help');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^unknown name '--help'/);
  });
});
