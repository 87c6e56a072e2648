// Chooses the suggestion model's training parameters, how its logit combines with BM25F, and when
// a term is shown. Everything is chosen on the training notes (data/suggest-train/) by five-fold
// cross-validation: each note is scored by a model that never saw it (out of fold), the combination
// (a logistic regression on the out-of-fold logit and BM25F) is fitted on those scores, and the
// thresholds are scored on them. The development half of the labelled set (s-001…s-030) is scored
// beside them, with the model trained on all training notes, as a check; the held-out half is never
// read here. Chosen settings are set by hand in scripts/suggestion-training.ts
// (DEFAULT_TRAINING_PARAMETERS) and src/suggest/combine.ts (DEFAULT_COMBINE_PARAMETERS).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/tune-model.ts [--quick] [--dir DIR]
//     [--train GRID] [--per-term RIDGES] [--wrong-weight W] [--rerank DEPTHS] [--first-min FLOORS] [--cache FILE]
//     [--knn KS] [--knn-power PS] [--knn-floor FS] [--knn-kept M] [--nb-alpha AS] [--min-score FS] [--min-share SS]
//     [--prev-share SS] [--tail-min FS] [--third-min FS] [--write] [--score-sets]
// Prints, per training setting: the fitted combination, then the best thresholds by the folds'
// distance to the goals, with recall@5 / precision@3 of shown / a wrong term in the top 3 on the
// folds and on the dev half. On the folds a wrong term is a named one (the `wrong` list of the
// notes that have one, writers I and J on: the measure the goal judges), printed with the share of
// notes with any term not chosen; training notes without such a list count, as before, a note
// labelled with no term that gets a suggestion (`neg`). --wrong-weight weighs a term's rows on the
// notes that name it wrong that many times in the fit of the combination and the offsets;
// --rerank fits the second stage (src/suggest/rerank.ts) over that many of the best terms
// (0: none) on the same out-of-fold scores; --cache keeps the out-of-fold scores of a training
// setting in FILE, so trying combinations does not train again. --knn adds the vote of the k nearest
// training notes (src/suggest/neighbours.ts) as a third column of the combination, ln(floor + vote):
// out of fold, each note's neighbours come from an index of the other four folds (over the features
// of the model trained on all notes, as the generated index is), the dev half's from the index of
// all; --knn-kept is how many features each training note keeps in the index. --nb-alpha adds naive
// Bayes over that index's features (src/suggest/naive-bayes.ts) as a further column, out of fold from
// the same four-fold indexes. --prev-share tries shares of the one above under which the second or
// third is not shown (combine.ts, topShareOfPrevious), beside the floors --min-score and --min-share;
// --tail-min the floors of the fourth and fifth (tailMinScore), shown only when the top 3 are;
// --third-min the floors of the third (thirdMinScore).
// --score-sets also scores the selection sets (scripts/suggestion-selection-sets.ts: the dev half and
// labelled2-6, never the held-out half) with the model, index and combination of each training
// setting, as suggestTerms would rank with them written, and ends with the mean over the training
// settings: with --train '{"seed":[15,16,17,18]}' (and no --quick) a design is scored as the mean
// over four shuffles of its notes, since one shuffle's luck moves the figures as much as most
// designs differ (docs/suggestion-rounds.md, "The noise first").
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { LATEST_VERSION, listTerms } from '../src/index.js';
import {
  combineEvidence,
  DEFAULT_COMBINE_PARAMETERS,
  evidenceFor,
  firstStageLogit,
  scaledBayes,
  type CombineParameters,
} from '../src/suggest/combine.js';
import { dutchWords } from '../src/suggest/dutch-words.js';
import {
  buildNeighbourIndex,
  loadNeighbourIndex,
  nearestNotes,
  neighbourFeatures,
  votesOf,
  KEPT_FEATURES,
  featureShare,
  scaleVotes,
  type NeighbourIndex,
} from '../src/suggest/neighbours.js';
import { featuresOfWords } from '../src/suggest/note-features.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { buildNeighbourData, keptFeatures, renderNeighbourModule } from './suggestion-neighbours.js';
import { DEFAULT_RANK_PARAMETERS, type Suggestion } from '../src/suggest/rank.js';
import { labelLift, rerankFeatures, type RerankParameters } from '../src/suggest/rerank.js';
import { loadTermModel, type ModelScore, type TermModelData } from '../src/suggest/term-model.js';
import { buildProfileIndex, type ProfileIndex } from '../src/suggest/term-profiles.js';
import { LABELLED_VERSION, readLabelledNotes, scoreSuggestions, selectHalf, type LabelledNote } from './suggestion-score.js';
import {
  DEFAULT_TRAINING_PARAMETERS,
  renderModelModule,
  trainTermModel,
  type TrainingNote,
  type TrainingParameters,
} from './suggestion-training.js';
import { solveLinear } from './solve-linear.js';
import { readTrainingDir, TRAINING_DIR } from './train-suggestions.js';
import {
  formatMeasures,
  meanOf,
  objectiveOf,
  readSelectionSets,
  type SelectionSet,
  type SetMeasures,
} from './suggestion-selection-sets.js';

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    dir: { type: 'string' },
    train: { type: 'string' },
    top: { type: 'string', default: '5' },
    // Writes the best combination of the first training setting and ridge to src/generated/suggestion-combination.ts.
    write: { type: 'boolean', default: false },
    // Ridge of the per-term offsets (in notes); 0 fits none.
    'per-term': { type: 'string', default: '0' },
    'wrong-weight': { type: 'string', default: '1' },
    rerank: { type: 'string', default: '0' },
    cache: { type: 'string' },
    // The floors of the best term to try (comma-separated): the grid's firstMinScore.
    'first-min': { type: 'string', default: '0.05,0.1,0.2,0.3,0.4' },
    // Nearest training notes as a third kind of evidence (src/suggest/neighbours.ts): the k values
    // to try (0: none), the power of the similarity, and the floor of ln(floor + vote).
    knn: { type: 'string', default: '0' },
    'knn-power': { type: 'string', default: '2' },
    'knn-floor': { type: 'string', default: '0.02' },
    // How many features each training note keeps in the index.
    'knn-kept': { type: 'string', default: String(KEPT_FEATURES) },
    // Fewer in the top 3 (combine.ts, topShareOfPrevious): the shares of the one above to try.
    'prev-share': { type: 'string' },
    // The floors of the fourth and fifth to try (combine.ts, tailMinScore); absent: minScore.
    'tail-min': { type: 'string' },
    // The floors of the third to try (combine.ts, thirdMinScore); absent: none beyond minScore.
    'third-min': { type: 'string' },
    // How much a training note of the labelled sets' length counts in the fit of the combination,
    // the offsets and the second stage, beside the short ones (1: the same); a list tries each.
    'fit-long-weight': { type: 'string', default: '1' },
    // Naive Bayes over the neighbour index's features (src/suggest/naive-bayes.ts) as a fourth
    // column of the combination: the smoothings to try.
    'nb-alpha': { type: 'string' },
    // The shares of the best every term needs (minShareOfBest) and the floors of the others to try.
    'min-share': { type: 'string', default: '0,0.2,0.35,0.5' },
    'min-score': { type: 'string', default: '0.05,0.1,0.15,0.2,0.3' },
    'score-sets': { type: 'boolean', default: false },
    // Writers whose notes count more, e.g. K=2,L=2,M=2 (train-suggestions.ts, WRITER_WEIGHTS; absent: those).
    'writer-weight': { type: 'string' },
  },
});
const FOLDS = 5;
/** `K=2,L=2` as weights by writer; exits naming the option on anything else. */
function writerWeightsOf(list: string): Record<string, number> {
  return Object.fromEntries(
    list.split(',').map((pair) => {
      const [writer, weight] = pair.split('=');
      if (!/^[A-Z]$/.test(writer ?? '') || !/^\d+$/.test(weight ?? '')) {
        console.error(`--writer-weight: expected WRITER=WEIGHT pairs such as K=2,L=2, got '${pair}'`);
        process.exit(2);
      }
      return [writer!, Number(weight)];
    }),
  );
}
const COMBINATION_MODULE = fileURLToPath(new URL('../src/generated/suggestion-combination.ts', import.meta.url));

