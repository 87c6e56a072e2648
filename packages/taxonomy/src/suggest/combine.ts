import { SUGGESTION_COMBINATION } from '../generated/suggestion-combination.js';
import { SUGGESTION_SELECTION_FIT } from '../generated/suggestion-selection-fit.js';
import { gramLikeness, relativeLikeness, type GramIndex } from './char-grams.js';
import { dutchWords } from './dutch-words.js';
import { focusLogits } from './focus.js';
import { naiveBayesScores, type NaiveBayes } from './naive-bayes.js';
import { featureShare, neighbourFeatures, neighbourVotes, type NeighbourIndex } from './neighbours.js';
import { featuresOfWords } from './note-features.js';
import { DEFAULT_RANK_PARAMETERS, scoreWords, type RankParameters, type Suggestion } from './rank.js';
import { rerankLogits, type RerankParameters } from './rerank.js';
import { scoreWithModel, type ModelScore, type TermModel } from './term-model.js';
import type { ProfileIndex } from './term-profiles.js';
import type { Term } from '../model.js';

/**
 * How the model's logit and the BM25F score make one score: a logistic regression stacked on the
 * two, σ(modelScale × logit + bm25Scale × ln(1 + BM25F) + bias), fitted on the training notes'
 * out-of-fold logits, so the combined score is a probability and a threshold on it means the same
 * whatever the clip. Chosen by `scripts/tune-model.ts` (README, "Suggestions").
 */
export interface CombineParameters {
  readonly modelScale: number;
  readonly bm25Scale: number;
  readonly bias: number;
  /** Per term, what its combined score's logit is moved by: a term the model over-predicts out of fold goes down. */
  readonly termBias: Readonly<Record<string, number>>;
  /**
   * Weight of the nearest training notes' vote (neighbours.ts), as ln(neighbourFloor + vote); none
   * when absent.
   */
  readonly neighbourScale?: number;
  readonly neighbourFloor?: number;
  /** Weight of the naive Bayes log-likelihood ratio (naive-bayes.ts) and its smoothing; none when absent. */
  readonly naiveBayes?: { readonly scale: number; readonly alpha: number };
  /** The logit of a term the model was not trained on (it counts by BM25F, from a low start). */
  readonly unmodelledLogit: number;
  /** Below this combined score a term is not suggested, unless it is the best (`firstMinScore`). */
  readonly minScore: number;
  /** The best term is suggested from this combined score: a clip with one likely term shows it. */
  readonly firstMinScore: number;
  /** A term below this share of the best one's combined score is noise beside it. */
  readonly minShareOfBest: number;
  /**
   * The second and third are shown only from this share of the score of the one above (absent: 0):
   * a clear best with weak followers shows fewer in the top 3.
   */
  readonly topShareOfPrevious?: number;
  /**
   * The third is shown only from this combined score (absent: `minScore`): a third term is wrong far
   * more often than the first two (docs/suggestion-rounds.md, suggest14), and one shown on weak
   * evidence costs more precision than the recall it adds.
   */
  readonly thirdMinScore?: number;
  /**
   * The fourth and fifth are shown from this combined score (absent: `minScore`), once the top 3
   * are all shown: precision@3 does not see them, so a looser floor there adds recall alone.
   */
  readonly tailMinScore?: number;
  /** The second stage over the best few terms (rerank.ts); its probability is then the score the thresholds see. */
  readonly rerank?: RerankParameters;
  /**
   * Weight of the character-gram likeness of the clip to the term's own texts (char-grams.ts), as a share of the
   * clip's most alike term's; none when absent.
   */
  readonly gramScale?: number;
  /** Weight of the model's best logit in one passage of the clip (focus.ts); none when absent. */
  readonly focusScale?: number;
}

/**
 * The first stage refitted on notes labelled the way the judges label (suggest16): its five weights and a factor on
 * every term's offset, and the weight of a further kind of evidence, the character-gram likeness.
 */
export interface SelectionFit {
  readonly modelScale: number;
  readonly bm25Scale: number;
  readonly neighbourScale: number;
  readonly naiveBayesScale: number;
  readonly bias: number;
  /** Every term's offset (fitted on the training notes) is multiplied by this. */
  readonly offsetFactor: number;
  readonly gramScale: number;
  readonly focusScale: number;
}

