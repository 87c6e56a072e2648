// Does training on notes in the labelled sets' own style help? Leave one set out: fold 2 trains on
// the synthetic notes (data/suggest-train/) + the dev half of the first labelled set (s-001…s-030)
// + labelled3 and is scored on labelled2; fold 3 trains on the synthetic notes + dev half +
// labelled2 and is scored on labelled3. Each setting is compared with the synthetic-only model on
// the same test set. The model, the neighbour index and naive Bayes's counts (read from the index)
// learn from the in-style notes; the combination, the second stage and the per-term offsets are the
// committed ones (src/generated/suggestion-combination.ts, fitted on the synthetic notes' out-of-fold
// scores). The held-out half of the first set is never read.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/leave-one-set-out.ts
//     [--weights 1,2,4,8] [--wrong-weight 1,4] [--first-min 0.05,0.1,0.15,0.2] [--min-score 0.05,0.1]
//     [--prev-share 0.2,0.25,0.3] [--tail-min 0.02]
// Prints, per setting (weight of an in-style note; how many times its `wrong` terms count among
// their negatives): recall@5 / precision@3 of shown / share of notes with a named wrong term in the
// top 3 on each fold and their mean, at the committed thresholds and at the thresholds of the grid
// whose mean over the two folds is nearest the goals (≥ 0.8 / ≥ 0.6 / ≤ 0.1, shortfalls summed).
import { parseArgs } from 'node:util';
import { listTerms } from '../src/index.js';
import { combineEvidence, DEFAULT_COMBINE_PARAMETERS, evidenceFor, type CombineParameters } from '../src/suggest/combine.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { loadNeighbourIndex } from '../src/suggest/neighbours.js';
import { DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';
import { inStyleTrainingNotes, readInStyleSet, type InStyleSet } from './in-style-suggestion-notes.js';
import { buildNeighbourData } from './suggestion-neighbours.js';
import { LABELLED_VERSION, scoreSuggestions, type LabelledNote } from './suggestion-score.js';
import { trainTermModel, type TrainingNote } from './suggestion-training.js';
import { readTrainingDir } from './train-suggestions.js';

const { values: args } = parseArgs({
  options: {
    weights: { type: 'string', default: '1,2,4,8' },
    'wrong-weight': { type: 'string', default: '1,4' },
    'first-min': { type: 'string', default: '0.05,0.1,0.15,0.2' },
    'min-score': { type: 'string', default: '0.05,0.1' },
    'prev-share': { type: 'string', default: '0.2,0.25,0.3' },
    'tail-min': { type: 'string', default: '0.02' },
  },
});
const numbers = (name: keyof typeof args) => {
  const list = String(args[name])
    .split(',')
    .map((x) => Number(x.trim()));
  if (list.some((x) => !Number.isFinite(x) || x < 0)) {
    console.error(`--${name}: expected non-negative numbers separated by commas, got '${args[name]}'`);
    process.exit(2);
  }
  return list;
};

interface Fold {
  readonly test: InStyleSet;
  readonly train: readonly InStyleSet[];
}
const FOLDS: readonly Fold[] = [
  { test: 'labelled2', train: ['dev', 'labelled3'] },
  { test: 'labelled3', train: ['dev', 'labelled2'] },
];

interface Measures {
  readonly recall: number;
  readonly precision: number;
  readonly wrong: number;
}
const objective = (m: Measures) => Math.max(0, 0.8 - m.recall) + Math.max(0, 0.6 - m.precision) + Math.max(0, m.wrong - 0.1);
const mean = (ms: readonly Measures[]): Measures => ({
  recall: ms.reduce((s, m) => s + m.recall, 0) / ms.length,
  precision: ms.reduce((s, m) => s + m.precision, 0) / ms.length,
  wrong: ms.reduce((s, m) => s + m.wrong, 0) / ms.length,
});
const fmt = (m: Measures) => `${m.recall.toFixed(3)} / ${m.precision.toFixed(3)} / ${m.wrong.toFixed(3)}`;

const profileIndex = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));
const synthetic = readTrainingDir();
const committed = DEFAULT_COMBINE_PARAMETERS;
const thresholdGrid: CombineParameters[] = numbers('first-min').flatMap((firstMinScore) =>
  numbers('min-score').flatMap((minScore) =>
    numbers('prev-share').flatMap((topShareOfPrevious) =>
      numbers('tail-min').map((tailMinScore) => ({ ...committed, firstMinScore, minScore, topShareOfPrevious, tailMinScore })),
    ),
  ),
);

