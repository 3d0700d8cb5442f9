/** `common NAME NAME…`: the ancestors several nodes share, and where their lineages diverged. */
import { LINEAGE_WORDS } from '../../src/lib/domain/lineage-words';
import { commonAncestry } from '../../src/lib/domain/queries';
import { EXIT, parseCommandArgs, UsageError, type Command } from '../cli-kit';
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

export const commonCommand: Command = {
  name: 'common',
  summary: 'ancestors several nodes share, and where they diverged',
  usage: 'common NAME NAME… [--depth N] [--via R,R…] [--json] [--lang en|th] [--graph FILE]',
  run(args, io) {
    const { values, positionals } = parseCommandArgs(args, {
      options: { ...QUERY_OPTIONS, depth: { type: 'string' } },
    });
    if (positionals.length < 2) throw new UsageError('common takes two or more names');
    const via = parseVia(values.via);
    const lang = parseLang(values.lang);
    const depth = parseCount('depth', values.depth, 1) ?? Infinity;
    const model = loadModel(values.graph, io);
    if (!model) return EXIT.invalid;
    const nodes = resolveNames(model, positionals, io);
    if (typeof nodes === 'number') return nodes;
    const ids = nodes.map((n) => n.id);
    const { common, lowest } = commonAncestry(model, ids, { via, depth });
    if (common.length === 0) {
      const hint = wideningHint(
        { via, any: false },
        false,
        (wider) => commonAncestry(model, ids, { via: wider.via, depth }).common.length > 0,
      );
      io.err(`${ids.join(', ')} have no common ancestor via ${via.join(',')}${hint}`);
    }
    if (values.json) {
      printJson(io, {
        common,
        lowest,
        // The shape ancestors and descendants print, with the furthest generation of any input.
        nodes: common.map((c) => ({
          id: c.id,
          generation: Math.max(...Object.values(c.generations)),
        })),
        via,
      });
      return EXIT.ok;
    }
    if (common.length === 0) return EXIT.ok;
    const words = LINEAGE_WORDS[lang];
    const names = nodes.map((n) => n.label[lang]).join(words.namesAnd);
    const lines = [words.commonHeading(names, via.join(','))];
    for (const c of common) {
      const generations = Object.entries(c.generations)
        .map(([id, g]) => `${labelOf(model, id, lang)} ${g}`)
        .join(', ');
      const mark = lowest.includes(c.id) ? `  ← ${words.lowest}` : '';
      lines.push(`  ${labelOf(model, c.id, lang)} (${generations})${mark}`);
    }
    lines.push(`${words.diverged}${lowest.map((id) => labelOf(model, id, lang)).join(', ')}`);
    io.out(lines.join('\n'));
    return EXIT.ok;
  },
};
