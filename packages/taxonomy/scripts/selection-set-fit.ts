// The combination and the show rule fitted on notes labelled the way the judges label (suggest15): the selection
// sets (scripts/suggestion-selection-sets.ts), scored by the committed model, neighbour index and naive Bayes, which
// never saw them. Only a few numbers are fitted, each pulled towards the value the training notes gave it: the first
// stage's weights a, b, d, e and c, one shared factor on the per-term offsets, the second stage's own-logit weight and
// bias, and the thresholds (by grid). scripts/fit-on-selection-sets.ts judges this by leaving one set out.
import { listTerms } from '../src/index.js';
import { SUGGESTION_MODEL } from '../src/generated/suggestion-model.js';
import { SUGGESTION_NEIGHBOURS } from '../src/generated/suggestion-neighbours.js';
import {
  DEFAULT_COMBINE_PARAMETERS,
  evidenceFor,
  firstStageLogit,
  furtherLogits,
  rankByCombinedScore,
  shownRanks,
  withSelectionFit,
  type CombineParameters,
  type SelectionFit,
} from '../src/suggest/combine.js';
import { buildGramIndex } from '../src/suggest/char-grams.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { loadNeighbourIndex } from '../src/suggest/neighbours.js';
import { DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import { rerankFeatures } from '../src/suggest/rerank.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { buildProfileIndex, type ProfileIndex } from '../src/suggest/term-profiles.js';
import { solveLinear } from './solve-linear.js';
import { LABELLED_VERSION, scoreSuggestions, type LabelledNote } from './suggestion-score.js';
import { meanOf, objectiveOf, readSelectionSets, type SelectionSet, type SetMeasures } from './suggestion-selection-sets.js';

type Evidence = ReturnType<typeof evidenceFor>;

/** A selection note with the committed learners' evidence for every term. */
export interface JudgedNote {
  readonly set: SelectionSet;
  readonly note: LabelledNote;
  readonly evidence: Evidence;
}

/** Every selection note with its evidence (ids of the labelled version) and the term index that scored it. */
export function judgedNotes(): { index: ProfileIndex; notes: JudgedNote[] } {
  const index = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));
  const grams = buildGramIndex(listTerms({ version: LABELLED_VERSION }));
  const model = loadTermModel(SUGGESTION_MODEL);
  const neighbours = loadNeighbourIndex(SUGGESTION_NEIGHBOURS, SUGGESTION_MODEL.features);
  const nb = { nb: naiveBayesOf(neighbours), alpha: DEFAULT_COMBINE_PARAMETERS.naiveBayes!.alpha };
  const notes: JudgedNote[] = [];
  for (const [set, labelled] of readSelectionSets())
    for (const note of labelled)
      notes.push({ set, note, evidence: evidenceFor(note.text, index, model, DEFAULT_RANK_PARAMETERS, neighbours, nb, grams, true) });
  return { index, notes };
}

/** One row of a logistic fit: features, label, weight, and a part of the logit whose weight is not fitted. */
interface Row {
  readonly x: readonly number[];
  readonly y: number;
  readonly weight: number;
  readonly fixed: number;
}

/**
 * Minimises the weighted log-loss plus ridge/2 × Σ scale_j (w_j − prior_j)² by Newton's method, so with few notes
 * the weights stay near the prior (the training notes' fit). `scale` puts the columns on comparable footing.
 */
export function fitTowardsPrior(rows: readonly Row[], prior: readonly number[], ridge: number, scale: readonly number[]): number[] {
  const n = prior.length;
  let w = [...prior];
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = w.map((wj, j) => ridge * scale[j]! * (wj - prior[j]!));
    const h = w.map((_, j) => w.map((__, k) => (j === k ? ridge * scale[j]! + 1e-9 : 0)));
    for (const { x, y, weight, fixed } of rows) {
      let z = fixed;
      for (let j = 0; j < n; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      for (let j = 0; j < n; j++) {
        g[j]! += weight * (p - y) * x[j]!;
        for (let k = 0; k < n; k++) h[j]![k]! += weight * p * (1 - p) * x[j]! * x[k]!;
      }
    }
    const step = solveLinear(h, g);
    w = w.map((wj, j) => wj - step[j]!);
    if (step.every((s) => Math.abs(s) < 1e-9)) break;
  }
  return w;
}

/**
 * A term's columns of the first stage's regression, in the order of its weights a, b, d, e, c and the offset's factor:
 * model logit, ln(1 + BM25F), ln(floor + vote), naive Bayes, 1, the term's offset.
 */
export function firstStageColumns(e: Evidence, id: string, base: CombineParameters): number[] {
  return [
    e.modelScores.get(id)?.logit ?? base.unmodelledLogit,
    Math.log1p(e.bm25.get(id)?.score ?? 0),
    Math.log((base.neighbourFloor ?? 0.05) + (e.votes.get(id) ?? 0)),
    e.bayes.get(id) ?? 0,
    1,
    base.termBias[id] ?? 0,
  ];
}

