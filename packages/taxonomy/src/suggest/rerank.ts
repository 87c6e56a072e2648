/**
 * A second stage over the best few terms of the combined score, which weighs each term against
 * the ones above it: a note is seldom about two mission points, often about two societal themes,
 * and some terms go together (the training notes' labels say how often). The first stage scores
 * each term on its own, so it cannot see this. Fitted by `scripts/tune-model.ts` on the training
 * notes' out-of-fold scores (README, "Suggestions").
 */
export interface RerankParameters {
  /** How many of the best terms of the first stage are reranked; the rest keep their place below. */
  readonly depth: number;
  /** Weight of the term's own first-stage logit. */
  readonly logitScale: number;
  readonly bias: number;
  /**
   * Per facet: what the terms of the same facet above this one move its logit by, each counted
   * by its first-stage probability.
   */
  readonly sameFacet: Readonly<Record<string, number>>;
  /** Weight of the label lift with the terms above (each counted by its probability). */
  readonly together: number;
  /** ln of how much more often two terms are chosen together than by chance, smoothed; by "a b" (a < b in code units). */
  readonly lift: Readonly<Record<string, number>>;
}

/** A term as the second stage sees it, in first-stage order. */
export interface Candidate {
  readonly id: string;
  readonly facet: string;
  /** The first stage's logit (of the combined score). */
  readonly logit: number;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

export const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** The second stage's features of each candidate (best first): own logit, same facet above, lift with those above. */
export function rerankFeatures(
  candidates: readonly Candidate[],
  lift: Readonly<Record<string, number>>,
): { own: number; facet: string; sameFacet: number; together: number }[] {
  return candidates.map((c, i) => {
    let sameFacet = 0;
    let together = 0;
    for (let j = 0; j < i; j++) {
      const above = candidates[j]!;
      const p = sigmoid(above.logit);
      if (above.facet === c.facet) sameFacet += p;
      together += p * (lift[pairKey(c.id, above.id)] ?? 0);
    }
    return { own: c.logit, facet: c.facet, sameFacet, together };
  });
}

/** The second stage's logit of each candidate, in the order given. */
export function rerankLogits(candidates: readonly Candidate[], r: RerankParameters): number[] {
  return rerankFeatures(candidates, r.lift).map(
    (f) => r.logitScale * f.own + r.bias + (r.sameFacet[f.facet] ?? 0) * f.sameFacet + r.together * f.together,
  );
}

/**
 * How much more often two terms are chosen together than by chance: ln((n_ab + 1) / (e_ab + 1)),
 * e_ab = n_a × n_b / notes. The +1 keeps a pair of rare terms near 0 (no evidence either way),
 * while two common terms never chosen together go well below it.
 */
export function labelLift(labels: readonly (readonly string[])[]): Record<string, number> {
  const count = new Map<string, number>();
  const pairs = new Map<string, number>();
  for (const terms of labels) {
    const unique = [...new Set(terms)].sort();
    for (const t of unique) count.set(t, (count.get(t) ?? 0) + 1);
    for (let i = 0; i < unique.length; i++)
      for (let j = i + 1; j < unique.length; j++)
        pairs.set(pairKey(unique[i]!, unique[j]!), (pairs.get(pairKey(unique[i]!, unique[j]!)) ?? 0) + 1);
  }
  const ids = [...count.keys()].sort();
  const lift: Record<string, number> = {};
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      const key = pairKey(ids[i]!, ids[j]!);
      const expected = (count.get(ids[i]!)! * count.get(ids[j]!)!) / labels.length;
      const value = Math.round(Math.log(((pairs.get(key) ?? 0) + 1) / (expected + 1)) * 100) / 100;
      if (Math.abs(value) >= 0.05) lift[key] = value;
    }
  return lift;
}
