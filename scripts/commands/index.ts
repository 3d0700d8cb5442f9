/** The subcommand registry: one line per command; later commands add themselves here. */
import type { Command } from '../cli-kit';
import { ancestorsCommand } from './ancestors';
import { commonCommand } from './common';
import { descendantsCommand } from './descendants';
import { exportCommand } from './export';
import { layoutCommand } from './layout';
import { pathCommand } from './path';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [
  validateCommand,
  exportCommand,
  pathCommand,
  ancestorsCommand,
  descendantsCommand,
  commonCommand,
  layoutCommand,
];
