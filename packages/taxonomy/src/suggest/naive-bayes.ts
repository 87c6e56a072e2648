import type { NeighbourIndex } from './neighbours.js';

/**
 * A complement naive Bayes over the neighbour index's features (each training note's kept, rarest
 * features; neighbours.ts), as one more kind of evidence beside the logistic model and the vote of
 * the nearest notes: per term, the log-likelihood ratio of the clip's features under the notes
 * labelled with it against all other notes, additively smoothed. Its counts are read from the
 * index, so it adds nothing to the bundle; naive Bayes is known to do well on short texts with few
 * examples a class, where a discriminative model's weights are still noisy.
 */
export interface NaiveBayes {
  readonly termIds: readonly string[];
  /** Feature → the terms of the notes that keep it, with how many notes (parallel arrays). */
  readonly counts: ReadonlyMap<string, { readonly terms: Int32Array; readonly counts: Float64Array; readonly all: number }>;
  /** Per term, the features kept by its notes, summed; and over every note. */
  readonly termTotals: Float64Array;
  readonly total: number;
  readonly vocabulary: number;
}

/** The counts of the index (built once per index and kept by the caller). */
export function naiveBayesOf(index: NeighbourIndex): NaiveBayes {
  const termTotals = new Float64Array(index.termIds.length);
  const counts = new Map<string, { terms: Int32Array; counts: Float64Array; all: number }>();
  let total = 0;
  for (const [feature, postings] of index.postings) {
    const byTerm = new Map<number, number>();
    let all = 0;
    for (const { note } of postings) {
      const weight = index.weights?.[note] ?? 1;
      all += weight;
      for (const t of index.labels[note]!) byTerm.set(t, (byTerm.get(t) ?? 0) + weight);
    }
    const terms = Int32Array.from([...byTerm.keys()].sort((a, b) => a - b));
    const c = Float64Array.from(terms, (t) => byTerm.get(t)!);
    terms.forEach((t, i) => (termTotals[t]! += c[i]!));
    total += all;
    counts.set(feature, { terms, counts: c, all });
  }
  return { termIds: index.termIds, counts, termTotals, total, vocabulary: counts.size };
}

/**
 * Each term's mean log-likelihood ratio over the clip's features the index knows (0 for every term
 * when it knows none), with additive smoothing `alpha`: how much more likely the clip's features
 * are among the term's notes than among the others.
 */
export function naiveBayesScores(nb: NaiveBayes, values: ReadonlyMap<string, number>, alpha: number): Map<string, number> {
  const n = nb.termIds.length;
  const sums = new Float64Array(n);
  let known = 0;
  let base = 0;
  for (const feature of values.keys()) {
    const entry = nb.counts.get(feature);
    if (entry === undefined) continue;
    known++;
    // Every term starts at its value for a count of 0; the terms with notes that keep it are corrected.
    const zero = Math.log(alpha) - Math.log(entry.all + alpha);
    base += zero;
    for (let i = 0; i < entry.terms.length; i++) {
      const c = entry.counts[i]!;
      sums[entry.terms[i]!]! += Math.log(c + alpha) - Math.log(entry.all - c + alpha) - zero;
    }
  }
  const scores = new Map<string, number>();
  if (known === 0) return scores;
  for (let t = 0; t < n; t++) {
    const own = nb.termTotals[t]!;
    const normalise = Math.log(nb.total - own + alpha * nb.vocabulary) - Math.log(own + alpha * nb.vocabulary);
    scores.set(nb.termIds[t]!, (sums[t]! + base) / known + normalise);
  }
  return scores;
}
