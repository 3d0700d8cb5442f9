/**
 * Writes src/lib/cytoscape/layouts/lineage/precomputed/communism-lineage.json (English) and
 * communism-lineage-th.json (Thai) from graph/communism.json (run after editing the bundled
 * graph; tests/cytoscape/layouts/lineage/precomputed.test.ts fails while either is stale):
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
import type { Lang } from '../../src/lib/domain/lang';
import { REPO } from './build';

/** The file of the precomputed lineage in `lang`. */
export function precomputedFile(lang: Lang): string {
  const name = lang === 'th' ? 'communism-lineage-th.json' : 'communism-lineage.json';
  return join(REPO, 'src/lib/cytoscape/layouts/lineage/precomputed', name);
}

/** What the file of `lang` should hold for the bundled graph as it is now. */
export async function freshPrecomputed(lang: Lang = 'en'): Promise<PrecomputedLayout> {
  const loaded = loadGraphText(await readFile(join(REPO, 'graph/communism.json'), 'utf8'));
  if (!loaded.ok) {
    throw new Error(`graph/communism.json is not valid: ${loaded.problems[0]?.message}`);
  }
  return precomputeLineage(loaded.graph, lang);
}

/** What the file of `lang` holds, as data (so Prettier's formatting of it does not matter). */
export async function storedPrecomputed(lang: Lang = 'en'): Promise<unknown> {
  return JSON.parse(await readFile(precomputedFile(lang), 'utf8').catch(() => 'null'));
}

async function main(check: boolean): Promise<number> {
  let stale = false;
  for (const lang of ['en', 'th'] as const) {
    const fresh = await freshPrecomputed(lang);
    const file = precomputedFile(lang);
    if (check) {
      stale ||= !isDeepStrictEqual(await storedPrecomputed(lang), fresh);
      continue;
    }
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, `${JSON.stringify(fresh, null, 2)}\n`);
    process.stdout.write(`wrote ${file}\n`);
  }
  if (check) {
    process.stdout.write(
      stale ? 'precomputed layouts are stale\n' : 'precomputed layouts are up to date\n',
    );
  }
  return stale ? 1 : 0;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  process.exitCode = await main(process.argv.includes('--check'));
}