function renderCombinationModule(
  c: CombineParameters,
  t: TrainingParameters,
  perTerm: number,
  wrongWeight: number,
  knn?: { k: number; power: number; kept: number },
  longWeight = 1,
): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const terms = Object.entries(c.termBias)
    .map(([id, bias]) => `    ${JSON.stringify(id)}: ${bias},`)
    .join('\n');
  return `// Generated by packages/taxonomy/scripts/tune-model.ts --write from the out-of-fold scores of the
// training notes in data/suggest-train/ (${training.length} notes, ${FOLDS} folds, training ${JSON.stringify({ l2: t.l2, epochs: t.epochs, classWeightPower: t.classWeightPower, hardNegativeWeight: t.hardNegativeWeight, grams: t.grams, prune: t.prune })},
// per-term ridge ${perTerm}, named-wrong rows weighed ${wrongWeight}${longWeight !== 1 ? `, notes of ${LONG_NOTE_WORDS} words on weighed ${longWeight}` : ''}${knn ? `, neighbours ${JSON.stringify(knn)}` : ''}) and the development half of the labelled set. Do not edit: run it again (README, "Suggestions").
import type { CombineParameters } from '../suggest/combine.js';

export const SUGGESTION_COMBINATION: CombineParameters = {
  modelScale: ${round(c.modelScale)},
  bm25Scale: ${round(c.bm25Scale)},
  bias: ${round(c.bias)},${c.naiveBayes ? `\n  naiveBayes: { scale: ${round(c.naiveBayes.scale)}, alpha: ${c.naiveBayes.alpha} },` : ''}${c.neighbourScale ? `\n  neighbourScale: ${round(c.neighbourScale)},\n  neighbourFloor: ${c.neighbourFloor},` : ''}
  termBias: {
${terms}
  },
  unmodelledLogit: ${c.unmodelledLogit},
  minScore: ${c.minScore},
  firstMinScore: ${c.firstMinScore},
  minShareOfBest: ${c.minShareOfBest},${c.topShareOfPrevious ? `\n  topShareOfPrevious: ${c.topShareOfPrevious},` : ''}${c.tailMinScore !== undefined ? `\n  tailMinScore: ${c.tailMinScore},` : ''}${c.thirdMinScore !== undefined ? `\n  thirdMinScore: ${c.thirdMinScore},` : ''}${c.rerank ? `\n  rerank: ${renderRerank(c.rerank)},` : ''}
};
`;
}
function renderRerank(r: RerankParameters): string {
  const round = (x: number) => Math.round(x * 1000) / 1000;
  const facets = Object.entries(r.sameFacet).map(([f, w]) => `      ${JSON.stringify(f)}: ${round(w)},`);
  const lift = Object.entries(r.lift).map(([pair, w]) => `      ${JSON.stringify(pair)}: ${w},`);
  return `{
    depth: ${r.depth},
    logitScale: ${round(r.logitScale)},
    bias: ${round(r.bias)},
    together: ${round(r.together)},
    sameFacet: {
${facets.join('\n')}
    },
    lift: {
${lift.join('\n')}
    },
  }`;
}
const file = fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const dev = selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), 'dev');
const training = readTrainingDir(args.dir ?? TRAINING_DIR, args['writer-weight'] ? writerWeightsOf(args['writer-weight']) : undefined);
const devIndex = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));
// The training notes are labelled with the revised vocabulary's ids.
const trainingIndex = buildProfileIndex(listTerms({ version: LATEST_VERSION }));

