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
  /** Where each entry starts in the haystack. */
  readonly starts: Int32Array;
  /** Distinct fuzzy keys (whole strings and their words), with the entries they stand for. */
  readonly fuzzyTerms: readonly { key: string; entries: number[]; word: boolean }[];
  /** Bigram → indexes into fuzzyTerms. */
  readonly bigrams: ReadonlyMap<string, number[]>;
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

/**
 * The form every string is compared in: NFKC, lower case, Latin accents dropped, apostrophes and
 * dots dropped, any run of spaces, dashes or punctuation made one space, and Thai silent letters
 * (consonant + ์) removed so that มาร์กซ์ and มากซ์ are the same word.
 */
export function normalizeForSearch(text: string): string {
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

function bigramsOf(key: string): Set<string> {
  const grams = new Set<string>();
  for (let i = 0; i + 1 < key.length; i++) grams.add(key.slice(i, i + 2));
  return grams;
}

/** Normalizes every id, label and alias of `nodes` once. O(total text length). */
export function createSearchIndex(nodes: readonly Node[]): SearchIndex {
  const entries: Entry[] = [];
  nodes.forEach((node, index) => {
    const add = (field: SearchField, text: string) => {
      const norm = normalizeForSearch(text);
      if (norm !== '') entries.push({ node: index, field, text, norm });
    };
    add('id', node.id);
    add('label.en', node.label.en);
    add('label.th', node.label.th);
    for (const alias of node.aliases) add('alias', alias);
  });

  const starts = new Int32Array(entries.length);
  const parts: string[] = [];
  let offset = 0;
  entries.forEach((entry, i) => {
    starts[i] = offset;
    parts.push(entry.norm, SEPARATOR);
    offset += entry.norm.length + 1;
  });

  const termIndex = new Map<string, number>();
  const fuzzyTerms: { key: string; entries: number[]; word: boolean }[] = [];
  const addTerm = (key: string, entry: number, word: boolean) => {
    let t = termIndex.get(key);
    if (t === undefined) {
      t = fuzzyTerms.length;
      termIndex.set(key, t);
      fuzzyTerms.push({ key, entries: [], word });
    }
    const term = fuzzyTerms[t]!;
    if (term.entries[term.entries.length - 1] !== entry) term.entries.push(entry);
    if (!word) term.word = false;
  };
  entries.forEach((entry, i) => {
    const key = fuzzyKey(entry.norm);
    addTerm(key, i, false);
    const words = key.split(' ');
    if (words.length > 1) for (const w of words) if (w.length >= 3) addTerm(w, i, true);
  });
  const bigrams = new Map<string, number[]>();
  fuzzyTerms.forEach((term, t) => {
    for (const gram of bigramsOf(term.key)) {
      (bigrams.get(gram) ?? bigrams.set(gram, []).get(gram)!).push(t);
    }
  });

  return { nodes, entries, haystack: parts.join(''), starts, fuzzyTerms, bigrams };
}

/** How many typos a query of this length may contain (none below four letters). */
function allowedTypos(length: number): number {
  if (length < 4) return 0;
  if (length < 6) return 1;
  if (length < 12) return 2;
  return 3;
}

/** Collects each node's best hit so far. */
class Best {
  readonly score = new Map<number, number>();
  readonly entry = new Map<number, number>();
  constructor(
    private readonly index: SearchIndex,
    private readonly allowed: ((node: number) => boolean) | undefined,
  ) {}

  offer(entryIndex: number, score: number): void {
    const entry = this.index.entries[entryIndex]!;
    if (this.allowed && !this.allowed(entry.node)) return;
    const current = this.score.get(entry.node);
    if (current !== undefined) {
      if (current > score) return;
      if (current === score) {
        const held = this.index.entries[this.entry.get(entry.node)!]!;
        if (FIELD_RANK[held.field] <= FIELD_RANK[entry.field]) return;
      }
    }
    this.score.set(entry.node, score);
    this.entry.set(entry.node, entryIndex);
  }
}

function entryAt(starts: Int32Array, position: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= position) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Exact, prefix, word-prefix and substring matches: one indexOf scan over the haystack. */
function scanLiteral(index: SearchIndex, query: string, best: Best): void {
  const { haystack, starts, entries } = index;
  let from = 0;
  for (;;) {
    const position = haystack.indexOf(query, from);
    if (position < 0) return;
    const e = entryAt(starts, position);
    const { norm, field } = entries[e]!;
    const coverage = 0.099 * (query.length / norm.length);
    let score: number;
    // A node's own name beats another node's alias for the same words.
    if (norm === query) score = field === 'alias' ? EXACT_ALIAS : 1;
    else if (norm.startsWith(query)) score = 0.8 + coverage;
    else if (` ${norm}`.includes(` ${query}`)) score = 0.7 + coverage;
    else score = 0.6 + coverage;
    best.offer(e, score);
    // The rest of this entry cannot score better than what was just classified.
    from = starts[e]! + norm.length + 1;
  }
}

/** Typo-tolerant matches: bigram count filter, then bounded edit distance. */
function scanFuzzy(index: SearchIndex, query: string, best: Best): void {
  const key = fuzzyKey(query);
  const typos = allowedTypos(key.length);
  if (typos === 0) return;
  const grams = bigramsOf(key);
  // Each edit destroys at most two of the query's distinct bigrams.
  const needed = grams.size - 2 * typos;
  const counts = new Map<number, number>();
  for (const gram of grams) {
    for (const t of index.bigrams.get(gram) ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  const candidates: number[] = [];
  if (needed > 0) {
    for (const [t, n] of counts) if (n >= needed) candidates.push(t);
  } else {
    for (let t = 0; t < index.fuzzyTerms.length; t++) candidates.push(t);
  }
  for (const t of candidates) {
    const term = index.fuzzyTerms[t]!;
    const distance = editDistance(key, term.key, typos);
    if (distance > typos) continue;
    const closeness = 1 - distance / (typos + 1);
    const score = (term.word ? 0.4 : 0.45) * closeness + 0.1;
    for (const e of term.entries) best.offer(e, score);
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
  scanLiteral(index, needle, best);
  // Fuzzy hits always rank below literal ones, so skip them when literal hits fill the page.
  if (best.score.size < limit) scanFuzzy(index, needle, best);

  const ranked: (SearchHit & { label: string })[] = [];
  for (const [node, score] of best.score) {
    const last = ranked[ranked.length - 1];
    if (ranked.length >= limit && last && score < last.score) continue;
    const entry = index.entries[best.entry.get(node)!]!;
    const n = index.nodes[node]!;
    const hit = { id: n.id, score, matched: entry.text, field: entry.field, label: n.label.en };
    if (ranked.length >= limit && last && compareHits(hit, last) >= 0) continue;
    let at = ranked.length;
    while (at > 0 && compareHits(hit, ranked[at - 1]!) < 0) at--;
    ranked.splice(at, 0, hit);
    if (ranked.length > limit) ranked.pop();
  }
  return ranked.map(({ id, score, matched, field }) => ({ id, score, matched, field }));
}
