/**
 * Name search over a graph's nodes: ids, English and Thai labels and aliases, matched after a
 * normalization that makes spelling variants equal (case, Unicode forms, dash and space variants,
 * Latin accents, Thai silent letters). Ranks exact > prefix > word-prefix > substring > fuzzy.
 *
 * Built for 50,000-node graphs: every string is normalized once, all of them are joined into
 * one haystack that a single `indexOf` loop scans, and edit distance runs only on the few terms
 * that share enough letter pairs (bigrams) with the query to possibly be within reach.
 */
import type { NodeKind } from './kinds';
import type { Node } from './schema';
import { editDistance } from './suggest';

export type SearchField = 'id' | 'label.en' | 'label.th' | 'alias';

export interface SearchHit {
  id: string;
  /** Higher is better, 0..1: 1 is an exact match. */
  score: number;
  /** The text that matched, as written in the graph. */
  matched: string;
  field: SearchField;
}

export interface SearchOptions {
  /** Most hits to return; default 10. */
  limit?: number;
  /** Only nodes of these kinds. */
  kinds?: readonly NodeKind[];
}

/** One searchable string of one node. */
interface Entry {
  readonly node: number;
  readonly field: SearchField;
  readonly text: string;
  readonly norm: string;
}

/** A precomputed index over one node list; build it once per graph load. */
export interface SearchIndex {
  readonly nodes: readonly Node[];
  readonly entries: readonly Entry[];
  /** Every entry's `norm`, each followed by "\n", in entry order. */
  readonly haystack: string;
  /** Where each entry starts in the haystack, plus the haystack's length at the end. */
  readonly starts: Int32Array;
  /** Distinct fuzzy keys (whole strings and their words), with the entries they stand for. */
  readonly fuzzyTerms: readonly FuzzyTerm[];
  /** Bigram (two code units as one number) → indexes into fuzzyTerms. */
  readonly bigrams: ReadonlyMap<number, Int32Array>;
  /** Per-search work arrays, allocated once and zeroed after each search. */
  readonly scratch: { counts: Uint8Array; score: Float64Array; entry: Int32Array };
}

interface FuzzyTerm {
  readonly key: string;
  /** Entries whose whole text is this key. */
  readonly whole: number[];
  /** Entries that have this key as one of their words. */
  readonly words: number[];
}

// On equal scores a label is the nicer text to show than an id or an alias.
const FIELD_RANK: Record<SearchField, number> = { 'label.en': 0, 'label.th': 1, id: 2, alias: 3 };
const SEPARATOR = '\n';
/** The score of an exact match on an alias; an exact id or label scores 1. */
export const EXACT_ALIAS = 0.95;