const grid = <T extends object>(base: T, axes: { [K in keyof T]?: readonly T[K][] }): T[] =>
  Object.entries(axes).reduce<T[]>(
    (settings, [key, values]) => settings.flatMap((s) => (values as unknown[]).map((v) => ({ ...s, [key]: v }))),
    [base],
  );

type Evidence = ReturnType<typeof evidenceFor>;
interface Measures {
  recall: number;
  precision: number;
  /** Notes with a named wrong term in the top 3 (on the folds: of the notes that name likely mistakes). */
  wrong: number;
  /** Notes with any term not chosen in the top 3. */
  anyWrong: number;
  /** Share of the notes labelled with no term that get any suggestion (folds only). */
  negativesShown: number;
  objective: number;
}

function measure(
  index: ProfileIndex,
  notes: readonly LabelledNote[],
  evidence: readonly Evidence[],
  c: CombineParameters,
  folds: boolean,
): Measures {
  const labelled = notes.filter((n) => n.terms.length > 0);
  const at = new Map(notes.map((n, i) => [n.id, evidence[i]!]));
  const rank = (id: string) => {
    const e = at.get(id)!;
    return combineEvidence(index, e.bm25, e.modelScores, 5, c, e.votes, e.bayes).map((x) => x.term.id as string);
  };
  const byText = new Map(labelled.map((n) => [n.text, n.id]));
  const s = scoreSuggestions(labelled, (text) => rank(byText.get(text)!));
  const recall = s.foundInTop5 / s.chosen;
  const precision = s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3;
  if (!folds) {
    const wrong = s.notesWithNamedWrongInTop3 / s.notes;
    const objective = Math.max(0, 0.8 - recall) + Math.max(0, 0.6 - precision) + Math.max(0, wrong - 0.1);
    return { recall, precision, wrong, anyWrong: s.notesWithNonChosenInTop3 / s.notes, negativesShown: 0, objective };
  }
  // The goal's third measure on the notes whose writers named likely mistakes (all of them, with
  // or without a term); the notes of earlier writers name none, so for them a note labelled with
  // no term that gets a suggestion counts as one with a wrong term, as before.
  const judged = notes.filter((n) => namesMistakes.has(n.id));
  const namedWrong = judged.filter((n) =>
    rank(n.id)
      .slice(0, 3)
      .some((t) => n.wrong.includes(t)),
  ).length;
  const negatives = notes.filter((n) => n.terms.length === 0 && !namesMistakes.has(n.id));
  const negativesShown = negatives.length === 0 ? 0 : negatives.filter((n) => rank(n.id).length > 0).length / negatives.length;
  const wrong = judged.length === 0 ? 0 : namedWrong / judged.length;
  const unjudged = notes.length - judged.length;
  const wrongPart =
    (judged.length * Math.max(0, wrong - 0.1) + unjudged * Math.max(0, (negativesShown * negatives.length) / Math.max(1, unjudged) - 0.1)) /
    notes.length;
  const objective = Math.max(0, 0.8 - recall) + Math.max(0, 0.6 - precision) + wrongPart;
  return { recall, precision, wrong, anyWrong: s.notesWithNonChosenInTop3 / s.notes, negativesShown, objective };
}

