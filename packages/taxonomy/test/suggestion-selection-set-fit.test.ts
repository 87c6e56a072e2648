import { describe, expect, it } from 'vitest';
import { fitTowardsPrior } from '../scripts/selection-set-fit.js';
import { profileFeatures, shownByCount, type CountModel } from '../scripts/show-count-fit.js';
import { solveLinear } from '../scripts/solve-linear.js';
import { SUGGESTION_COMBINATION } from '../src/generated/suggestion-combination.js';
import { shownRanks, type CombineParameters } from '../src/suggest/combine.js';

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
/** Rows whose labels are exactly σ(2x − 1): a fit without pull must find those weights. */
const rows = [-2, -1, -0.5, 0, 0.5, 1, 2, 3].map((x) => ({ x: [x, 1], y: sigmoid(2 * x - 1), weight: 1, fixed: 0 }));

describe('the fit towards the training notes’ values (fit-on-selection-sets.ts, suggest15)', () => {
  it('solves a small linear system', () => {
    expect(
      solveLinear(
        [
          [0, 2],
          [3, 1],
        ],
        [4, 5],
      ).map((v) => Math.round(v * 1e9) / 1e9),
    ).toEqual([1, 2]);
  });

  it('finds the weights the labels follow when the pull is nil, and stays at the prior when it is strong', () => {
    const free = fitTowardsPrior(rows, [0, 0], 0, [1, 1]);
    expect(free[0]).toBeCloseTo(2, 4);
    expect(free[1]).toBeCloseTo(-1, 4);
    const held = fitTowardsPrior(rows, [0.5, 0.3], 1e9, [1, 1]);
    expect(held[0]).toBeCloseTo(0.5, 4);
    expect(held[1]).toBeCloseTo(0.3, 4);
    // In between, each weight lies between the prior and the free fit.
    const mid = fitTowardsPrior(rows, [0.5, 0.3], 1, [1, 1]);
    expect(mid[0]).toBeGreaterThan(0.5);
    expect(mid[0]).toBeLessThan(2);
  });
});

describe('the show rule on a ranking’s scores (combine.ts shownRanks)', () => {
  const open: CombineParameters = {
    ...SUGGESTION_COMBINATION,
    firstMinScore: 0.1,
    minScore: 0.05,
    tailMinScore: 0.02,
    topShareOfPrevious: 0,
    thirdMinScore: 0,
  };

  it('shows nothing under the best term’s floor, and the fourth and fifth from the tail’s floor once three are shown', () => {
    expect(shownRanks([0.09, 0.08], open, 5)).toEqual([]);
    expect(shownRanks([0.6, 0.4, 0.3, 0.03, 0.01], open, 5)).toEqual([0, 1, 2, 3]);
    expect(shownRanks([0.6, 0.04, 0.03], open, 5)).toEqual([0]);
  });

  it('cuts the second and third by the share of the one above and the third’s own floor', () => {
    expect(shownRanks([0.8, 0.2, 0.19], { ...open, topShareOfPrevious: 0.35 }, 5)).toEqual([0]);
    expect(shownRanks([0.8, 0.5, 0.11, 0.1], { ...open, thirdMinScore: 0.12 }, 5)).toEqual([0, 1]);
  });
});

describe('the learned count of terms to show (show-count-fit.ts, suggest15, not shipped)', () => {
  const open: CombineParameters = { ...SUGGESTION_COMBINATION, firstMinScore: 0.1, minScore: 0.05, tailMinScore: 0.02 };
  // A model that reads the place's own score only: σ(10 × (logit(score) − logit(0.3))).
  const bySelf: CountModel = [
    [-10 * Math.log(0.3 / 0.7), 10, 0, 0, 0, 0],
    [-10 * Math.log(0.3 / 0.7), 10, 0, 0, 0, 0],
  ];

  it('shows a place when the model says its term is likely chosen, and stops at the first that is not', () => {
    expect(shownByCount([0.9, 0.6, 0.5, 0.1, 0.05], 90, open, bySelf, [0.5, 0.5])).toEqual([0, 1, 2, 3, 4]);
    expect(shownByCount([0.9, 0.6, 0.2, 0.1], 90, open, bySelf, [0.5, 0.5])).toEqual([0, 1]);
    expect(shownByCount([0.9, 0.2, 0.6], 90, open, bySelf, [0.5, 0.5])).toEqual([0]);
  });

  it('describes a place by its score, its share of the one above, the best score, the spread of the best 8 and the length', () => {
    const [bias, own, share, best, , length] = profileFeatures([0.8, 0.4, 0.1], 1, 100);
    expect(bias).toBe(1);
    expect(own).toBeCloseTo(Math.log(0.4 / 0.6), 9);
    expect(share).toBeCloseTo(Math.log(0.5), 9);
    expect(best).toBeCloseTo(Math.log(0.8 / 0.2), 9);
    expect(length).toBeCloseTo(Math.log(100), 9);
    // One clear term has a smaller entropy than three alike.
    expect(profileFeatures([0.9, 0.01, 0.01], 1, 80)[4]!).toBeLessThan(profileFeatures([0.5, 0.5, 0.5], 1, 80)[4]!);
  });
});