/** The training notes' combination with the first stage as the selection-set fit has it; the rest (second stage, thresholds) unchanged. */
export function withSelectionFit(c: CombineParameters, fit: SelectionFit): CombineParameters {
  return {
    ...c,
    modelScale: fit.modelScale,
    bm25Scale: fit.bm25Scale,
    neighbourScale: fit.neighbourScale,
    naiveBayes: { scale: fit.naiveBayesScale, alpha: c.naiveBayes?.alpha ?? 0.5 },
    bias: fit.bias,
    termBias: Object.fromEntries(Object.entries(c.termBias).map(([id, v]) => [id, v * fit.offsetFactor])),
    gramScale: fit.gramScale,
    focusScale: fit.focusScale,
  };
}

/**
 * As `scripts/tune-model.ts --write` fitted and chose them on the training notes, with the first stage refitted on
 * the selection sets by `scripts/ranking-evidence.ts --write` (suggest16).
 */
export const DEFAULT_COMBINE_PARAMETERS: CombineParameters = withSelectionFit(SUGGESTION_COMBINATION, SUGGESTION_SELECTION_FIT);

/**
 * The further kinds of evidence as the first stage adds them to each term's logit: the character-gram likeness (as a
 * share of the most alike term's) and the focus (the model's best logit in one passage); none without their weights.
 */
export function furtherLogits(
  c: CombineParameters,
  likeness: ReadonlyMap<string, number>,
  focus: ReadonlyMap<string, number>,
): Map<string, number> {
  const logits = new Map<string, number>();
  const add = (id: string, z: number) => logits.set(id, (logits.get(id) ?? 0) + z);
  if (c.gramScale) for (const [id, v] of relativeLikeness(likeness)) add(id, c.gramScale * v);
  if (c.focusScale) for (const [id, z] of focus) add(id, c.focusScale * z);
  return logits;
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** The words behind a suggestion, each once, the ranking's first. */
const union = (a: readonly string[], b: readonly string[]) => [...new Set([...a, ...b])];

/** The first stage's logit of a term from its model logit, its BM25F score and its neighbours' vote. */
export function firstStageLogit(c: CombineParameters, logit: number, bm25: number, vote: number, id: string, bayes = 0): number {
  const neighbours = c.neighbourScale ? c.neighbourScale * Math.log((c.neighbourFloor ?? 0.02) + vote) : 0;
  const nb = c.naiveBayes ? c.naiveBayes.scale * bayes : 0;
  return c.modelScale * logit + c.bm25Scale * Math.log1p(bm25) + neighbours + nb + c.bias + (c.termBias[id] ?? 0);
}

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
  votes: ReadonlyMap<string, number> = new Map(),
  bayes: ReadonlyMap<string, number> = new Map(),
  likeness: ReadonlyMap<string, number> = new Map(),
  focus: ReadonlyMap<string, number> = new Map(),
): Suggestion[] {
  const scored = rankByCombinedScore(index, bm25, modelScores, c, votes, bayes, furtherLogits(c, likeness, focus));
  // The words behind a suggestion are worked out only for those shown.
  return shownRanks(
    scored.map((s) => s.score),
    c,
    limit,
  ).map((rank) => {
    const { term, score } = scored[rank]!;
    const id = term.id as string;
    const matched = union(bm25.get(id)?.matched ?? [], modelScores.get(id)?.because() ?? []);
    return { term, hits: matched.length, matched, score };
  });
}

/**
 * Every term of the index with its combined score (after the second stage), best first; no threshold. `extraLogit`
 * is added to a term's first-stage logit (a further kind of evidence, already weighed).
 */
export function rankByCombinedScore(
  index: ProfileIndex,
  bm25: ReadonlyMap<string, Suggestion>,
  modelScores: ReadonlyMap<string, ModelScore>,
  c: CombineParameters = DEFAULT_COMBINE_PARAMETERS,
  votes: ReadonlyMap<string, number> = new Map(),
  bayes: ReadonlyMap<string, number> = new Map(),
  extraLogit: ReadonlyMap<string, number> = new Map(),
): { term: Term; logit: number; score: number }[] {
  const scored: { term: Term; logit: number; score: number }[] = [];
  for (const profile of index.profiles) {
    const id = profile.term.id as string;
    const bm = bm25.get(id)?.score ?? 0;
    const logit = modelScores.get(id)?.logit ?? c.unmodelledLogit;
    const z = firstStageLogit(c, logit, bm, votes.get(id) ?? 0, id, bayes.get(id) ?? 0) + (extraLogit.get(id) ?? 0);
    scored.push({ term: profile.term, logit: z, score: sigmoid(z) });
  }
  scored.sort((a, b) => b.score - a.score);
  if (c.rerank) {
    const top = scored.slice(0, c.rerank.depth);
    const logits = rerankLogits(
      top.map((s) => ({ id: s.term.id as string, facet: s.term.facet as string, logit: s.logit })),
      c.rerank,
    );
    top.forEach((s, i) => (s.score = sigmoid(logits[i]!)));
    // The rest stay below the reranked ones: the second stage only reorders the first stage's best.
    scored.splice(0, top.length, ...top.sort((a, b) => b.score - a.score));
  }
  return scored;
}