/** Fits σ(a·logit + b·ln(1 + bm25) + c) to the out-of-fold evidence by Newton's method. */
function fitCombination(
  index: ProfileIndex,
  notes: readonly TrainingNote[],
  evidence: readonly Evidence[],
  unmodelled: number,
  perTerm: number,
  wrongWeight: number,
  floor?: number,
  alpha?: number,
  noteWeight: (note: TrainingNote) => number = () => 1,
) {
  // A term named wrong for a note is a row that counts wrongWeight times.
  // Columns: model logit, ln(1 + BM25F), 1, with neighbours ln(floor + vote), with naive Bayes its score.
  const rows: { x: number[]; y: number; weight: number }[] = [];
  notes.forEach((note, i) => {
    const e = evidence[i]!;
    for (const profile of index.profiles) {
      const id = profile.term.id as string;
      const logit = e.modelScores.get(id)?.logit ?? unmodelled;
      const weight = (note.wrong?.includes(id) ? wrongWeight : 1) * noteWeight(note);
      const x = [logit, Math.log1p(e.bm25.get(id)?.score ?? 0), 1];
      if (floor !== undefined) x.push(Math.log(floor + (e.votes.get(id) ?? 0)));
      if (alpha !== undefined) x.push(e.bayes.get(id) ?? 0);
      rows.push({ x, y: note.terms.includes(id) ? 1 : 0, weight });
    }
  });
  const n = 3 + (floor === undefined ? 0 : 1) + (alpha === undefined ? 0 : 1);
  let w = [1, 0, 0, 0, 0].slice(0, n);
  const ridge = 1e-3;
  const dot = (x: number[]) => x.reduce((sum, xj, j) => sum + w[j]! * xj, 0);
  for (let iteration = 0; iteration < 30; iteration++) {
    const g = w.map(() => 0);
    const h = w.map((_, j) => w.map((__, k) => (j === k ? ridge : 0)));
    for (const { x, y, weight } of rows) {
      const p = 1 / (1 + Math.exp(-dot(x)));
      for (let j = 0; j < n; j++) {
        g[j]! += weight * (p - y) * x[j]!;
        for (let k = 0; k < n; k++) h[j]![k]! += weight * p * (1 - p) * x[j]! * x[k]!;
      }
    }
    const step = solveLinear(h, g);
    w = w.map((wj, j) => wj - step[j]!);
  }
  const termBias: Record<string, number> = {};
  if (perTerm > 0) {
    index.profiles.forEach((profile, t) => {
      const own = rows.filter((_, r) => r % index.profiles.length === t);
      let delta = 0;
      for (let iteration = 0; iteration < 15; iteration++) {
        let g = perTerm * delta;
        let h = perTerm;
        for (const { x, y, weight } of own) {
          const p = 1 / (1 + Math.exp(-(dot(x) + delta)));
          g += weight * (p - y);
          h += weight * p * (1 - p);
        }
        delta -= g / h;
      }
      termBias[profile.term.id] = Math.round(delta * 1000) / 1000;
    });
  }
  return {
    modelScale: w[0]!,
    bm25Scale: w[1]!,
    bias: w[2]!,
    termBias,
    ...(floor === undefined ? {} : { neighbourScale: w[3]!, neighbourFloor: floor }),
    ...(alpha === undefined ? {} : { naiveBayes: { scale: w[n - 1]!, alpha } }),
  };
}

/**
 * Fits the second stage (src/suggest/rerank.ts) by Newton's method on the out-of-fold evidence:
 * for each note, the `depth` best terms of the first stage, each labelled chosen or not (a term the
 * note names wrong counting wrongWeight times).
 */
function fitRerank(
  index: ProfileIndex,
  notes: readonly TrainingNote[],
  evidence: readonly Evidence[],
  c: CombineParameters,
  depth: number,
  wrongWeight: number,
  lift: Record<string, number>,
  noteWeight: (note: TrainingNote) => number = () => 1,
): RerankParameters {
  const facets = [...new Set(index.profiles.map((p) => p.term.facet as string))].sort();
  // Columns: own logit, bias, together, then one a facet. (The best term's logit as a column as
  // well lifted every term of a clip with weak evidence over the threshold: left out.)
  const rows: { x: number[]; y: number; weight: number }[] = [];
  notes.forEach((note, i) => {
    const e = evidence[i]!;
    const candidates = index.profiles
      .map((profile) => {
        const id = profile.term.id as string;
        const logit = firstStageLogit(
          c,
          e.modelScores.get(id)?.logit ?? c.unmodelledLogit,
          e.bm25.get(id)?.score ?? 0,
          e.votes.get(id) ?? 0,
          id,
          e.bayes.get(id) ?? 0,
        );
        return { id, facet: profile.term.facet as string, logit };
      })
      .sort((a, b) => b.logit - a.logit)
      .slice(0, depth);
    rerankFeatures(candidates, lift).forEach((f, k) => {
      const x = [f.own, 1, f.together, ...facets.map((facet) => (facet === f.facet ? f.sameFacet : 0))];
      const id = candidates[k]!.id;
      rows.push({ x, y: note.terms.includes(id) ? 1 : 0, weight: (note.wrong?.includes(id) ? wrongWeight : 1) * noteWeight(note) });
    });
  });
  const n = 3 + facets.length;
  let w = [1, 0, 0, ...facets.map(() => 0)];
  for (let iteration = 0; iteration < 25; iteration++) {
    const g = w.map((wj) => 1e-2 * wj);
    const h = w.map((_, j) => w.map((__, k) => (j === k ? 1e-2 : 0)));
    for (const { x, y, weight } of rows) {
      let z = 0;
      for (let j = 0; j < n; j++) z += w[j]! * x[j]!;
      const p = 1 / (1 + Math.exp(-z));
      for (let j = 0; j < n; j++) {
        if (x[j] === 0) continue;
        g[j]! += weight * (p - y) * x[j]!;
        for (let k = 0; k < n; k++) h[j]![k]! += weight * p * (1 - p) * x[j]! * x[k]!;
      }
    }
    const step = solveLinear(h, g);
    w = w.map((wj, j) => wj - step[j]!);
  }
  return {
    depth,
    logitScale: w[0]!,
    bias: w[1]!,
    together: w[2]!,
    sameFacet: Object.fromEntries(facets.map((f, j) => [f, Math.round(w[3 + j]! * 1000) / 1000])),
    lift,
  };
}

