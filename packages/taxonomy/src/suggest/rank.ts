import type { Term } from '../model.js';
import { compoundHead } from './compound-head.js';
import { dutchWords, type Word } from './dutch-words.js';
import { evidenceWeight } from './everyday-senses.js';
import type { ProfileIndex } from './term-profiles.js';

/** One ranked term with why: the suggestion the side panel and the CLI show. */
export interface Suggestion {
  readonly term: Term;
  /** How many words or phrases of the text count as evidence for the term. */
  readonly hits: number;
  /** The words and phrases of the text that count, folded (lower case, no diacritics). */
  readonly matched: readonly string[];
  /** The ranking score: BM25F over the term's texts plus phrase matches; comparable within one call. */
  readonly score: number;
}

export interface RankParameters {
  /** BM25: saturation of repeats in a term's texts. */
  readonly k1: number;
  /** BM25: normalisation for the length of a term's texts. */
  readonly b: number;
  /** Saturation of repeats in the clip: a word said five times is not five times the evidence. */
  readonly k3: number;
  /** A compound counted by its head is weaker evidence than the word itself. */
  readonly compoundWeight: number;
  /** A label or keyword phrase found whole adds this much times its words' idf. */
  readonly phraseBonus: number;
  /** Below this score a term is not suggested: weak evidence gives fewer suggestions, or none. */
  readonly minScore: number;
  /** A term below this share of the best one's score is noise beside it. */
  readonly minShareOfBest: number;
}

export const DEFAULT_RANK_PARAMETERS: RankParameters = {
  k1: 1.2,
  b: 0.75,
  k3: 1.2,
  compoundWeight: 0.5,
  phraseBonus: 1.5,
  minScore: 5,
  minShareOfBest: 0.3,
};

interface Evidence {
  weight: number;
  words: Set<string>;
}

/** The clip's content stems with their evidence weight, after everyday senses and compound heads. */
function queryStems(words: readonly Word[], index: ProfileIndex, p: RankParameters): Map<string, Evidence> {
  const query = new Map<string, Evidence>();
  const add = (stem: string, weight: number, folded: string) => {
    const evidence = query.get(stem) ?? { weight: 0, words: new Set<string>() };
    evidence.weight += weight;
    evidence.words.add(folded);
    query.set(stem, evidence);
  };
  words.forEach((word, at) => {
    if (word.stop) return;
    const sense = evidenceWeight(words, at);
    if (sense === 0) return;
    if (index.lexicon.has(word.stem)) return add(word.stem, sense, word.folded);
    const head = compoundHead(word.folded, index.lexicon);
    if (head !== undefined) add(head, sense * p.compoundWeight, word.folded);
  });
  return query;
}

/** Label and keyword phrases found whole in the clip (within one clause), per term index. */
function phraseMatches(words: readonly Word[], index: ProfileIndex, p: RankParameters): Map<number, { score: number; texts: string[] }> {
  const found = new Map<number, { score: number; texts: string[] }>();
  const content: { stem: string; clause: number; folded: string }[] = [];
  let clause = 0;
  for (const word of words) {
    if (!word.stop) content.push({ stem: word.stem, clause, folded: word.folded });
    if (word.breakAfter) clause++;
  }
  content.forEach((start, at) => {
    for (const { phrase, term } of index.phrasesByFirstStem.get(start.stem) ?? []) {
      const run = content.slice(at, at + phrase.stems.length);
      if (run.length < phrase.stems.length || run.some((w, j) => w.stem !== phrase.stems[j] || w.clause !== start.clause)) continue;
      const entry = found.get(term) ?? { score: 0, texts: [] };
      entry.score += p.phraseBonus * phrase.stems.reduce((sum, stem) => sum + (index.idf.get(stem) ?? 0), 0);
      entry.texts.push(run.map((w) => w.folded).join(' '));
      found.set(term, entry);
    }
  });
  return found;
}

/** Every term of the version with some evidence in the clip, in vocabulary order, with its BM25F score (no threshold). */
export function scoreTerms(text: string, index: ProfileIndex, p: RankParameters = DEFAULT_RANK_PARAMETERS): Suggestion[] {
  return scoreWords(dutchWords(text), index, p);
}

/** Per stem, the terms whose texts have it (index into `profiles`) and its weighted frequency there. */
type StemPostings = ReadonlyMap<string, { readonly terms: readonly number[]; readonly tfs: readonly number[] }>;
const stemPostings = new WeakMap<ProfileIndex, StemPostings>();

function postingsOf(index: ProfileIndex): StemPostings {
  let postings = stemPostings.get(index);
  if (!postings) {
    const built = new Map<string, { terms: number[]; tfs: number[] }>();
    index.profiles.forEach((profile, term) => {
      for (const [stem, tf] of profile.weights) {
        const list = built.get(stem) ?? { terms: [], tfs: [] };
        list.terms.push(term);
        list.tfs.push(tf);
        built.set(stem, list);
      }
    });
    stemPostings.set(index, (postings = built));
  }
  return postings;
}

/** `scoreTerms` of a text already split into words. */
export function scoreWords(words: readonly Word[], index: ProfileIndex, p: RankParameters = DEFAULT_RANK_PARAMETERS): Suggestion[] {
  if (words.length === 0) return [];
  const query = queryStems(words, index, p);
  const phrases = phraseMatches(words, index, p);
  // From each clip stem to the terms that have it, not every term against every stem: each term
  // still adds its stems in the clip's order, so the sums are the same to the last bit.
  const postings = postingsOf(index);
  const n = index.profiles.length;
  // Plain arrays: a typed array this small still gets a buffer outside the heap.
  const scores: number[] = new Array<number>(n).fill(0);
  const hits: number[] = new Array<number>(n).fill(0);
  const matched: (Set<string> | undefined)[] = new Array(n);
  for (const [stem, evidence] of query) {
    const list = postings.get(stem);
    if (list === undefined) continue;
    const q = (evidence.weight * (p.k3 + 1)) / (evidence.weight + p.k3);
    const idf = index.idf.get(stem) ?? 0;
    for (let j = 0; j < list.terms.length; j++) {
      const i = list.terms[j]!;
      const tf = list.tfs[j]!;
      const norm = p.k1 * (1 - p.b + (p.b * index.profiles[i]!.length) / index.averageLength);
      scores[i]! += idf * ((tf * (p.k1 + 1)) / (tf + norm)) * q;
      hits[i]!++;
      const words = (matched[i] ??= new Set<string>());
      for (const word of evidence.words) words.add(word);
    }
  }
  const scored: Suggestion[] = [];
  index.profiles.forEach((profile, i) => {
    let score = scores[i]!;
    let hit = hits[i]!;
    const words = matched[i] ?? new Set<string>();
    const phrase = phrases.get(i);
    if (phrase) {
      score += phrase.score;
      hit += phrase.texts.length;
      for (const t of phrase.texts) words.add(t);
    }
    if (score > 0) scored.push({ term: profile.term, hits: hit, matched: [...words], score });
  });
  return scored;
}

/** Ranks a version's terms for a clip, best first; `suggestTerms` says how. Ties keep vocabulary order (a stable sort). */
export function rankTerms(text: string, index: ProfileIndex, limit: number, p: RankParameters = DEFAULT_RANK_PARAMETERS): Suggestion[] {
  const scored = scoreTerms(text, index, p).filter((s) => s.score >= p.minScore);
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= best * p.minShareOfBest)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
