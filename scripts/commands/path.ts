/** `path FROM TO`: the shortest lineage paths between two nodes, in words or as JSON. */
import type { GraphModel } from '../../src/lib/domain/graph-model';
import { LINEAGE_WORDS } from '../../src/lib/domain/lineage-words';
import {
  certaintyWord,
  explain,
  MAX_PATHS,
  shortestPaths,
  type Lang,
  type LineagePath,
} from '../../src/lib/domain/queries';
import { EXIT, parseCommandArgs, UsageError, type CliOutput, type Command } from '../cli-kit';
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

/** The sentence, then one numbered line per step: "1. Maoism → Marxism–Leninism  (derived_from)". */
function describePath(model: GraphModel, path: LineagePath, lang: Lang): string[] {
  return [
    explain(model, path, lang),
    ...path.steps.map((step, i) => {
      const notes = [
        step.relation,
        ...(step.direction === 'backward' ? [LINEAGE_WORDS[lang].walkedAgainst] : []),
        ...(step.certainty === 'stated' ? [] : [certaintyWord(step.certainty, lang)]),
      ];
      const from = labelOf(model, step.from, lang);
      const to = labelOf(model, step.to, lang);
      return `  ${i + 1}. ${from} → ${to}  (${notes.join(', ')})`;
    }),
  ];
}

export const pathCommand: Command = {
  name: 'path',
  summary: 'shortest lineage paths between two nodes, explained',
  usage:
    'path FROM TO [--via R,R…] [--any-direction] [--k N] [--json] [--lang en|th] [--graph FILE]',
  run(args, io: CliOutput) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { ...QUERY_OPTIONS, 'any-direction': { type: 'boolean' }, k: { type: 'string' } },
    });
    if (positionals.length !== 2) throw new UsageError('path takes two names: FROM TO');
    const via = parseVia(values.via);
    const lang = parseLang(values.lang);
    const k = parseCount('k', values.k, 1, MAX_PATHS) ?? 1;
    const direction = values['any-direction'] ? 'any' : 'forward';
    const model = loadModel(values.graph, io);
    if (!model) return EXIT.invalid;
    const nodes = resolveNames(model, positionals, io);
    if (typeof nodes === 'number') return nodes;
    const [from, to] = nodes as [(typeof nodes)[0], (typeof nodes)[0]];
    const paths = shortestPaths(model, from.id, to.id, { via, direction, k });

    if (paths.length === 0) {
      const hint = wideningHint(
        { via, any: direction === 'any' },
        true,
        (wider) =>
          shortestPaths(model, from.id, to.id, {
            via: wider.via,
            direction: wider.any ? 'any' : 'forward',
          }).length > 0,
      );
      io.err(`no path from ${from.id} to ${to.id} via ${via.join(',')}${hint}`);
    }
    if (values.json) {
      printJson(io, { paths, via });
      return EXIT.ok;
    }
    const lines: string[] = [];
    paths.forEach((path, i) => {
      if (paths.length > 1) {
        if (i > 0) lines.push('');
        lines.push(LINEAGE_WORDS[lang].pathChoice(i + 1, path.steps.length));
      }
      lines.push(...describePath(model, path, lang));
    });
    if (lines.length > 0) io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