const THAI_CONSONANT = '\u0E01-\u0E2E';
// Above/below vowels and marks that may sit between a silent consonant and its thanthakhat.
const THAI_COMBINING = '\u0E31\u0E34-\u0E3A\u0E47-\u0E4B\u0E4D';
/** A silenced consonant: consonant (+ marks) + thanthakhat U+0E4C, as in มาร์กซ์ → มาก. */
const THAI_SILENT = new RegExp(`[${THAI_CONSONANT}][${THAI_COMBINING}]*\u0E4C`, 'g');
const THAI_TONE_MARKS = /[\u0E48-\u0E4B]/g;
const LATIN_ACCENTS = /[\u0300-\u036F]/g;
const DROPPED = /['’ʼ‘`´.]/g;
// Everything that is not a letter, digit or combining mark separates words: spaces, every dash
// (- ‐ ‑ ‒ – — ― −), slashes, brackets, commas…
const SEPARATORS = /[^\p{L}\p{N}\p{M}]+/gu;
const ASCII = /^[ -~]*$/;
const DIGITS = /^[0-9]+$/;
const ASCII_SEPARATORS = /[^a-z0-9]+/g;

/**
 * The form every string is compared in: NFKC, lower case, Latin accents dropped, apostrophes and
 * dots dropped, any run of spaces, dashes or punctuation made one space, and Thai silent letters
 * (consonant + ์) removed so that มาร์กซ์ and มากซ์ are the same word.
 */
export function normalizeForSearch(text: string): string {
  // Plain ASCII (every id, most English names) needs none of the Unicode work: a 5x faster path.
  if (ASCII.test(text)) {
    return text.toLowerCase().replace(DROPPED, '').replace(ASCII_SEPARATORS, ' ').trim();
  }
  return text
    .normalize('NFKD')
    .replace(LATIN_ACCENTS, '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(THAI_SILENT, '')
    .replace(/\u0E4C/g, '')
    .replace(DROPPED, '')
    .replace(SEPARATORS, ' ')
    .trim();
}

/** The looser form used for typo tolerance: also ignores Thai tone marks. */
function fuzzyKey(norm: string): string {
  return norm.replace(THAI_TONE_MARKS, '');
}

/** The distinct bigrams of `key`, each as one number (two UTF-16 code units). */
function bigramsOf(key: string): Set<number> {
  const grams = new Set<number>();
  for (let i = 0; i + 1 < key.length; i++) {
    grams.add(key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1));
  }
  return grams;
}

/** Normalizes every id, label and alias of `nodes` once. O(total text length). */
export function createSearchIndex(nodes: readonly Node[]): SearchIndex {
  const entries: Entry[] = [];
  nodes.forEach((node, index) => {
    const first = entries.length;
    const add = (field: SearchField, text: string) => {
      const norm = normalizeForSearch(text);
      if (norm === '') return;
      // The id usually repeats the English label; one entry per distinct text is enough.
      for (let e = first; e < entries.length; e++) if (entries[e]!.norm === norm) return;
      entries.push({ node: index, field, text, norm });
    };
    add('label.en', node.label.en);
    add('label.th', node.label.th);
    add('id', node.id);
    for (const alias of node.aliases) add('alias', alias);
  });

  const starts = new Int32Array(entries.length + 1);
  const parts: string[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    starts[i] = offset;
    parts.push(entry.norm, SEPARATOR);
    offset += entry.norm.length + 1;
  });
  starts[entries.length] = offset;

  const termIndex = new Map<string, FuzzyTerm>();
  const fuzzyTerms: FuzzyTerm[] = [];
  const termOf = (key: string): FuzzyTerm => {
    let term = termIndex.get(key);
    if (!term) {
      term = { key, whole: [], words: [] };
      termIndex.set(key, term);
      fuzzyTerms.push(term);
    }
    return term;
  };
  entries.forEach((entry, i) => {
    // Ids are for typing exactly; typos are forgiven in names.
    if (entry.field === 'id') return;
    const key = fuzzyKey(entry.norm);
    termOf(key).whole.push(i);
    if (!key.includes(' ')) return;
    // Words too, so that "lenninism" finds "Marxism–Leninism"; numbers are not worth a typo.
    for (const w of key.split(' ')) {
      if (w.length < 4 || DIGITS.test(w)) continue;
      const words = termOf(w).words;
      if (words[words.length - 1] !== i) words.push(i);
    }
  });
  const lists = new Map<number, number[]>();
  fuzzyTerms.forEach(({ key }, t) => {
    for (let i = 0; i + 1 < key.length; i++) {
      const gram = key.charCodeAt(i) * 0x10000 + key.charCodeAt(i + 1);
      const list = lists.get(gram);
      if (!list) lists.set(gram, [t]);
      // Terms arrive in order, so a repeated bigram of this term is the list's last element.
      else if (list[list.length - 1] !== t) list.push(t);
    }
  });
  const bigrams = new Map<number, Int32Array>();
  for (const [gram, list] of lists) bigrams.set(gram, Int32Array.from(list));

  return {
    nodes,
    entries,
    haystack: parts.join(''),
    starts,
    fuzzyTerms,
    bigrams,
    scratch: {
      counts: new Uint8Array(fuzzyTerms.length),
      score: new Float64Array(nodes.length),
      entry: new Int32Array(nodes.length),
    },
  };
}

/** How many typos a query of this length may contain (none below four letters). */
function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 9) return 1;
  if (length < 15) return 2;
  return 3;
}

/** Each node's best hit so far, in the index's reusable arrays (a search never yields). */
class Best {
  readonly touched: number[] = [];
  private readonly score: Float64Array;
  private readonly entry: Int32Array;
  constructor(
    private readonly index: SearchIndex,
    private readonly allowed: ((node: number) => boolean) | undefined,
  ) {
    this.score = index.scratch.score;
    this.entry = index.scratch.entry;
  }

  offer(entryIndex: number, score: number): void {
    const entry = this.index.entries[entryIndex]!;
    const node = entry.node;
    if (this.allowed && !this.allowed(node)) return;
    const current = this.score[node]!;
    if (current === 0) this.touched.push(node);
    else if (current > score) return;
    else if (current === score) {
      const held = this.index.entries[this.entry[node]!]!;
      if (FIELD_RANK[held.field] <= FIELD_RANK[entry.field]) return;
    }
    this.score[node] = score;
    this.entry[node] = entryIndex;
  }

  scoreOf(node: number): number {
    return this.score[node]!;
  }

  entryOf(node: number): Entry {
    return this.index.entries[this.entry[node]!]!;
  }