/**
 * Which places of a ranking (its combined scores, best first as `rankByCombinedScore` gives them) the thresholds
 * show, at most `limit`: nothing unless the best passes its floor; then the others need only theirs, the fourth and
 * fifth the tail's, and the second and third are cut by `topShareOfPrevious` and `thirdMinScore`.
 */
export function shownRanks(scores: readonly number[], c: CombineParameters, limit: number): number[] {
  const best = scores[0] ?? 0;
  if (best < c.firstMinScore) return [];
  // Below the second stage's depth the first stage's scores follow unsorted, so this walks the
  // list rather than cutting it at the first miss.
  const shown = [0];
  for (let rank = 1; rank < scores.length && shown.length < limit; rank++) {
    const score = scores[rank]!;
    const floor = shown.length >= 3 ? (c.tailMinScore ?? c.minScore) : c.minScore;
    if (score >= floor && score >= best * c.minShareOfBest) shown.push(rank);
  }
  return shown.slice(0, Math.min(limit, shownCount(scores, c)));
}

/** How many of the ranked scores (best first) `topShareOfPrevious` and `thirdMinScore` let through (Infinity when none is cut). */
function shownCount(scores: readonly number[], c: CombineParameters): number {
  const share = c.topShareOfPrevious ?? 0;
  for (let rank = 1; rank < 3 && rank < scores.length; rank++) {
    if (scores[rank]! < scores[rank - 1]! * share) return rank;
    if (rank === 2 && scores[rank]! < (c.thirdMinScore ?? 0)) return rank;
  }
  return Infinity;
}

/** Every kind of evidence for a clip, by term id (the neighbours' votes only with their index). */
export function evidenceFor(
  text: string,
  index: ProfileIndex,
  model: TermModel,
  rank: RankParameters = DEFAULT_RANK_PARAMETERS,
  neighbours?: NeighbourIndex,
  bayes?: { readonly nb: NaiveBayes; readonly alpha: number },
  grams?: GramIndex,
  withFocus = false,
) {
  const words = dutchWords(text);
  const bm25 = new Map(scoreWords(words, index, rank).map((s) => [s.term.id as string, s]));
  const note = featuresOfWords(words, model);
  const modelScores = note.values.size === 0 ? new Map<string, ModelScore>() : scoreWithModel(model, note);
  // The neighbour index's features of the clip: both the vote and naive Bayes read them.
  const known = (neighbours || bayes) && note.values.size > 0 ? neighbourFeatures(note.values, model.byFeature) : undefined;
  const votes = neighbours && known ? neighbourVotes(neighbours, known) : new Map<string, number>();
  const nbScores = bayes && known ? scaledBayes(bayes.nb, known, bayes.alpha) : new Map<string, number>();
  const likeness = grams ? gramLikeness(grams, words) : new Map<string, number>();
  const focus = withFocus ? focusLogits(words, model) : new Map<string, number>();
  return { bm25, modelScores, votes, bayes: nbScores, likeness, focus };
}

/** The naive Bayes scores of a clip's features, times its feature share (a few words are not a note, as for the votes). */
export function scaledBayes(nb: NaiveBayes, values: ReadonlyMap<string, number>, alpha: number): Map<string, number> {
  const scores = naiveBayesScores(nb, values, alpha);
  const share = featureShare(values);
  if (share < 1) for (const [id, v] of scores) scores.set(id, v * share);
  return scores;
}

/** Ranks a version's terms for a clip by the combined score, best first (`combineEvidence`). */
export function rankCombined(
  text: string,
  index: ProfileIndex,
  model: TermModel,
  limit: number,
  neighbours?: NeighbourIndex,
  c: CombineParameters = DEFAULT_COMBINE_PARAMETERS,
  nb?: NaiveBayes,
  grams?: GramIndex,
): Suggestion[] {
  const { bm25, modelScores, votes, bayes, likeness, focus } = evidenceFor(
    text,
    index,
    model,
    DEFAULT_RANK_PARAMETERS,
    c.neighbourScale ? neighbours : undefined,
    c.naiveBayes && nb ? { nb, alpha: c.naiveBayes.alpha } : undefined,
    c.gramScale ? grams : undefined,
    Boolean(c.focusScale),
  );
  if (bm25.size === 0 && modelScores.size === 0) return [];
  return combineEvidence(index, bm25, modelScores, limit, c, votes, bayes, likeness, focus);
}
