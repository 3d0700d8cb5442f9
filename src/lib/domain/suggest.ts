/**
 * "Did you mean …?" suggestions: the closest known names to a misspelt one, by edit distance.
 * Used for hints on unknown ids and by name resolution in queries.
 */

/**
 * Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up as soon
 * as it exceeds `max` so that scanning thousands of candidates stays cheap.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (a === b) return 0;
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const width = b.length + 1;
  let prevPrev = new Array<number>(width).fill(0);
  let prev = Array.from({ length: width }, (_, j) => j);
  let current = new Array<number>(width).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(prev[j]! + 1, current[j - 1]! + 1, prev[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        value = Math.min(value, prevPrev[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > max) return max + 1;
    [prevPrev, prev, current] = [prev, current, prevPrev];
  }
  return prev[b.length]!;
}

/** The candidates closest to `name` (case-insensitive), best first, within a distance that grows with length. */
export function closestMatches(name: string, candidates: Iterable<string>, limit = 3): string[] {
  const needle = name.toLowerCase();
  const max = Math.max(1, Math.min(4, Math.floor(needle.length / 3)));
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), max);
    if (distance <= max) scored.push({ candidate, distance });
  }
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** A hint sentence for an unknown name, or undefined when nothing is close. */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const [best, ...rest] = closestMatches(name, candidates);
  if (best === undefined) return undefined;
  const alternatives = rest.length ? ` (or ${rest.map((r) => `'${r}'`).join(', ')})` : '';
  return `did you mean '${best}'?${alternatives}`;
}
