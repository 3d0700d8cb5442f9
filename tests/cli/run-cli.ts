/** Runs the CLI in-process with captured output, or as a real child process. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { main } from '../../scripts/cli';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Fast: calls `main` directly, as the entry point would. */
export async function runCli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    out: (t) => (stdout += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (stderr += t.endsWith('\n') ? t : `${t}\n`),
  });
  return { code, stdout, stderr };
}

/** Real: `npm run --silent cli -- …` exactly as the README documents it. */
export function spawnCli(argv: string[], cwd = ROOT): CliRun {
  const result = spawnSync('npm', ['run', '--silent', 'cli', '--', ...argv], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
