/** `descendants NAME`: what grew out of a node, generation by generation. */
import { descendantsOf } from '../../src/lib/domain/queries';
import type { Command } from '../cli-kit';
import { runWalk } from './lineage-walk';

export const descendantsCommand: Command = {
  name: 'descendants',
  summary: 'what descends from a node, generation by generation',
  usage: 'descendants NAME [--depth N] [--via R,R…] [--json] [--lang en|th] [--graph FILE]',
  run: (args, io) =>
    runWalk('descendants', args, io, descendantsOf, {
      heading: 'descendantsHeading',
      none: (id, via) => `${id} has no descendants via ${via}`,
    }),
};