/** Out-of-fold evidence as the cache keeps it: per note, BM25F scores and model logits by term id. */
interface StoredEvidence {
  bm25: Record<string, number>;
  logits: Record<string, number>;
}
const store = (e: Evidence): StoredEvidence => ({
  bm25: Object.fromEntries([...e.bm25].map(([id, s]) => [id, s.score])),
  logits: Object.fromEntries([...e.modelScores].map(([id, s]) => [id, s.logit])),
});
// Scores only: the words behind a suggestion are not needed to measure it.
const restore = (e: StoredEvidence): Evidence => ({
  bm25: new Map(Object.entries(e.bm25).map(([id, score]) => [id, { score, matched: [], hits: 0 } as unknown as Suggestion])),
  modelScores: new Map(
    Object.entries(e.logits).map(([id, logit]): [string, ModelScore] => [
      id,
      { logit, probability: 1 / (1 + Math.exp(-logit)), because: () => [] },
    ]),
  ),
  votes: new Map(),
  bayes: new Map(),
  // The character grams and the focus are weighed by the selection-set fit after this one (ranking-evidence.ts), not here.
  likeness: new Map(),
  focus: new Map(),
});

// --train '{"l2":[0.0001,0.001]}' tries those values (each axis of the grid); --quick the defaults only.
const trainings = args.quick
  ? [DEFAULT_TRAINING_PARAMETERS]
  : grid(
      DEFAULT_TRAINING_PARAMETERS,
      args.train ? JSON.parse(args.train) : { l2: [1e-4, 1e-3], positiveWeight: [2, 4], classWeightPower: [0, 0.5] },
    );
const numbers = (list: string) => list.split(',').map(Number);
/** A training note from this many words on is as long as the labelled sets' notes (70-130 words; A-J's are mostly 30-60). */
const LONG_NOTE_WORDS = 70;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
const thresholds = grid<CombineParameters>(
  {
    ...DEFAULT_COMBINE_PARAMETERS,
    naiveBayes: undefined,
    topShareOfPrevious: undefined,
    tailMinScore: undefined,
    thirdMinScore: undefined,
  },
  {
    minScore: numbers(args['min-score']),
    firstMinScore: numbers(args['first-min']),
    minShareOfBest: numbers(args['min-share']),
    ...(args['prev-share'] ? { topShareOfPrevious: numbers(args['prev-share']) } : {}),
    ...(args['tail-min'] ? { tailMinScore: numbers(args['tail-min']) } : {}),
    ...(args['third-min'] ? { thirdMinScore: numbers(args['third-min']) } : {}),
  },
);
const asLabelled = training.map((n) => ({ id: n.id, text: n.text, terms: n.terms, wrong: n.wrong ?? [] }));
const namesMistakes = new Set(training.filter((n) => n.wrong !== undefined).map((n) => n.id));
const wrongWeights = args['wrong-weight'].split(',').map(Number);
const depths = args.rerank.split(',').map(Number);
const lift = labelLift(training.map((n) => n.terms));
const fmt = (m: Measures) => `${m.recall.toFixed(3)} ${m.precision.toFixed(3)} ${m.wrong.toFixed(3)} (any ${m.anyWrong.toFixed(2)})`;
const cache: Record<string, { oof: StoredEvidence[]; size: string }> =
  args.cache && existsSync(args.cache) ? JSON.parse(readFileSync(args.cache, 'utf8')) : {};

// The nearest training notes of each note, out of fold (an index without the note's fold), and of
// each dev note (an index of all): independent of the model, so found once.
const ks = args.knn.split(',').map(Number);
const maxK = Math.max(...ks);
const knnSettings = ks.flatMap((k) =>
  k === 0
    ? [{ k: 0, power: 0, floor: undefined as number | undefined }]
    : args['knn-power']
        .split(',')
        .flatMap((power) => args['knn-floor'].split(',').map((floor) => ({ k, power: Number(power), floor: Number(floor) }))),
);

const selectionSets = args['score-sets'] ? readSelectionSets() : new Map<SelectionSet, LabelledNote[]>();
/** Per scoring of the selection sets (a training setting × a combination setting), each note × term's model and first-stage logits. */
const selectionLogits: number[][] = [];
/** Per setting of the combination (knn, smoothing, ridge, wrong weight, depth), per training setting, the selection sets' measures. */
const selectionRuns = new Map<string, { training: string; sets: Map<SelectionSet, SetMeasures> }[]>();
/**
 * The selection sets scored by a trained model, its neighbour index and naive Bayes, and each of the
 * combinations (the same fit under different thresholds), as suggestTerms ranks: a note's evidence is
 * worked out once, since only the thresholds differ.
 */