/** The fitted weights of `firstStageColumns`' columns (in its order) and the further kinds' weights, as a selection fit. */
export function selectionFitOf(weights: readonly number[], gramScale: number, focusScale: number): SelectionFit {
  const [modelScale, bm25Scale, neighbourScale, naiveBayesScale, bias, offsetFactor] = weights as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { modelScale, bm25Scale, neighbourScale, naiveBayesScale, bias, offsetFactor, gramScale, focusScale };
}

export interface FitOptions {
  /** The pull towards the training notes' values, per note of the fit (so it weighs the same whatever the notes' number). */
  readonly ridge: number;
  /** A term the note names wrong counts this many times among its negatives. */
  readonly wrongWeight: number;
  /**
   * The second stage refitted on the first stage's best terms: none of it, its own-logit weight and bias, or all its
   * weights (those two, the lift's and each facet's), each pulled towards the training notes' value.
   */
  readonly secondStage: 'none' | 'own' | 'all';
}

/**
 * The combination fitted on judged notes: a, b, d, e, c and one factor on every term's offset (first stage), then,
 * if asked, the second stage's own-logit weight and bias, each pulled towards `base` (the training notes' fit).
 */
export function fitOnJudgedNotes(
  index: ProfileIndex,
  notes: readonly JudgedNote[],
  base: CombineParameters,
  options: FitOptions,
): CombineParameters {
  const rows: Row[] = [];
  for (const { note, evidence: e } of notes)
    for (const profile of index.profiles) {
      const id = profile.term.id as string;
      rows.push({
        x: firstStageColumns(e, id, base),
        y: note.terms.includes(id) ? 1 : 0,
        weight: note.wrong.includes(id) ? options.wrongWeight : 1,
        fixed: 0,
      });
    }
  const prior = [base.modelScale, base.bm25Scale, base.neighbourScale ?? 0, base.naiveBayes?.scale ?? 0, base.bias, 1];
  // Columns scaled by their spread over the rows, so one ridge pulls each weight alike.
  const scale = prior.map((_, j) => variance(rows.map((r) => r.x[j]!)) || 1);
  const [a, b, d, e, c, shrink] = fitTowardsPrior(rows, prior, options.ridge * notes.length, scale);
  const first = withSelectionFit(base, selectionFitOf([a!, b!, d!, e!, c!, shrink!], base.gramScale ?? 0, base.focusScale ?? 0));
  return options.secondStage !== 'none' && base.rerank ? { ...first, rerank: fitSecondStage(index, notes, first, options) } : first;
}

/** The second stage refitted on the judged notes' best terms (`FitOptions.secondStage`). */
function fitSecondStage(index: ProfileIndex, notes: readonly JudgedNote[], c: CombineParameters, options: FitOptions) {
  const r = c.rerank!;
  const facets = Object.keys(r.sameFacet).sort();
  const rows: Row[] = [];
  for (const { note, evidence: e } of notes) {
    const candidates = index.profiles
      .map((profile) => {
        const id = profile.term.id as string;
        const logit = e.modelScores.get(id)?.logit ?? c.unmodelledLogit;
        const z = firstStageLogit(c, logit, e.bm25.get(id)?.score ?? 0, e.votes.get(id) ?? 0, id, e.bayes.get(id) ?? 0);
        return { id, facet: profile.term.facet as string, logit: z };
      })
      .sort((x, y) => y.logit - x.logit)
      .slice(0, r.depth);
    rerankFeatures(candidates, r.lift).forEach((f, k) => {
      const id = candidates[k]!.id;
      const all = options.secondStage === 'all';
      rows.push({
        x: [f.own, 1, ...(all ? [f.together, ...facets.map((facet) => (facet === f.facet ? f.sameFacet : 0))] : [])],
        y: note.terms.includes(id) ? 1 : 0,
        weight: note.wrong.includes(id) ? options.wrongWeight : 1,
        fixed: all ? 0 : (r.sameFacet[f.facet] ?? 0) * f.sameFacet + r.together * f.together,
      });
    });
  }
  const prior = [r.logitScale, r.bias, ...(options.secondStage === 'all' ? [r.together, ...facets.map((f) => r.sameFacet[f]!)] : [])];
  const scale = prior.map((_, j) => (j === 1 ? 1 : variance(rows.map((row) => row.x[j]!)) || 1));
  const [logitScale, bias, together, ...sameFacet] = fitTowardsPrior(rows, prior, options.ridge * notes.length, scale);
  return options.secondStage === 'all'
    ? {
        ...r,
        logitScale: logitScale!,
        bias: bias!,
        together: together!,
        sameFacet: Object.fromEntries(facets.map((f, j) => [f, sameFacet[j]!])),
      }
    : { ...r, logitScale: logitScale!, bias: bias! };
}

/** The population variance of `xs`: how the fits put their columns on comparable footing. */
export const variance = (xs: readonly number[]) => {
  const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
  return xs.reduce((s, x) => s + (x - mean) ** 2, 0) / xs.length;
};

