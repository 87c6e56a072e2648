import type { Term } from './model.js';
import { LATEST_VERSION, listTerms } from './registry.js';
import type { VersionId } from './generated/taxonomy-data.js';
import { compoundHead } from './suggest/compound-head.js';
import { dutchWords, type Word } from './suggest/dutch-words.js';
import { evidenceWeight } from './suggest/everyday-senses.js';
import { buildProfileIndex, type ProfileIndex } from './suggest/term-profiles.js';

export interface Suggestion {
  readonly term: Term;
  /** How many words or phrases of the text count as evidence for the term. */
  readonly hits: number;
  /** The words and phrases of the text that count, folded (lower case, no diacritics). */
  readonly matched: readonly string[];
  /** The ranking score: BM25F over the term's texts plus phrase matches; comparable within one call. */
  readonly score: number;
}

export interface SuggestOptions {
  version?: VersionId;
  limit?: number;
}

// BM25 constants: k1 saturates repeats in a term's texts, b normalises for their length, K3 saturates
// repeats in the clip (a word said five times is not five times the evidence).
const K1 = 1.2;
const B = 0.5;
const K3 = 1.2;
/** A compound counted by its head is weaker evidence than the word itself. */
const COMPOUND_WEIGHT = 0.5;
/** A label or keyword phrase found whole adds this much times its words' idf. */
const PHRASE_BONUS = 1.5;
/** Below this score a term is not suggested: weak evidence gives fewer suggestions, or none. */
const MIN_SCORE = 3;
/** A term far below the best one is noise beside it. */
const MIN_SHARE_OF_BEST = 0.35;

const indexes = new Map<VersionId, ProfileIndex>();

/** The term index of a version, built on first use and kept: the vocabulary does not change at run time. */
function profileIndexFor(version: VersionId): ProfileIndex {
  let index = indexes.get(version);
  if (!index) {
    index = buildProfileIndex(listTerms({ version }));
    indexes.set(version, index);
  }
  return index;
}

interface Evidence {
  weight: number;
  words: Set<string>;
}

/** The clip's content stems with their evidence weight, after everyday senses and compound heads. */
function queryStems(words: readonly Word[], index: ProfileIndex): Map<string, Evidence> {
  const query = new Map<string, Evidence>();
  words.forEach((word, at) => {
    if (word.stop) return;
    let stem: string | undefined = word.stem;
    let weight = 1;
    if (!index.lexicon.has(stem)) {
      stem = compoundHead(word.folded, index.lexicon);
      weight = COMPOUND_WEIGHT;
    }
    if (stem === undefined) return;
    weight *= evidenceWeight(words, at);
    if (weight === 0) return;
    const evidence = query.get(stem) ?? { weight: 0, words: new Set<string>() };
    evidence.weight += weight;
    evidence.words.add(word.folded);
    query.set(stem, evidence);
  });
  return query;
}

/** Label and keyword phrases found whole in the clip (within one clause), per term index. */
function phraseMatches(words: readonly Word[], index: ProfileIndex): Map<number, { score: number; texts: string[] }> {
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
      entry.score += PHRASE_BONUS * phrase.stems.reduce((sum, stem) => sum + (index.idf.get(stem) ?? 0), 0);
      entry.texts.push(run.map((w) => w.folded).join(' '));
      found.set(term, entry);
    }
  });
  return found;
}

/**
 * The terms a clip is about, best first: BM25F over each term's label, keywords, description and
 * cited quote, with Dutch stems and compound heads, phrases counted whole, everyday senses of
 * marked words discounted, and a threshold, so a clip with weak evidence gets fewer suggestions or
 * none. Runs locally: nothing leaves the device. Deterministic: ties go to vocabulary order.
 */
export function suggestTerms(text: string, options: SuggestOptions = {}): Suggestion[] {
  const { version = LATEST_VERSION, limit = 5 } = options;
  const words = dutchWords(text);
  if (words.length === 0) return [];
  const index = profileIndexFor(version);
  const query = queryStems(words, index);
  const phrases = phraseMatches(words, index);
  const scored: Suggestion[] = [];
  index.profiles.forEach((profile, i) => {
    let score = 0;
    let hits = 0;
    const matched = new Set<string>();
    const norm = K1 * (1 - B + (B * profile.length) / index.averageLength);
    for (const [stem, evidence] of query) {
      const tf = profile.weights.get(stem);
      if (tf === undefined) continue;
      const q = (evidence.weight * (K3 + 1)) / (evidence.weight + K3);
      score += (index.idf.get(stem) ?? 0) * ((tf * (K1 + 1)) / (tf + norm)) * q;
      hits++;
      for (const word of evidence.words) matched.add(word);
    }
    const phrase = phrases.get(i);
    if (phrase) {
      score += phrase.score;
      hits += phrase.texts.length;
      for (const t of phrase.texts) matched.add(t);
    }
    if (score >= MIN_SCORE) scored.push({ term: profile.term, hits, matched: [...matched], score });
  });
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= best * MIN_SHARE_OF_BEST)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}
