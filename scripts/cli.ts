/**
 * The isms command line: `npm run --silent cli -- <command> [args]`. Parses the subcommand and
 * hands over to it; exit codes: 0 ok, 1 invalid input, 2 bad usage or unknown name.
 */
import {
  asksForHelp,
  commandHelp,
  EXIT,
  processOutput,
  terminalOutput,
  UsageError,
  type CliOutput,
} from './cli-kit';
import { COMMANDS } from './commands/index';
import { terminalSafe } from '../src/lib/domain/terminal-text';

/** The list of commands, to stdout when asked for and to stderr after a mistake. */
function help(write: (text: string) => void): void {
  write(
    [
      'usage: npm run --silent cli -- <command> [options]',
      '',
      'commands:',
      ...COMMANDS.map((c) => `  ${c.usage.padEnd(48)} ${c.summary}`),
      '',
      "`<command> --help` shows one command's usage.",
      'path, ancestors, descendants and common follow descent (derived_from,split_from) unless',
      '--via names other relations; a query that finds nothing says what to add.',
    ].join('\n'),
  );
}

export async function main(argv: string[], output: CliOutput = processOutput): Promise<number> {
  const io = terminalOutput(output);
  const [name, ...rest] = argv;
  if (name === undefined || name === '') {
    help(io.err);
    return EXIT.usage;
  }
  if (name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    help(io.out);
    return EXIT.ok;
  }
  // `help COMMAND` is `COMMAND --help`.
  const asked = name === 'help' ? rest[0]! : name;
  const command = COMMANDS.find((c) => c.name === asked);
  if (!command) {
    io.err(`unknown command '${asked}'`);
    help(io.err);
    return EXIT.usage;
  }
  if (name === 'help' || asksForHelp(rest)) {
    io.out(commandHelp(command));
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\nusage: npm run --silent cli -- ${command.usage}`);
      return EXIT.usage;
    }
    throw error;
  }
}

const invokedDirectly =
  process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly || process.argv[1]?.endsWith('cli.ts')) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(
        `isms: internal error: ${terminalSafe(error instanceof Error ? error.message : String(error))}\n`,
      );
      process.exitCode = 70;
    },
  );
}
