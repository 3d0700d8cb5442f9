/**
 * The bench's options: their defaults and the command line that sets them (`npm run bench --
 * …`, flags documented in scripts/bench.ts).
 */
import { join } from 'node:path';
import { REPO } from './build';
import { benchEngines, type BenchEngine } from './layout-metrics';

export interface BenchOptions {
  sizes: number[];
  browserSizes: number[];
  queryNodes: number;
  slow: boolean;
  browser: boolean;
  runs: number;
  /** Layout engines to time in Node. */
  engines: readonly BenchEngine[];
  /** A built app folder to serve; by default the app is built into a scratch folder. */
  app?: string;
  log: (line: string) => void;
}

export const DEFAULT_OPTIONS: Omit<BenchOptions, 'log' | 'app'> = {
  sizes: [200, 1000, 5000, 20_000],
  browserSizes: [200, 1000, 5000, 20_000],
  queryNodes: 50_000,
  slow: false,
  browser: true,
  runs: 15,
  engines: benchEngines,
};

function listOf(raw: string, flag: string): number[] {
  const values = raw.split(',').map((s) => Number(s.trim()));
  if (values.some((v) => !Number.isInteger(v) || v < 1))
    throw new Error(`${flag} takes whole numbers, e.g. 200,1000`);
  return values;
}

/** Reads the command line; throws on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): {
  options: Omit<BenchOptions, 'log'>;
  json: boolean;
  out: string;
} {
  const options: Omit<BenchOptions, 'log'> = { ...DEFAULT_OPTIONS };
  let json = false;
  let out = join(REPO, 'bench/results.json');
  let browserSizes: number[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') json = true;
    else if (arg === '--sizes') options.sizes = listOf(value(), arg);
    else if (arg === '--browser-sizes') browserSizes = listOf(value(), arg);
    else if (arg === '--query-nodes') options.queryNodes = listOf(value(), arg)[0]!;
    else if (arg === '--runs') options.runs = listOf(value(), arg)[0]!;
    else if (arg === '--slow') options.slow = true;
    else if (arg === '--no-browser') options.browser = false;
    else if (arg === '--out') out = value();
    else if (arg === '--app') options.app = value();
    else if (arg === '--engines') {
      const engines = value().split(',');
      const unknown = engines.find((e) => !benchEngines.includes(e as BenchEngine));
      if (unknown !== undefined)
        throw new Error(`--engines: unknown engine "${unknown}" (${benchEngines.join(', ')})`);
      options.engines = engines as BenchEngine[];
    } else throw new Error(`unknown option ${arg}`);
  }
  options.browserSizes = browserSizes ?? options.sizes.filter((size) => size <= 20_000);
  return { options, json, out };
}
