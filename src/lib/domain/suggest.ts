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

/** How far a name may be from a candidate and still be suggested: more for longer names. */
function reachOf(needle: string): number {
  return Math.max(1, Math.min(4, Math.floor(needle.length / 3)));
}

/** The best `limit` of `scored`, nearest first, ties alphabetically. */
function best(scored: { candidate: string; distance: number }[], limit: number): string[] {
  scored.sort((x, y) => x.distance - y.distance || x.candidate.localeCompare(y.candidate));
  return scored.slice(0, limit).map((s) => s.candidate);
}

/** The candidates closest to `name` (case-insensitive), best first, within a distance that grows with length. */
export function closestMatches(name: string, candidates: Iterable<string>, limit = 3): string[] {
  if (candidates instanceof NameIndex) return candidates.closest(name, limit);
  const needle = name.toLowerCase();
  const max = reachOf(needle);
  const scored: { candidate: string; distance: number }[] = [];
  for (const candidate of candidates) {
    const distance = editDistance(needle, candidate.toLowerCase(), max);
    if (distance <= max) scored.push({ candidate, distance });
  }
  return best(scored, limit);
}

/** The distinct two-character pieces of a string. */
function bigramsOf(text: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) grams.add(text.slice(i, i + 2));
  return grams;
}

/**
 * Candidate names prepared once for many look-ups, giving what `closestMatches` gives. Scanning
 * every candidate for every unknown name made a 20,000-node file with 2,000 dangling edges take
 * over a minute to validate; here a look-up is cheap in two ways.
 *
 * Fewer candidates: each edit breaks at most three of a name's two-character pieces (swapping two
 * neighbours does), so a candidate within distance d shares all but 3·d of them. An index from
 * piece to candidates counts what each shares, and only those sharing enough are measured. Names
 * too short for that to rule anything out are measured against candidates of nearby lengths.
 *
 * Cheaper measuring: names of up to 32 characters are measured with Hyyrö's bit-parallel
 * algorithm (one 32-bit word per column instead of a row of the table), still counting a swap
 * of neighbours as one edit.
 */
export class NameIndex implements Iterable<string> {
  readonly #names: string[];
  readonly #lower: string[];
  #byLength: number[][] | undefined;
  #byBigram: Map<string, number[]> | undefined;
  /** Per candidate, how many of the name's pieces it shares; zeroed after each look-up. */
  #shared: Uint16Array | undefined;
  /** Per UTF-16 code unit, where it occurs in the name, as bits; zeroed after each look-up. */
  #occurs: Int32Array | undefined;

  constructor(candidates: Iterable<string>) {
    this.#names = [...new Set(candidates)];
    this.#lower = this.#names.map((n) => n.toLowerCase());
  }

  [Symbol.iterator](): Iterator<string> {
    return this.#names[Symbol.iterator]();
  }

  /** The candidates closest to `name`, best first: what `closestMatches` gives for the same candidates. */
  closest(name: string, limit = 3): string[] {
    const needle = name.toLowerCase();
    const max = reachOf(needle);
    const scored: { candidate: string; distance: number }[] = [];
    const measure = this.#measurer(needle, max);
    try {
      for (const i of this.#pool(needle, max)) {
        const distance = measure(this.#lower[i]!);
        if (distance <= max) scored.push({ candidate: this.#names[i]!, distance });
      }
    } finally {
      measure.done();
    }
    return best(scored, limit);
  }

  /** The candidates worth measuring against `needle`. */
  #pool(needle: string, max: number): number[] {
    const grams = bigramsOf(needle);
    const needed = grams.size - 3 * max;
    const pool: number[] = [];
    if (needed > 0 && grams.size <= 0xffff) {
      const byBigram = this.#bigramIndex();
      const shared = (this.#shared ??= new Uint16Array(this.#names.length));
      for (const gram of grams) {
        for (const i of byBigram.get(gram) ?? []) if (++shared[i]! === needed) pool.push(i);
      }
      for (const gram of grams) for (const i of byBigram.get(gram) ?? []) shared[i] = 0;
    } else {
      const byLength = this.#lengthIndex();
      const to = Math.min(byLength.length - 1, needle.length + max);
      for (let length = Math.max(0, needle.length - max); length <= to; length++) {
        for (const i of byLength[length] ?? []) pool.push(i);
      }
    }
    return pool;
  }

  /** A distance function from `needle`, bounded by `max` like `editDistance`; call done() after. */
  #measurer(needle: string, max: number): ((candidate: string) => number) & { done(): void } {
    const m = needle.length;
    if (m === 0 || m > 32) {
      return Object.assign((candidate: string) => editDistance(needle, candidate, max), {
        done() {},
      });
    }
    const occurs = (this.#occurs ??= new Int32Array(0x10000));
    for (let i = 0; i < m; i++) occurs[needle.charCodeAt(i)]! |= 1 << i;
    const last = 1 << (m - 1);
    const measure = (candidate: string): number => {
      if (Math.abs(candidate.length - m) > max) return max + 1;
      // Hyyrö (2003) for optimal string alignment, as in RapidFuzz's osa_hyrroe2003: VP and VN
      // hold the vertical +1/-1 differences of the current column, `distance` tracks its last row.
      let vp = -1;
      let vn = 0;
      let d0 = 0;
      let previous = 0;
      let distance = m;
      for (let j = 0; j < candidate.length; j++) {
        const pm = occurs[candidate.charCodeAt(j)]!;
        const transposed = ((~d0 & pm) << 1) & previous;
        d0 = ((((pm & vp) + vp) | 0) ^ vp) | pm | vn | transposed;
        let hp = vn | ~(d0 | vp);
        let hn = d0 & vp;
        if (hp & last) distance++;
        else if (hn & last) distance--;
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = hp & d0;
        previous = pm;
      }
      return Math.min(distance, max + 1);
    };
    return Object.assign(measure, {
      done() {
        for (let i = 0; i < m; i++) occurs[needle.charCodeAt(i)] = 0;
      },
    });
  }

  #lengthIndex(): number[][] {
    if (this.#byLength) return this.#byLength;
    const byLength: number[][] = [];
    this.#lower.forEach((name, i) => (byLength[name.length] ??= []).push(i));
    return (this.#byLength = byLength);
  }

  #bigramIndex(): Map<string, number[]> {
    if (this.#byBigram) return this.#byBigram;
    const byBigram = new Map<string, number[]>();
    this.#lower.forEach((name, i) => {
      for (const gram of bigramsOf(name)) {
        let list = byBigram.get(gram);
        if (!list) byBigram.set(gram, (list = []));
        list.push(i);
      }
    });
    return (this.#byBigram = byBigram);
  }
}

/**
 * A hint sentence for an unknown name, or undefined when nothing is close. For many look-ups
 * against the same candidates, pass a `NameIndex`.
 */
export function didYouMean(name: string, candidates: Iterable<string>): string | undefined {
  const [best, ...rest] = closestMatches(name, candidates);
  if (best === undefined) return undefined;
  const alternatives = rest.length ? ` (or ${rest.map((r) => `'${r}'`).join(', ')})` : '';
  return `did you mean '${best}'?${alternatives}`;
}
