/**
 * What every CLI subcommand shares: the command shape, output streams that tests can capture,
 * exit codes, and loading the graph named by `--graph` (or the bundled one) with problems printed.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { formatProblem } from '../src/lib/domain/problems';
import { terminalSafe } from '../src/lib/domain/terminal-text';
import type { GraphFile } from '../src/lib/domain/schema';
import { BUNDLED_GRAPH, displayPath, readGraphFile } from './graph-io';

export const EXIT = { ok: 0, invalid: 1, usage: 2 } as const;

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export const processOutput: CliOutput = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/**
 * `io` with every line passed through `terminalSafe` first: labels, ids and file names come from
 * untrusted files, and this is the one place all of a command's output goes through.
 */
export function terminalOutput(io: CliOutput): CliOutput {
  return { out: (text) => io.out(terminalSafe(text)), err: (text) => io.err(terminalSafe(text)) };
}

export interface Command {
  readonly name: string;
  /** One line for `cli help`. */
  readonly summary: string;
  /** The usage line printed on bad arguments. */
  readonly usage: string;
  run(args: string[], io: CliOutput): Promise<number> | number;
}

/** Thrown for bad arguments; the entry point prints the message and the usage line, exit 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Whether the arguments ask for help: `--help` or `-h` before any `--` (after which everything is
 * a name). Every command answers it the same way, with its usage on stdout and exit 0.
 */
export function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end === -1 ? args : args.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** A command's help: its usage line and what it does. */
export function commandHelp(command: Command): string {
  return `usage: npm run --silent cli -- ${command.usage}

${command.summary}`;
}

/** node:util parseArgs with its errors turned into UsageErrors. */
export function parseCommandArgs<T extends ParseArgsConfig>(args: string[], config: T) {
  try {
    return parseArgs({ ...config, args, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Loads FILE (default: the bundled graph). On problems prints them all and returns undefined;
 * for a file imported from another tool, prints on stderr every guess the import made.
 */
export function loadGraphOrReport(
  file: string | undefined,
  io: CliOutput,
): { graph: GraphFile; path: string } | undefined {
  const path = file ?? BUNDLED_GRAPH;
  const shown = displayPath(path);
  const result = readGraphFile(path);
  if (result.ok) {
    for (const line of result.report) io.err(`${shown}: imported with a guess: ${line}`);
    return { graph: result.graph, path };
  }
  for (const problem of result.problems) io.err(formatProblem(shown, problem));
  const n = result.problems.length;
  io.err(`${shown}: ${n} problem${n === 1 ? '' : 's'}`);
  return undefined;
}