function scoreSelectionSets(
  full: ReturnType<typeof loadTermModel>,
  cs: readonly CombineParameters[],
  neighbours: NeighbourIndex | undefined,
  alpha: number | undefined,
): Map<SelectionSet, SetMeasures>[] {
  const nb = neighbours && alpha !== undefined ? { nb: naiveBayesOf(neighbours), alpha } : undefined;
  const evidence = new Map(
    [...selectionSets].map(([name, notes]) => [
      name,
      new Map(
        notes.map((n) => [
          n.text,
          evidenceFor(n.text, devIndex, full, DEFAULT_RANK_PARAMETERS, cs[0]!.neighbourScale ? neighbours : undefined, nb),
        ]),
      ),
    ]),
  );
  // How steady the learners are: each selection note's model logit and first-stage logit of every
  // term under this training setting, compared across the settings (the seeds) at the end.
  const logits: number[] = [];
  const c0 = cs[0]!;
  for (const [name, notes] of selectionSets)
    for (const n of notes) {
      const e = evidence.get(name)!.get(n.text)!;
      for (const profile of devIndex.profiles) {
        const id = profile.term.id as string;
        const logit = e.modelScores.get(id)?.logit ?? c0.unmodelledLogit;
        logits.push(logit, firstStageLogit(c0, logit, e.bm25.get(id)?.score ?? 0, e.votes.get(id) ?? 0, id, e.bayes.get(id) ?? 0));
      }
    }
  selectionLogits.push(logits);
  return cs.map(
    (c) =>
      new Map(
        [...selectionSets].map(([name, notes]) => {
          const s = scoreSuggestions(notes, (text) => {
            const e = evidence.get(name)!.get(text)!;
            if (e.bm25.size === 0 && e.modelScores.size === 0) return [];
            return combineEvidence(devIndex, e.bm25, e.modelScores, 5, c, e.votes, e.bayes).map((x) => x.term.id as string);
          });
          const measures: SetMeasures = {
            recall: s.foundInTop5 / s.chosen,
            precision: s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3,
            wrong: s.notesWithNamedWrongInTop3 / s.notes,
          };
          return [name, measures];
        }),
      ),
  );
}

const oofQuery: Map<string, number>[] = [];
let devQuery: Map<string, number>[] = [];
let oofNearest: [number, number][][] = [];
let devNearest: [number, number][][] = [];
const oofShare: number[] = [];
let devShare: number[] = [];
let fullNeighbours: NeighbourIndex | undefined;
const foldIndexes: NeighbourIndex[] = [];
let neighboursSize = '';
/** Finds the nearest notes of each training note (out of fold) and dev note, over the features of this model. */
function findNeighbours(fullModelData: TermModelData): void {
  // The index keeps the full model's features (as the generated one does): the out-of-fold index has
  // the features of its four folds' notes, chosen by a model that saw the fifth (the vocabulary only).
  const fullModel = fullModelData && loadTermModel(fullModelData);
  const queryFeatures = (text: string) => {
    const m = fullModel!;
    return neighbourFeatures(featuresOfWords(dutchWords(text), m).values, m.byFeature);
  };
  oofNearest = [];
  devNearest = [];
  fullNeighbours = undefined;
  foldIndexes.length = 0;
  if (maxK > 0) {
    const started = Date.now();
    for (let fold = 0; fold < FOLDS; fold++) {
      const kept = training.filter((_, i) => i % FOLDS !== fold);
      const values = keptFeatures(kept, fullModelData!, Number(args['knn-kept']));
      const index = buildNeighbourIndex(
        kept.map((n, j) => ({ values: values[j]!, terms: n.terms, ...(n.weight === undefined ? {} : { weight: n.weight }) })),
      );
      foldIndexes.push(index);
      training.forEach((n, i) => {
        if (i % FOLDS === fold) {
          const query = queryFeatures(n.text);
          oofQuery[i] = query;
          oofNearest[i] = nearestNotes(index, query, maxK);
          oofShare[i] = featureShare(query);
        }
      });
    }
    const data = buildNeighbourData(training, fullModelData!, undefined, Number(args['knn-kept']));
    fullNeighbours = loadNeighbourIndex(data, fullModelData!.features);
    devQuery = dev.map((n) => queryFeatures(n.text));
    devNearest = dev.map((n, i) => nearestNotes(fullNeighbours!, devQuery[i]!, maxK));
    devShare = dev.map((n) => featureShare(queryFeatures(n.text)));
    const few = oofShare.filter((x) => x < 1).length;
    console.log(`${few} training notes and ${devShare.filter((x) => x < 1).length} dev notes have fewer than MIN_FEATURES`);
    neighboursSize = `neighbours found in ${((Date.now() - started) / 1000).toFixed(0)} s; index ${(gzipSync(renderNeighbourModule(data)).length / 1024).toFixed(1)} kB gzipped`;
  }
}