  /** Clears the shared arrays for the next search. */
  release(): void {
    for (const node of this.touched) this.score[node] = 0;
  }
}

/** Exact, prefix, word-prefix and substring matches: one indexOf scan over the haystack. */
function scanLiteral(index: SearchIndex, query: string, best: Best): void {
  const { haystack, starts, entries } = index;
  const wordStart = ` ${query}`;
  let e = 0;
  let from = 0;
  for (;;) {
    const position = haystack.indexOf(query, from);
    if (position < 0) return;
    while (starts[e + 1]! <= position) e++;
    const { norm, field } = entries[e]!;
    const coverage = 0.099 * (query.length / norm.length);
    let score: number;
    // A node's own name beats another node's alias for the same words.
    if (norm === query) score = field === 'alias' ? EXACT_ALIAS : 1;
    else if (position === starts[e]) score = 0.8 + coverage;
    else if (norm.includes(wordStart)) score = 0.7 + coverage;
    else score = 0.6 + coverage;
    best.offer(e, score);
    // Later occurrences in this entry cannot score better than what was just classified.
    from = starts[e + 1]!;
  }
}

/** Typo-tolerant matches: bigram count filter, then bounded edit distance. */
function scanFuzzy(index: SearchIndex, query: string, best: Best): void {
  const key = fuzzyKey(query);
  const typos = allowedTypos(key.length);
  if (typos === 0) return;
  const grams = bigramsOf(key);
  // An insertion, deletion or substitution destroys at most two of the query's distinct bigrams,
  // a transposition (one edit to editDistance: "maosim" for "maoism") three. When that bound says
  // nothing (short or repetitive queries), still ask for one shared bigram, not compare everything.
  const needed = Math.min(255, Math.max(1, grams.size - 3 * typos));
  const counts = index.scratch.counts;
  const candidates: number[] = [];
  const touched: number[] = [];
  for (const gram of grams) {
    const list = index.bigrams.get(gram);
    if (!list) continue;
    for (let i = 0; i < list.length; i++) {
      const t = list[i]!;
      const n = counts[t]!;
      if (n === 0) touched.push(t);
      if (n < 255) counts[t] = n + 1;
      if (n + 1 === needed) candidates.push(t);
    }
  }
  for (const t of touched) counts[t] = 0;
  for (const t of candidates) {
    const term = index.fuzzyTerms[t]!;
    if (Math.abs(term.key.length - key.length) > typos) continue;
    const distance = editDistance(key, term.key, typos);
    if (distance > typos) continue;
    const closeness = 1 - distance / (typos + 1);
    for (const e of term.whole) best.offer(e, 0.45 * closeness + 0.1);
    for (const e of term.words) best.offer(e, 0.4 * closeness + 0.1);
  }
}

function compareHits(a: SearchHit & { label: string }, b: SearchHit & { label: string }): number {
  if (a.score !== b.score) return b.score - a.score;
  if (a.label !== b.label) return a.label < b.label ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * The nodes whose id, label or alias best match `query`, best first (score, then English label,
 * then id). Each node appears once, with its best-matching text. Empty for a blank query.
 */
export function searchNodes(
  index: SearchIndex,
  query: string,
  options: SearchOptions = {},
): SearchHit[] {
  const limit = options.limit ?? 10;
  const needle = normalizeForSearch(query);
  if (needle === '' || limit <= 0) return [];
  const kinds = options.kinds ? new Set(options.kinds) : undefined;
  const allowed = kinds ? (node: number) => kinds.has(index.nodes[node]!.kind) : undefined;
  const best = new Best(index, allowed);
  const ranked: (SearchHit & { label: string })[] = [];
  try {
    scanLiteral(index, needle, best);
    // Fuzzy hits always rank below literal ones, so skip them when literal hits fill the page.
    if (best.touched.length < limit) scanFuzzy(index, needle, best);
    for (const node of best.touched) {
      const score = best.scoreOf(node);
      const last = ranked[ranked.length - 1];
      if (ranked.length >= limit && last && score < last.score) continue;
      const entry = best.entryOf(node);
      const n = index.nodes[node]!;
      const hit = { id: n.id, score, matched: entry.text, field: entry.field, label: n.label.en };
      if (ranked.length >= limit && last && compareHits(hit, last) >= 0) continue;
      let at = ranked.length;
      while (at > 0 && compareHits(hit, ranked[at - 1]!) < 0) at--;
      ranked.splice(at, 0, hit);
      if (ranked.length > limit) ranked.pop();
    }
  } finally {
    best.release();
  }
  return ranked.map(({ id, score, matched, field }) => ({ id, score, matched, field }));
}
