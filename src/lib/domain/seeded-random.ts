/**
 * The one seeded pseudo-random generator: the synthetic graphs of the bench and the tests, and
 * the bench's random query endpoints, are the same on every run and every machine.
 */

/**
 * mulberry32: a small, fast, well-distributed 32-bit PRNG. Returns a function giving numbers in
 * [0, 1), the same sequence for the same `seed`.
 */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
