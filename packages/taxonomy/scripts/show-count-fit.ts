// A learned count of terms to show in the top 3 (suggest15, step 2): instead of the fixed cuts of combine.ts
// (`topShareOfPrevious`, `thirdMinScore`), the second and the third place are shown when a logistic model of the score
// profile says the term there is likely chosen: its score, its share of the one above, the best score, how spread the
// best 8 are (entropy) and the clip's length. Fitted and judged on the selection sets by fit-on-selection-sets.ts --count.
import { shownRanks, type CombineParameters } from '../src/suggest/combine.js';
import type { JudgedNote } from './selection-set-fit.js';
import { fitTowardsPrior } from './selection-set-fit.js';

const logit = (p: number) => Math.log(Math.max(p, 1e-6) / Math.max(1 - p, 1e-6));

/** The profile features of the term at `rank` (1 or 2, from 0) of a ranking's scores, for a clip of `words` words. */
export function profileFeatures(scores: readonly number[], rank: number, words: number): number[] {
  const top = scores.slice(0, 8);
  const total = top.reduce((s, x) => s + x, 0) || 1;
  const entropy = -top.reduce((s, x) => (x > 0 ? s + (x / total) * Math.log(x / total) : s), 0);
  const own = scores[rank] ?? 0;
  const above = scores[rank - 1] ?? 1;
  return [1, logit(own), Math.log(Math.max(own, 1e-6) / Math.max(above, 1e-6)), logit(scores[0] ?? 0), entropy, Math.log(words)];
}

/** Per place (second, third), the weights of the profile model. */
export type CountModel = readonly [readonly number[], readonly number[]];

const wordsOf = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The profile model fitted on the notes' rankings (`ranked`, best first), a ridge pulling every weight but the bias towards 0. */
export function fitCountModel(
  notes: readonly JudgedNote[],
  ranked: readonly { ids: string[]; scores: number[] }[],
  ridge: number,
): CountModel {
  const fitPlace = (rank: number) => {
    const rows = notes.map(({ note }, i) => ({
      x: profileFeatures(ranked[i]!.scores, rank, wordsOf(note.text)),
      y: note.terms.includes(ranked[i]!.ids[rank]!) ? 1 : 0,
      weight: 1,
      fixed: 0,
    }));
    const spread = rows[0]!.x.map((_, j) => {
      const xs = rows.map((r) => r.x[j]!);
      const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
      return j === 0 ? 0 : xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
    });
    return fitTowardsPrior(
      rows,
      rows[0]!.x.map(() => 0),
      ridge * rows.length,
      spread.map((v, j) => (j === 0 ? 1e-6 : v || 1)),
    );
  };
  return [fitPlace(1), fitPlace(2)];
}

/** The places the floors of `c` show, cut after the first or second when the profile model's probability is under `cuts`. */
export function shownByCount(
  scores: readonly number[],
  words: number,
  c: CombineParameters,
  model: CountModel,
  cuts: readonly [number, number],
): number[] {
  const shown = shownRanks(scores, { ...c, topShareOfPrevious: 0, thirdMinScore: 0 }, 5);
  for (const [rank, weights, cut] of [
    [1, model[0], cuts[0]],
    [2, model[1], cuts[1]],
  ] as const) {
    if (shown.length <= rank || shown[rank] !== rank) break;
    const x = profileFeatures(scores, rank, words);
    const z = weights.reduce((s, w, j) => s + w * x[j]!, 0);
    if (1 / (1 + Math.exp(-z)) < cut) return shown.slice(0, rank);
  }
  return shown;
}

export { wordsOf };
