/** The body of `ancestors` and `descendants`: one walk, printed by generation or as JSON. */
import type { GraphModel } from '../../src/lib/domain/graph-model';
import { LINEAGE_WORDS } from '../../src/lib/domain/lineage-words';
import type { Generation, WalkOptions } from '../../src/lib/domain/queries';
import { EXIT, parseCommandArgs, UsageError, type CliOutput } from '../cli-kit';
import {
  labelOf,
  loadModel,
  parseCount,
  parseLang,
  parseVia,
  printJson,
  QUERY_OPTIONS,
  resolveNames,
  wideningHint,
} from './query-options';

export interface WalkWords {
  heading: 'ancestorsHeading' | 'descendantsHeading';
  none: (id: string, via: string) => string;
}

/** Runs `walk` for `NAME [--depth N]` plus the shared options, and prints the generations. */
export function runWalk(
  command: string,
  args: string[],
  io: CliOutput,
  walk: (model: GraphModel, id: string, options: WalkOptions) => Generation[],
  words: WalkWords,
): number {
  const { values, positionals } = parseCommandArgs(args, {
    options: { ...QUERY_OPTIONS, depth: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError(`${command} takes one NAME`);
  const via = parseVia(values.via);
  const lang = parseLang(values.lang);
  const depth = parseCount('depth', values.depth, 1) ?? Infinity;
  const model = loadModel(values.graph, io);
  if (!model) return EXIT.invalid;
  const nodes = resolveNames(model, positionals, io);
  if (typeof nodes === 'number') return nodes;
  const node = nodes[0]!;
  const found = walk(model, node.id, { via, depth });
  if (found.length === 0) {
    const hint = wideningHint(
      { via, any: false },
      false,
      (wider) => walk(model, node.id, { via: wider.via, depth }).length > 0,
    );
    io.err(`${words.none(node.id, via.join(','))}${hint}`);
  }
  if (values.json) {
    printJson(io, { nodes: found, via });
    return EXIT.ok;
  }
  if (found.length === 0) return EXIT.ok;
  const lines = [LINEAGE_WORDS[lang][words.heading](node.label[lang], via.join(','))];
  for (const generation of new Set(found.map((f) => f.generation))) {
    const labels = found
      .filter((f) => f.generation === generation)
      .map((f) => labelOf(model, f.id, lang));
    lines.push(`  ${LINEAGE_WORDS[lang].generationNumber} ${generation}: ${labels.join(', ')}`);
  }
  io.out(lines.join('\n'));
  return EXIT.ok;
}
