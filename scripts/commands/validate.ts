/**
 * `validate [FILE]`: checks a graph file and prints a summary line or every problem; then, for a
 * valid file, warnings that do not fail it (ideologies with no descent parent and no `root`).
 */
import { countGraph, describeCounts } from '../../src/lib/domain/graph-model';
import { formatWarning, lineageWarnings } from '../../src/lib/domain/graph-warnings';
import { formatProblem } from '../../src/lib/domain/problems';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../cli-kit';
import { BUNDLED_GRAPH, displayPath, readGraphFile } from '../graph-io';

export const validateCommand: Command = {
  name: 'validate',
  summary:
    'check a graph file against the schema and the graph rules; warn (exit 0) about ideologies with no descent parent that are not marked root',
  usage: 'validate [FILE]',
  run(args, io) {
    const { positionals } = parseCommandArgs(args, { options: {} });
    if (positionals.length > 1) throw new UsageError('validate takes at most one FILE');
    const path = positionals[0] ?? BUNDLED_GRAPH;
    const shown = displayPath(path);
    const result = readGraphFile(path);
    if (result.ok) {
      for (const line of result.report) io.err(`${shown}: imported with a guess: ${line}`);
      io.out(`${shown}: valid — ${describeCounts(countGraph(result.graph))}`);
      // Warnings go to stderr, after the summary: the file is valid and stdout stays one line.
      const warnings = lineageWarnings(result.graph);
      for (const warning of warnings) io.err(formatWarning(warning));
      return EXIT.ok;
    }
    for (const problem of result.problems) io.out(formatProblem(shown, problem));
    const n = result.problems.length;
    io.err(`${shown}: ${n} problem${n === 1 ? '' : 's'}`);
    return EXIT.invalid;
  },
};
