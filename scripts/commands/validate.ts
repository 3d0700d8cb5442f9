/** `validate [FILE]`: checks a graph file and prints a summary line or every problem. */
import { countGraph, describeCounts } from '../../src/lib/domain/graph-model';
import { formatProblem } from '../../src/lib/domain/problems';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../cli-kit';
import { BUNDLED_GRAPH, displayPath, readGraphFile } from '../graph-io';

export const validateCommand: Command = {
  name: 'validate',
  summary: 'check a graph file against the schema and the graph rules',
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
      return EXIT.ok;
    }
    for (const problem of result.problems) io.out(formatProblem(shown, problem));
    const n = result.problems.length;
    io.err(`${shown}: ${n} problem${n === 1 ? '' : 's'}`);
    return EXIT.invalid;
  },
};
