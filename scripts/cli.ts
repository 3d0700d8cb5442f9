/**
 * The isms command line: `npm run --silent cli -- <command> [args]`. Parses the subcommand and
 * hands over to it; exit codes: 0 ok, 1 invalid input, 2 bad usage or unknown name.
 */
import { EXIT, processOutput, UsageError, type CliOutput } from './cli-kit';
import { COMMANDS } from './commands/index';

function help(io: CliOutput): void {
  io.out('usage: npm run --silent cli -- <command> [options]\n\ncommands:');
  for (const c of COMMANDS) io.out(`  ${c.usage.padEnd(48)} ${c.summary}`);
}

export async function main(argv: string[], io: CliOutput = processOutput): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    help(io);
    return name ? EXIT.ok : EXIT.usage;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`unknown command '${name}'`);
    help(io);
    return EXIT.usage;
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
        `isms: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 70;
    },
  );
}
