/**
 * Writes src/lib/cytoscape/layouts/lineage/precomputed/communism-lineage.json from graph/communism.json (run after
 * editing the bundled graph; tests/cytoscape/layouts/lineage/precomputed.test.ts fails while it is stale):
 *
 *   npx tsx scripts/bench/precompute-layouts.ts [--check]
 *
 * --check only compares, exiting 1 when the file is stale.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { loadGraphText } from '../../src/lib/domain/load-graph';
import { precomputeLineage } from '../../src/lib/cytoscape/layouts/lineage/precompute';
import type { PrecomputedLayout } from '../../src/lib/cytoscape/layouts/lineage/precomputed';
import { REPO } from './build';

export const PRECOMPUTED_FILE = join(
  REPO,
  'src/lib/cytoscape/layouts/lineage/precomputed/communism-lineage.json',
);

/** What the file should hold for the bundled graph as it is now. */
export async function freshPrecomputed(): Promise<PrecomputedLayout> {
  const loaded = loadGraphText(await readFile(join(REPO, 'graph/communism.json'), 'utf8'));
  if (!loaded.ok) {
    throw new Error(`graph/communism.json is not valid: ${loaded.problems[0]?.message}`);
  }
  return precomputeLineage(loaded.graph);
}

/** What the file holds, as data (so Prettier's formatting of it does not matter). */
export async function storedPrecomputed(): Promise<unknown> {
  return JSON.parse(await readFile(PRECOMPUTED_FILE, 'utf8').catch(() => 'null'));
}

async function main(check: boolean): Promise<number> {
  const fresh = await freshPrecomputed();
  if (check) {
    const same = isDeepStrictEqual(await storedPrecomputed(), fresh);
    process.stdout.write(
      same ? 'precomputed layouts are up to date\n' : 'precomputed layouts are stale\n',
    );
    return same ? 0 : 1;
  }
  await mkdir(dirname(PRECOMPUTED_FILE), { recursive: true });
  await writeFile(PRECOMPUTED_FILE, `${JSON.stringify(fresh, null, 2)}\n`);
  process.stdout.write(`wrote ${PRECOMPUTED_FILE}\n`);
  return 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = await main(process.argv.includes('--check'));
}
