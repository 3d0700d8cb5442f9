/** `ancestors NAME`: what a node grew out of, generation by generation. */
import { ancestorsOf } from '../../src/lib/domain/queries';
import type { Command } from '../cli-kit';
import { runWalk } from './lineage-walk';

export const ancestorsCommand: Command = {
  name: 'ancestors',
  summary: 'what a node descends from, generation by generation',
  usage: 'ancestors NAME [--depth N] [--via R,R…] [--json] [--lang en|th] [--graph FILE]',
  run: (args, io) =>
    runWalk('ancestors', args, io, ancestorsOf, {
      heading: 'ancestorsHeading',
      none: (id, via) => `${id} has no ancestors via ${via}`,
    }),
};
