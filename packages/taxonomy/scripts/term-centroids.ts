// Tried in suggest17 and dropped (docs/suggestion-rounds.md): each term's centroid of its training notes' vectors.
import type { Word } from '../src/suggest/dutch-words.js';
import { stemGramCounts, stemGramDocumentFrequencies, stemGramVector } from '../src/suggest/gram-model.js';

/**
 * Each term's profile learnt from the training notes labelled with it (suggest17): the mean of those notes' vectors
 * of stems and character grams, less the mean of every note's, so what is left is what the term's notes say more
 * often than notes in general ("beslag", "aanmaning" and "schuldeiser" for a debt theme whose clip never says
 * "schuld"). Unlike the model it keeps words too weak for a weight of their own and grams of word forms the notes
 * never had; unlike naive Bayes it sees every content word of a note, not its 8 rarest. A term's likeness is the dot
 * product of the clip's unit vector with its profile.
 */
export interface TermCentroids {
  readonly gramSize: number;
  /** How much the grams count beside the stems (each half is scaled to unit length alone). */
  readonly gramWeight: number;
  readonly termIds: readonly string[];
  /** Feature (a stem, or '#' and a gram) → its idf over the training notes. */
  readonly idf: ReadonlyMap<string, number>;
  /** Feature → the terms whose profile has it, with its weight there. */
  readonly postings: ReadonlyMap<string, readonly { readonly term: number; readonly weight: number }[]>;
}

/** The choices a profile is built with. */
export interface CentroidOptions {
  readonly gramSize: number;
  readonly gramWeight: number;
  /** A feature must be in this many notes to count. */
  readonly minNotes: number;
  /** Each term keeps its this many largest positive weights. */
  readonly kept: number;
}

export const DEFAULT_CENTROID_OPTIONS: CentroidOptions = { gramSize: 4, gramWeight: 1, minNotes: 3, kept: 400 };

/** Builds the profiles from labelled notes (already split into words); deterministic. */
export function buildTermCentroids(
  notes: readonly { readonly words: readonly Word[]; readonly terms: readonly string[] }[],
  termIds: readonly string[],
  options: CentroidOptions = DEFAULT_CENTROID_OPTIONS,
): TermCentroids {
  const { counts, df } = stemGramDocumentFrequencies(
    notes.map((n) => n.words),
    options.gramSize,
  );
  const idf = new Map<string, number>();
  for (const [feature, n] of df) if (n >= options.minNotes) idf.set(feature, Math.log(notes.length / n));
  const termOf = new Map(termIds.map((id, t) => [id, t]));
  const sums = termIds.map(() => new Map<string, number>());
  const sizes = termIds.map(() => 0);
  const all = new Map<string, number>();
  counts.forEach((c, i) => {
    const vector = stemGramVector(c, idf, options.gramWeight);
    for (const [feature, v] of vector) all.set(feature, (all.get(feature) ?? 0) + v / notes.length);
    for (const id of notes[i]!.terms) {
      const t = termOf.get(id);
      if (t === undefined) continue;
      sizes[t]!++;
      for (const [feature, v] of vector) sums[t]!.set(feature, (sums[t]!.get(feature) ?? 0) + v);
    }
  });
  const postings = new Map<string, { term: number; weight: number }[]>();
  sums.forEach((sum, term) => {
    if (sizes[term] === 0) return;
    const profile = [...sum]
      .map(([feature, v]) => [feature, v / sizes[term]! - (all.get(feature) ?? 0)] as const)
      .filter(([, w]) => w > 0)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, options.kept);
    for (const [feature, weight] of profile) {
      const list = postings.get(feature) ?? [];
      list.push({ term, weight });
      postings.set(feature, list);
    }
  });
  return { gramSize: options.gramSize, gramWeight: options.gramWeight, termIds, idf, postings };
}

/** Each term's likeness to the clip (the profile's dot product with the clip's vector; absent for a clip of no known feature). */
export function centroidLikeness(centroids: TermCentroids, words: readonly Word[]): Map<string, number> {
  const vector = stemGramVector(stemGramCounts(words, centroids.gramSize), centroids.idf, centroids.gramWeight);
  const sums = new Array<number>(centroids.termIds.length).fill(0);
  for (const [feature, v] of vector) for (const { term, weight } of centroids.postings.get(feature) ?? []) sums[term]! += v * weight;
  const likeness = new Map<string, number>();
  if (vector.size === 0) return likeness;
  sums.forEach((s, term) => likeness.set(centroids.termIds[term]!, s));
  return likeness;
}
