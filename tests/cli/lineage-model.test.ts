import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinyGraphFile } from '../domain/queries/tiny-graph';
import { runCli } from './run-cli';

// Descent: trotskyism split_from leninism, leninism derived_from marxism. Classification only:
// hoxhaism part_of marxism-leninism. Influence only: maoism influenced_by stalinism. marxism is a
// root; marxism-leninism, stalinism and maoism are not, and have no descent parent.
const DIR = mkdtempSync(join(tmpdir(), 'isms-lineage-model-'));
const file = tinyGraphFile(
  ['marxism', 'leninism', 'trotskyism', 'marxism-leninism', 'hoxhaism', 'stalinism', 'maoism'],
  [
    'leninism derived_from marxism',
    'trotskyism split_from leninism',
    'hoxhaism derived_from marxism-leninism',
    'marxism-leninism part_of leninism',
    'maoism influenced_by stalinism',
  ],
);
const GRAPH = join(DIR, 'lineage.json');
writeFileSync(
  GRAPH,
  JSON.stringify({
    ...file,
    nodes: file.nodes.map((n) => (n.id === 'marxism' ? { ...n, root: true } : n)),
  }),
);
const cli = (...argv: string[]) => runCli(...argv, '--graph', GRAPH);

describe('cli lineage queries follow descent by default', () => {
  it('walks split_from as well as derived_from, and says so in --json', async () => {
    const run = await cli('path', 'trotskyism', 'marxism', '--json');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { paths: { nodes: string[] }[]; via: string[] };
    expect(out.paths[0]!.nodes).toEqual(['trotskyism', 'leninism', 'marxism']);
    expect(out.via).toEqual(['derived_from', 'split_from']);
    const ancestors = JSON.parse((await cli('ancestors', 'trotskyism', '--json')).stdout);
    expect(ancestors).toEqual({
      nodes: [
        { id: 'leninism', generation: 1 },
        { id: 'marxism', generation: 2 },
      ],
      via: ['derived_from', 'split_from'],
    });
  });

  it('reads a split as a breaking away', async () => {
    const run = await cli('path', 'trotskyism', 'marxism');
    expect(run.stdout.split('\n')[0]).toBe(
      'trotskyism broke away from leninism, which derived from marxism.',
    );
  });

  it('--via overrides the default, and --json reports what was followed', async () => {
    const run = await cli('path', 'trotskyism', 'leninism', '--via', 'split_from', '--json');
    expect(JSON.parse(run.stdout).via).toEqual(['split_from']);
    const none = await cli('descendants', 'leninism', '--via', 'derived_from', '--json');
    expect(JSON.parse(none.stdout)).toEqual({ nodes: [], via: ['derived_from'] });
  });

  it('names only the additions that would find a path', async () => {
    const classification = await cli('path', 'hoxhaism', 'marxism');
    expect(classification.stderr).toBe(
      'no path from hoxhaism to marxism via derived_from,split_from; try --via derived_from,split_from,part_of (classification)\n',
    );
    const influence = await cli('path', 'maoism', 'stalinism');
    expect(influence.stderr).toBe(
      'no path from maoism to stalinism via derived_from,split_from; try --via derived_from,split_from,influenced_by (influences)\n',
    );
    const turn = await cli('path', 'marxism', 'trotskyism');
    expect(turn.stderr).toBe(
      'no path from marxism to trotskyism via derived_from,split_from; try --any-direction\n',
    );
  });

  it('hints at classification when two nodes share no ancestor by descent', async () => {
    const run = await cli('common', 'hoxhaism', 'trotskyism');
    expect(run.stderr).toBe(
      'hoxhaism, trotskyism have no common ancestor via derived_from,split_from; try --via derived_from,split_from,part_of (classification)\n',
    );
  });
});

describe('cli validate warnings', () => {
  it('warns on stderr after the summary about ideologies with no descent parent, and exits 0', async () => {
    const run = await runCli('validate', GRAPH);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/: valid — 7 nodes/);
    expect(run.stdout.split('\n')).toHaveLength(2);
    expect(run.stderr).toBe(
      [
        `warning: ideology 'marxism-leninism' (marxism-leninism) has no descent parent and is not marked root — add a derived_from/split_from edge or "root": true`,
        `warning: ideology 'stalinism' (stalinism) has no descent parent and is not marked root — add a derived_from/split_from edge or "root": true`,
        `warning: ideology 'maoism' (maoism) has no descent parent and is not marked root — add a derived_from/split_from edge or "root": true`,
        '',
      ].join('\n'),
    );
  });
});
