// The training notes' values (suggestion-combination.ts) with no refit and no character grams: the ranking as
// tune-model.ts left it. scripts/ranking-evidence.ts --write replaces this with the selection-set fit (README, "Suggestions").
import type { SelectionFit } from '../suggest/combine.js';

export const SUGGESTION_SELECTION_FIT: SelectionFit = {
  modelScale: 0.651,
  bm25Scale: 0.226,
  neighbourScale: 1.697,
  naiveBayesScale: 2.104,
  bias: 3.138,
  offsetFactor: 1,
  gramScale: 0,
};
