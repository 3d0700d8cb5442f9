/** Timing helpers for the bench: medians over repeated runs and a seeded PRNG for endpoints. */

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The p-th percentile (0–100) by nearest rank. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/** Milliseconds one call of `run` takes. */
export async function timeOnce(run: () => unknown): Promise<number> {
  const start = performance.now();
  await run();
  return performance.now() - start;
}

/** The median of `runs` timed calls; `setup` (untimed) gives each call its argument. */
export async function medianTime<T>(
  runs: number,
  setup: (i: number) => T,
  run: (arg: T) => unknown,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const arg = setup(i);
    times.push(await timeOnce(() => run(arg)));
  }
  return median(times);
}

/** For endpoint pairs that are random but the same on every run (the app's one PRNG). */
export { seededRandom } from '../../src/lib/domain/seeded-random';