for (const t of trainings) {
  const started = Date.now();
  const key = `${training.length} ${JSON.stringify(t)}`;
  let oof: Evidence[] = [];
  const fullData = trainTermModel(training, t as TrainingParameters);
  const full = loadTermModel(fullData);
  if (maxK > 0) findNeighbours(fullData);
  const size = `${fullData.features.length} features, ${fullData.terms.reduce((n, x) => n + x.weights.length / 2, 0)} weights, ${(gzipSync(renderModelModule(fullData)).length / 1024).toFixed(1)} kB gzipped`;
  if (cache[key]) oof = cache[key].oof.map(restore);
  else {
    for (let fold = 0; fold < FOLDS; fold++) {
      const model = loadTermModel(
        trainTermModel(
          training.filter((_, i) => i % FOLDS !== fold),
          t as TrainingParameters,
        ),
      );
      training.forEach((n, i) => {
        if (i % FOLDS === fold) oof[i] = evidenceFor(n.text, trainingIndex, model);
      });
    }
    if (args.cache) {
      cache[key] = { oof: oof.map(store), size };
      writeFileSync(args.cache, JSON.stringify(cache));
      oof = cache[key].oof.map(restore);
    }
  }
  const devEvidence: Evidence[] = dev.map((n) => evidenceFor(n.text, devIndex, full));
  console.log(`\n${JSON.stringify(t)} (${((Date.now() - started) / 1000).toFixed(0)} s; ${size}) ${neighboursSize}`);
  const alphas = args['nb-alpha'] ? numbers(args['nb-alpha']) : [undefined];
  for (const knn of knnSettings)
    for (const alpha of alphas)
      for (const perTerm of args['per-term'].split(',').map(Number))
        for (const wrongWeight of wrongWeights)
          for (const longWeight of numbers(args['fit-long-weight']))
            for (const depth of depths) {
              const noteWeight = (note: TrainingNote) => (wordCount(note.text) >= LONG_NOTE_WORDS ? longWeight : 1);
              if (knn.k > 0) {
                const p = { k: knn.k, power: knn.power };
                oof.forEach((e, i) => (e.votes = scaleVotes(votesOf(foldIndexes[i % FOLDS]!, oofNearest[i]!, p), oofShare[i]!)));
                devEvidence.forEach((e, i) => (e.votes = scaleVotes(votesOf(fullNeighbours!, devNearest[i]!, p), devShare[i]!)));
                console.log(`neighbours k ${knn.k}, power ${knn.power}, floor ${knn.floor}`);
              } else {
                oof.forEach((e) => (e.votes = new Map()));
                devEvidence.forEach((e) => (e.votes = new Map()));
              }
              if (alpha !== undefined) {
                const nbs = foldIndexes.map((index) => naiveBayesOf(index));
                const nbAll = naiveBayesOf(fullNeighbours!);
                oof.forEach((e, i) => (e.bayes = scaledBayes(nbs[i % FOLDS]!, oofQuery[i]!, alpha)));
                devEvidence.forEach((e, i) => (e.bayes = scaledBayes(nbAll, devQuery[i]!, alpha)));
                console.log(`naive Bayes alpha ${alpha}`);
              } else {
                oof.forEach((e) => (e.bayes = new Map()));
                devEvidence.forEach((e) => (e.bayes = new Map()));
              }
              const fitted = fitCombination(
                trainingIndex,
                training,
                oof,
                DEFAULT_COMBINE_PARAMETERS.unmodelledLogit,
                perTerm,
                wrongWeight,
                knn.floor,
                alpha,
                noteWeight,
              );
              const base = { ...DEFAULT_COMBINE_PARAMETERS, naiveBayes: undefined, ...fitted, rerank: undefined };
              const rerank = depth > 0 ? fitRerank(trainingIndex, training, oof, base, depth, wrongWeight, lift, noteWeight) : undefined;
              const results = thresholds.map((c) => {
                const combined = { ...c, ...fitted, rerank };
                return {
                  c: combined,
                  folds: measure(trainingIndex, asLabelled, oof, combined, true),
                  dev: measure(devIndex, dev, devEvidence, combined, false),
                };
              });
              const all = {
                ...base,
                rerank,
                minScore: 0,
                firstMinScore: 0,
                minShareOfBest: 0,
                topShareOfPrevious: undefined,
                tailMinScore: undefined,
                thirdMinScore: undefined,
              };
              const unranked = {
                folds: measure(trainingIndex, asLabelled, oof, all, true),
                dev: measure(devIndex, dev, devEvidence, all, false),
              };
              results.sort((a, b) => a.folds.objective + a.dev.objective - (b.folds.objective + b.dev.objective));
              const round = (x: number) => Math.round(x * 1000) / 1000;
              const { lift: _lift, ...second } = rerank ?? { lift: {} };
              console.log(
                `per-term ridge ${perTerm}, wrong weight ${wrongWeight}, long notes weigh ${longWeight}, rerank ${depth}: fitted ${JSON.stringify({ modelScale: round(fitted.modelScale), bm25Scale: round(fitted.bm25Scale), bias: round(fitted.bias), neighbourScale: round(fitted.neighbourScale ?? 0), naiveBayes: round(fitted.naiveBayes?.scale ?? 0) })}` +
                  (rerank ? ` second stage ${JSON.stringify(second, (_k, v: unknown) => (typeof v === 'number' ? round(v) : v))}` : ''),
              );
              console.log(`  always five    folds ${fmt(unranked.folds)}  dev ${fmt(unranked.dev)}`);
              if (
                args.write &&
                t === trainings[0] &&
                perTerm === Number(args['per-term'].split(',')[0]) &&
                wrongWeight === wrongWeights[0] &&
                longWeight === numbers(args['fit-long-weight'])[0] &&
                depth === depths[0] &&
                knn === knnSettings[0]
              ) {
                writeFileSync(
                  COMBINATION_MODULE,
                  renderCombinationModule(
                    results[0]!.c,
                    t as TrainingParameters,
                    perTerm,
                    wrongWeight,
                    knn.k > 0 ? { k: knn.k, power: knn.power, kept: Number(args['knn-kept']) } : undefined,
                    longWeight,
                  ),
                );
                console.log(`  wrote ${COMBINATION_MODULE} with the first line below`);
              }
              if (args['score-sets']) {
                // Every threshold setting is scored on the selection sets (in the order of the grid), so
                // thresholds can be chosen by the seeds' mean there rather than by the folds.
                const scored = scoreSelectionSets(
                  full,
                  thresholds.map((c) => ({ ...c, ...fitted, rerank })),
                  knn.k > 0 ? fullNeighbours : undefined,
                  alpha,
                );
                scored.forEach((sets, i) => {
                  const c = thresholds[i]!;
                  const shown =
                    thresholds.length === 1
                      ? ''
                      : `, first ${c.firstMinScore} min ${c.minScore} share ${c.minShareOfBest} prev-share ${c.topShareOfPrevious ?? '-'} tail ${c.tailMinScore ?? '-'}${c.thirdMinScore !== undefined ? ` third ${c.thirdMinScore}` : ''}`;
                  const key = `knn ${knn.k}/${knn.power}/${knn.floor}, naive Bayes ${alpha ?? '-'}, per-term ridge ${perTerm}, wrong weight ${wrongWeight}${longWeight !== 1 ? `, long notes weigh ${longWeight}` : ''}, rerank ${depth}${shown}`;
                  selectionRuns.set(key, [...(selectionRuns.get(key) ?? []), { training: JSON.stringify(t), sets }]);
                  const all = meanOf([...sets.values()]);
                  console.log(
                    `  selection sets${shown}: ${[...sets].map(([name, m]) => `${name} ${formatMeasures(m)}`).join('  ')}  mean ${formatMeasures(all)} objective ${objectiveOf(all).toFixed(3)}`,
                  );
                });
              }
              for (const r of results.slice(0, Number(args.top))) {
                console.log(
                  `  sum ${(r.folds.objective + r.dev.objective).toFixed(3)}  folds ${fmt(r.folds)} neg ${r.folds.negativesShown.toFixed(2)}  dev ${fmt(r.dev)}` +
                    `  min ${r.c.minScore} first ${r.c.firstMinScore} share ${r.c.minShareOfBest}` +
                    (r.c.topShareOfPrevious ? ` prev-share ${r.c.topShareOfPrevious}` : '') +
                    (r.c.tailMinScore !== undefined ? ` tail ${r.c.tailMinScore}` : '') +
                    (r.c.thirdMinScore !== undefined ? ` third ${r.c.thirdMinScore}` : ''),
                );
              }
            }
}

