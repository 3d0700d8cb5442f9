/** `ancestors NAME`: what a node grew out of, generation by generation. */
import { ancestorsOf } from '../../src/lib/domain/queries';
import type { Command } from '../cli-kit';
import { runWalk } from './lineage-walk';

export const ancestorsCommand: Command = {
  name: 'ancestors',
  summary: 'what a node derives from, generation by generation',
  usage: 'ancestors NAME [--depth N] [--via R,R…] [--json] [--lang en|th] [--graph FILE]',
  run: (args, io) =>
    runWalk('ancestors', args, io, ancestorsOf, {
      heading: {
        en: (label, via) => `Ancestors of ${label} via ${via}:`,
        th: (label, via) => `บรรพบุรุษของ${label} ผ่าน ${via}:`,
      },
      none: (id, via) => `${id} has no ancestors via ${via}`,
    }),
};
