/** The subcommand registry: one line per command; later commands add themselves here. */
import type { Command } from '../cli-kit';
import { exportCommand } from './export';
import { validateCommand } from './validate';

export const COMMANDS: readonly Command[] = [validateCommand, exportCommand];