/** Each note's terms with their combined scores, best first, under the combination `c` (no threshold). */
export function rankedScores(
  index: ProfileIndex,
  notes: readonly JudgedNote[],
  c: CombineParameters,
): { ids: string[]; scores: number[] }[] {
  return notes.map(({ evidence: e }) => {
    const ranked = rankByCombinedScore(index, e.bm25, e.modelScores, c, e.votes, e.bayes, furtherLogits(c, e.likeness, e.focus));
    return { ids: ranked.map((s) => s.term.id as string), scores: ranked.map((s) => s.score) };
  });
}

/** recall@5 / precision@3 of shown / named wrong in the top 3 of each set, given each note's shown terms. */
export function measuresBySet(notes: readonly JudgedNote[], shown: readonly (readonly string[])[]): Map<SelectionSet, SetMeasures> {
  type SetNotes = { notes: LabelledNote[]; shown: Map<string, readonly string[]> };
  const bySet = new Map<SelectionSet, SetNotes>();
  notes.forEach(({ set, note }, i) => {
    const entry: SetNotes = bySet.get(set) ?? { notes: [], shown: new Map() };
    entry.notes.push(note);
    entry.shown.set(note.text, shown[i]!);
    bySet.set(set, entry);
  });
  return new Map(
    [...bySet].map(([set, { notes: labelled, shown: byText }]) => {
      const s = scoreSuggestions(labelled, (text) => byText.get(text) ?? []);
      return [
        set,
        {
          recall: s.foundInTop5 / s.chosen,
          precision: s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3,
          wrong: s.notesWithNamedWrongInTop3 / s.notes,
        },
      ];
    }),
  );
}

/** The show thresholds to try; every combination of these values. */
export interface ThresholdGrid {
  readonly firstMinScore: readonly number[];
  readonly minScore: readonly number[];
  readonly topShareOfPrevious: readonly number[];
  readonly thirdMinScore: readonly number[];
}

/**
 * The thresholds of the grid whose objective of the mean over the notes' sets is lowest (the first such, in grid
 * order), among those that keep each set's recall@5 at or above `recallFloor` of that set (when given).
 */
export function chooseThresholds(
  notes: readonly JudgedNote[],
  ranked: readonly { ids: string[]; scores: number[] }[],
  c: CombineParameters,
  grid: ThresholdGrid,
  recallFloor?: ReadonlyMap<SelectionSet, number>,
): CombineParameters {
  let best = { objective: Infinity, c };
  for (const firstMinScore of grid.firstMinScore)
    for (const minScore of grid.minScore)
      for (const topShareOfPrevious of grid.topShareOfPrevious)
        for (const thirdMinScore of grid.thirdMinScore) {
          const candidate = { ...c, firstMinScore, minScore, topShareOfPrevious, thirdMinScore };
          const shown = ranked.map((r) => shownRanks(r.scores, candidate, 5).map((k) => r.ids[k]!));
          const measures = measuresBySet(notes, shown);
          if (recallFloor && [...measures].some(([set, m]) => m.recall < (recallFloor.get(set) ?? 0) - 1e-9)) continue;
          const objective = objectiveOf(meanOf([...measures.values()]));
          if (objective < best.objective - 1e-12) best = { objective, c: candidate };
        }
  return best.c;
}

/** How the per-term calibration on judged notes is fitted (suggest15, step 3). */
export interface TermCalibration {
  /** Each term's shift is pulled towards 0 as by this many notes' worth of evidence. */
  readonly ridge: number;
  /** Only these terms are shifted (absent: every term). */
  readonly terms?: ReadonlySet<string>;
  /** Only shifts down are kept: a term the judges choose less often than the combination predicts. */
  readonly downOnly: boolean;
}

/** The combination with each term's offset shifted to fit the judged notes' choices (Newton's method on the term's first-stage logit, with a ridge). */
export function calibrateTerms(
  index: ProfileIndex,
  notes: readonly JudgedNote[],
  c: CombineParameters,
  options: TermCalibration,
): CombineParameters {
  const termBias: Record<string, number> = { ...c.termBias };
  for (const profile of index.profiles) {
    const id = profile.term.id as string;
    if (options.terms && !options.terms.has(id)) continue;
    const rows = notes.map(({ note, evidence: e }) => ({
      z: firstStageLogit(
        c,
        e.modelScores.get(id)?.logit ?? c.unmodelledLogit,
        e.bm25.get(id)?.score ?? 0,
        e.votes.get(id) ?? 0,
        id,
        e.bayes.get(id) ?? 0,
      ),
      y: note.terms.includes(id) ? 1 : 0,
    }));
    let delta = 0;
    for (let iteration = 0; iteration < 20; iteration++) {
      let g = options.ridge * delta;
      let h = options.ridge;
      for (const { z, y } of rows) {
        const p = 1 / (1 + Math.exp(-(z + delta)));
        g += p - y;
        h += p * (1 - p);
      }
      delta -= g / h;
    }
    if (options.downOnly) delta = Math.min(0, delta);
    termBias[id] = (termBias[id] ?? 0) + delta;
  }
  return { ...c, termBias };
}
