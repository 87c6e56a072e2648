import { dutchWords } from './dutch-words.js';
import { featuresOfWords } from './note-features.js';
import { DEFAULT_RANK_PARAMETERS, scoreWords, type RankParameters, type Suggestion } from './rank.js';
import { scoreWithModel, type ModelScore, type TermModel } from './term-model.js';
import type { ProfileIndex } from './term-profiles.js';

/**
 * How the model's probability and the BM25F score make one score: a weighted sum of the two on
 * the same 0…1 scale, with BM25F squashed as score / (score + half), so `half` is the BM25F score
 * that counts as even odds. Chosen by `scripts/tune-model.ts` (README, "Suggestions").
 */
export interface CombineParameters {
  /** Share of the model in the combined score; the rest is BM25F's. */
  readonly modelWeight: number;
  readonly half: number;
  /** Below this combined score a term is not suggested. */
  readonly minScore: number;
  /** A term below this share of the best one's combined score is noise beside it. */
  readonly minShareOfBest: number;
}

export const DEFAULT_COMBINE_PARAMETERS: CombineParameters = { modelWeight: 0.8, half: 16, minScore: 0.1, minShareOfBest: 0 };

/** The words behind a suggestion, each once, the ranking's first. */
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/**
 * Ranks a version's terms by the combined score, best first, from each kind of evidence by term
 * id. Terms the model was not trained on count by BM25F alone; model terms not in the version are
 * left out. Ties keep vocabulary order (a stable sort).
 */
export function combineEvidence(
  index: ProfileIndex,
  bm25: ReadonlyMap<string, Suggestion>,
  modelScores: ReadonlyMap<string, ModelScore>,
  limit: number,
  c: CombineParameters = DEFAULT_COMBINE_PARAMETERS,
): Suggestion[] {
  const scored: Suggestion[] = [];
  for (const profile of index.profiles) {
    const id = profile.term.id as string;
    const ranked = bm25.get(id);
    const bm = ranked?.score ?? 0;
    const fromModel = modelScores.get(id);
    const score = (fromModel ? c.modelWeight * fromModel.probability : 0) + (1 - c.modelWeight) * (bm / (bm + c.half));
    if (score < c.minScore) continue;
    const matched = union(ranked?.matched ?? [], fromModel?.because() ?? []);
    scored.push({ term: profile.term, hits: matched.length, matched, score });
  }
  const best = Math.max(0, ...scored.map((s) => s.score));
  return scored
    .filter((s) => s.score >= best * c.minShareOfBest)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit);
}

/** Both kinds of evidence for a clip, by term id. */
export function evidenceFor(text: string, index: ProfileIndex, model: TermModel, rank: RankParameters = DEFAULT_RANK_PARAMETERS) {
  const words = dutchWords(text);
  const bm25 = new Map(scoreWords(words, index, rank).map((s) => [s.term.id as string, s]));
  const note = featuresOfWords(words, model.known);
  const modelScores = note.values.size === 0 ? new Map<string, ModelScore>() : scoreWithModel(model, note);
  return { bm25, modelScores };
}

/** Ranks a version's terms for a clip by the combined score, best first (`combineEvidence`). */
export function rankCombined(
  text: string,
  index: ProfileIndex,
  model: TermModel,
  limit: number,
  c: CombineParameters = DEFAULT_COMBINE_PARAMETERS,
): Suggestion[] {
  const { bm25, modelScores } = evidenceFor(text, index, model);
  if (bm25.size === 0 && modelScores.size === 0) return [];
  return combineEvidence(index, bm25, modelScores, limit, c);
}
