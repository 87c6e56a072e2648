import type { Term } from '../model.js';
import { dutchWords, type Word } from './dutch-words.js';

/**
 * Character-gram likeness of a clip to each term's own texts (label, keywords, description and the quote from its
 * seed): every content word counts as the `size`-letter runs of its folded form with ^ and $ at its ends, so a
 * compound ("schuldhulpmaatje") or an inflected form ("eenzamer", "vereenzaamd") the stemmer leaves apart still
 * shares most of its grams with the vocabulary's word. Grams weigh their idf over the terms; the likeness is the
 * cosine of the two weighted, log-damped gram counts. Unlike BM25F it needs no exact stem.
 */
export interface GramIndex {
  readonly size: number;
  readonly termIds: readonly string[];
  /** Gram → its idf over the terms' texts. */
  readonly idf: ReadonlyMap<string, number>;
  /** Gram → the terms whose texts have it, with its weight in the term's unit vector. */
  readonly postings: ReadonlyMap<string, readonly { readonly term: number; readonly weight: number }[]>;
}

export const GRAM_SIZE = 4;

/** How much a term's texts count, by where the vocabulary uses the word (as in term-profiles.ts). */
const FIELD_WEIGHTS = { label: 3, keyword: 2, description: 1, citation: 1 } as const;

/** The grams of a text's content words, with their (weighted) counts. */
export function gramCounts(words: readonly Word[], size: number, into = new Map<string, number>(), weight = 1): Map<string, number> {
  for (const word of words) {
    if (word.stop || /^\d+$/.test(word.folded)) continue;
    const marked = `^${word.folded}$`;
    for (let i = 0; i + size <= marked.length; i++) {
      const gram = marked.slice(i, i + size);
      into.set(gram, (into.get(gram) ?? 0) + weight);
    }
  }
  return into;
}

/** Builds the index of a version's terms (kept by the caller: the vocabulary does not change at run time). */
export function buildGramIndex(terms: readonly Term[], size = GRAM_SIZE): GramIndex {
  const counts = terms.map((term) => {
    const into = new Map<string, number>();
    gramCounts(dutchWords(term.label.nl), size, into, FIELD_WEIGHTS.label);
    for (const keyword of term.keywords) gramCounts(dutchWords(keyword), size, into, FIELD_WEIGHTS.keyword);
    gramCounts(dutchWords(term.description.nl), size, into, FIELD_WEIGHTS.description);
    gramCounts(dutchWords(term.citation.quote), size, into, FIELD_WEIGHTS.citation);
    return into;
  });
  const df = new Map<string, number>();
  for (const c of counts) for (const gram of c.keys()) df.set(gram, (df.get(gram) ?? 0) + 1);
  const idf = new Map([...df].map(([gram, n]) => [gram, Math.log(1 + terms.length / n)] as const));
  const postings = new Map<string, { term: number; weight: number }[]>();
  counts.forEach((c, term) => {
    const weighted = [...c].map(([gram, n]) => [gram, Math.log1p(n) * idf.get(gram)!] as const);
    const norm = Math.hypot(...weighted.map(([, w]) => w)) || 1;
    for (const [gram, w] of weighted) {
      const list = postings.get(gram) ?? [];
      list.push({ term, weight: w / norm });
      postings.set(gram, list);
    }
  });
  return { size, termIds: terms.map((t) => t.id as string), idf, postings };
}

/** Each term's cosine likeness to the clip's words (0 to 1; absent when the clip has no gram of the terms' texts). */
export function gramLikeness(index: GramIndex, words: readonly Word[]): Map<string, number> {
  const clip = gramCounts(words, index.size);
  const sums = new Array<number>(index.termIds.length).fill(0);
  let norm = 0;
  // A gram no term's text has still counts in the clip's length, as rare as can be: a clip mostly of other words is
  // less like every term.
  const unseen = Math.log(1 + index.termIds.length);
  for (const [gram, n] of clip) {
    const w = Math.log1p(n) * (index.idf.get(gram) ?? unseen);
    norm += w * w;
    for (const { term, weight } of index.postings.get(gram) ?? []) sums[term]! += w * weight;
  }
  const likeness = new Map<string, number>();
  if (norm === 0) return likeness;
  const length = Math.sqrt(norm);
  sums.forEach((s, term) => likeness.set(index.termIds[term]!, s / length));
  return likeness;
}

/** Each term's likeness as a share of the clip's most alike term's (0 to 1): how alike the clip is to anything varies with its words. */
export function relativeLikeness(likeness: ReadonlyMap<string, number>): Map<string, number> {
  let best = 0;
  for (const v of likeness.values()) if (v > best) best = v;
  return new Map(best === 0 ? [] : [...likeness].map(([id, v]) => [id, v / best]));
}