// The selection sets' figures of each combination setting, averaged over the training settings (the seeds).
for (const [key, runs] of selectionRuns) {
  console.log(
    `\nselection sets, mean over ${runs.length} training settings (${key}); recall@5 / precision@3 of shown / named wrong in the top 3`,
  );
  for (const name of selectionSets.keys()) {
    const m = meanOf(runs.map((r) => r.sets.get(name)!));
    console.log(`  ${name.padEnd(10)} ${formatMeasures(m)}  objective ${objectiveOf(m).toFixed(3)}`);
  }
  const perRun = runs.map((r) => meanOf([...r.sets.values()]));
  const all = meanOf(perRun);
  console.log(`  ${'mean'.padEnd(10)} ${formatMeasures(all)}  objective ${objectiveOf(all).toFixed(3)}`);
  const objectives = perRun.map((m) => objectiveOf(m));
  console.log(
    `  objective of each training setting's mean: ${objectives.map((o) => o.toFixed(3)).join(', ')} (sd ${sd(objectives).toFixed(3)})`,
  );
}
/** The sample standard deviation. */
function sd(xs: readonly number[]): number {
  if (xs.length < 2) return 0;
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  return Math.sqrt(xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (xs.length - 1));
}
// The spread of the learners themselves: per selection note and term, the sd over the training
// settings (the seeds) of the model's logit and of the first-stage logit, averaged (meaningful when
// the settings differ only in their seed and one combination setting is tried).
if (selectionLogits.length > 1) {
  const spread = (offset: number) => {
    let total = 0;
    let count = 0;
    for (let k = offset; k < selectionLogits[0]!.length; k += 2) {
      total += sd(selectionLogits.map((l) => l[k]!));
      count++;
    }
    return total / count;
  };
  console.log(
    `\nspread over the ${selectionLogits.length} scorings, mean sd a note and term: model logit ${spread(0).toFixed(3)}, first-stage logit ${spread(1).toFixed(3)} (the seeds' spread only where the settings differ in the seed alone)`,
  );
}