/** A test set scored at each threshold setting (the committed ones first) by a model trained on `notes`. */
function scoreAt(notes: readonly TrainingNote[], test: readonly LabelledNote[], settings: readonly CombineParameters[]): Measures[] {
  const data = trainTermModel(notes);
  const model = loadTermModel(data);
  const neighbours = loadNeighbourIndex(buildNeighbourData(notes, data), data.features);
  const nb = { nb: naiveBayesOf(neighbours), alpha: committed.naiveBayes!.alpha };
  const evidence = new Map(test.map((n) => [n.text, evidenceFor(n.text, profileIndex, model, DEFAULT_RANK_PARAMETERS, neighbours, nb)]));
  return settings.map((c) => {
    const s = scoreSuggestions(test, (text) => {
      const e = evidence.get(text)!;
      if (e.bm25.size === 0 && e.modelScores.size === 0) return [];
      return combineEvidence(profileIndex, e.bm25, e.modelScores, 5, c, e.votes, e.bayes).map((x) => x.term.id as string);
    });
    return { recall: s.foundInTop5 / s.chosen, precision: s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3, wrong: s.notesWithNamedWrongInTop3 / s.notes };
  });
}

const settings = [committed, ...thresholdGrid];
const tests = new Map(FOLDS.map((f) => [f.test, readInStyleSet(f.test)]));
console.log(
  `${synthetic.length} synthetic notes; in-style: dev ${readInStyleSet('dev').length}, labelled2 ${tests.get('labelled2')!.length}, labelled3 ${tests.get('labelled3')!.length}; ${thresholdGrid.length} threshold settings`,
);
console.log('recall@5 / precision@3 of shown / named wrong in the top 3 (objective: shortfalls from the goals, summed)');

/** Prints one setting's figures: per fold and mean, at the committed thresholds and at the grid's best by the mean. */
function report(name: string, perFold: readonly Measures[][]): void {
  const atCommitted = perFold.map((f) => f[0]!);
  const means = settings.map((_, s) => mean(perFold.map((f) => f[s]!)));
  let best = 1;
  for (let s = 2; s < settings.length; s++) if (objective(means[s]!) < objective(means[best]!) - 1e-9) best = s;
  const c = settings[best]!;
  console.log(`\n${name}`);
  console.log(
    `  committed thresholds  labelled2 ${fmt(atCommitted[0]!)}  labelled3 ${fmt(atCommitted[1]!)}  mean ${fmt(means[0]!)}  objective ${objective(means[0]!).toFixed(3)}`,
  );
  console.log(
    `  best of the grid      labelled2 ${fmt(perFold[0]![best]!)}  labelled3 ${fmt(perFold[1]![best]!)}  mean ${fmt(means[best]!)}  objective ${objective(means[best]!).toFixed(3)}` +
      `  (first ${c.firstMinScore} others ${c.minScore} prev-share ${c.topShareOfPrevious} tail ${c.tailMinScore})`,
  );
}

const started = Date.now();
// The synthetic-only model is the same for both folds (it is the committed one).
const baseline = FOLDS.map((f) => scoreAt(synthetic, tests.get(f.test)!, settings));
report('synthetic notes only (the committed model)', baseline);
for (const wrongWeight of numbers('wrong-weight'))
  for (const weight of numbers('weights')) {
    const perFold = FOLDS.map((f) => scoreAt([...synthetic, ...inStyleTrainingNotes(f.train, { weight, wrongWeight })], tests.get(f.test)!, settings));
    report(`+ in-style notes weighted ${weight}, their wrong terms counted ${wrongWeight} times among the negatives`, perFold);
  }
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
