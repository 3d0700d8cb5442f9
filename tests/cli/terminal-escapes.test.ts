/**
 * Labels with ESC, OSC, BEL, CSI and direction overrides (tests/fixtures/hostile/) reach the
 * terminal escaped through every command that prints them, in text and in JSON.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, spawnCli } from './run-cli';

const HOSTILE = resolve(ROOT, 'tests/fixtures/hostile/terminal-escapes-in-labels.json');
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

describe('control characters in labels never reach the terminal raw', () => {
  it.each([
    ['path', 'leninism', 'marxism'],
    ['ancestors', 'leninism'],
    ['descendants', 'marxism'],
    ['common', 'leninism', 'karl-marx'],
  ])('%s prints them as \\u escapes', async (...argv) => {
    const run = await runCli(...argv, '--graph', HOSTILE);
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
    if (argv[0] === 'path') {
      expect(run.stdout).toContain('Lenin\\u001b[31mism\\u009b0m\\u202e');
      expect(run.stdout).toContain('\\u001b]0;pwned\\u0007Marxism\\u001b[2J');
    }
  });

  it('--json output stays valid JSON', async () => {
    const run = await runCli('ancestors', 'leninism', '--json', '--graph', HOSTILE);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(RAW_CONTROL);
    expect(JSON.parse(run.stdout)).toEqual({
      via: ['derived_from', 'split_from'],
      nodes: [{ id: 'marxism', generation: 1 }],
    });
  });

  it('validate escapes the offending value in its problem, in a real process', () => {
    const run = spawnCli([
      'validate',
      resolve(ROOT, 'tests/fixtures/hostile/terminal-escape-in-id.json'),
    ]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('\\u001b]0;pwned\\u0007');
    expect(run.stdout + run.stderr).not.toMatch(RAW_CONTROL);
  });
});
