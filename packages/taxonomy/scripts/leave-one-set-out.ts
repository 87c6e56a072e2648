// Does training on notes in the labelled sets' own style help? Leave one set out: fold 2 trains on
// the synthetic notes (data/suggest-train/) + the dev half of the first labelled set (s-001…s-030)
// + labelled3 and is scored on labelled2; fold 3 trains on the synthetic notes + dev half +
// labelled2 and is scored on labelled3. Each setting is compared with the synthetic-only model on
// the same test set. Two ways to learn from the in-style notes: the model, the neighbour index and
// naive Bayes's counts (read from the index) train on them, with the combination, the second stage
// and the per-term offsets as tune-model.ts wrote them (src/generated/suggestion-combination.ts,
// fitted on the synthetic notes' out-of-fold scores); or the synthetic-only learners score them and
// each term's offset is fitted to them (--offset-ridges; suggest8 shipped this with ridge 20, and it
// was taken out when fresh judges' sets showed no gain: README, "Suggestions"). The held-out half
// of the first set is never read. The defaults print the figures of the README (about 3 minutes on
// the shared machine; with --average-seeds 15,16,17,18 four times that).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/leave-one-set-out.ts
//     [--model-weights 0,1,2,4,8] [--index-weights 0,1,2,4,8] [--wrong-weight 1,4] [--seeds 16,17,18] [--average-seeds 15,16,17,18]
//     [--offset-ridges 2,5,10,20,40] [--offset-wrong-weight 1]
//     [--first-min 0.05,0.1,0.15,0.2] [--min-score 0.05,0.1] [--prev-share 0.2,0.25,0.3] [--tail-min 0.02]
// Prints, per setting (the weight of an in-style note in the model, and in the neighbour index and
// naive Bayes's counts, 0 for left out; how many times its `wrong` terms count among their negatives
// in the model): recall@5 / precision@3 of shown / share of notes with a named wrong term in the
// top 3 on each fold and their mean, at the committed thresholds and at the thresholds of the grid
// whose mean over the two folds is nearest the goals (≥ 0.8 / ≥ 0.6 / ≤ 0.1, shortfalls summed),
// and the objective of each fold. --seeds first trains the synthetic-only model with other seeds of
// its shuffled order: how much the figures move when nothing but chance changes (the noise);
// --average-seeds scores every setting with a model trained with each of these seeds and averages
// the figures (per fold), so a difference is not the luck of one shuffle. --offset-ridges tries
// the in-style notes in the calibration instead: the synthetic-only model, with each term's offset
// moved to fit the fold's in-style notes (which that model never saw).
import { parseArgs } from 'node:util';
import { LATEST_VERSION, listTerms } from '../src/index.js';
import { fitInStyleOffsets, withTermOffsets } from './in-style-suggestion-offsets.js';
import { SUGGESTION_COMBINATION } from '../src/generated/suggestion-combination.js';
import { combineEvidence, evidenceFor, type CombineParameters } from '../src/suggest/combine.js';
import { naiveBayesOf } from '../src/suggest/naive-bayes.js';
import { loadNeighbourIndex } from '../src/suggest/neighbours.js';
import { DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import { loadTermModel, type TermModelData } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';
import { inStyleTrainingNotes, readInStyleSet, type InStyleSet } from './in-style-suggestion-notes.js';
import { buildNeighbourData } from './suggestion-neighbours.js';
import { LABELLED_VERSION, scoreSuggestions, type LabelledNote } from './suggestion-score.js';
import { formatMeasures, meanOf, objectiveOf, type SetMeasures } from './suggestion-selection-sets.js';
import { DEFAULT_TRAINING_PARAMETERS, trainTermModel, type TrainingNote } from './suggestion-training.js';
import { readTrainingDir } from './train-suggestions.js';

const { values: args } = parseArgs({
  options: {
    'model-weights': { type: 'string', default: '0,1,2,4,8' },
    'index-weights': { type: 'string', default: '0,1,2,4,8' },
    seeds: { type: 'string', default: '' },
    // Each setting's figures are the mean over models trained with these seeds of the shuffled order.
    'average-seeds': { type: 'string', default: '15' },
    // Per-term offsets of the synthetic model's combination refitted on the fold's in-style notes,
    // with these ridges (in notes).
    'offset-ridges': { type: 'string', default: '2,5,10,20,40' },
    // How many times a term named wrong for an in-style note counts in its offset's fit.
    'offset-wrong-weight': { type: 'string', default: '1' },
    'wrong-weight': { type: 'string', default: '1' },
    'first-min': { type: 'string', default: '0.05,0.1,0.15,0.2' },
    'min-score': { type: 'string', default: '0.05,0.1' },
    'prev-share': { type: 'string', default: '0.2,0.25,0.3' },
    'tail-min': { type: 'string', default: '0.02' },
  },
});
const numbers = (name: keyof typeof args) => {
  if (args[name] === '') return [];
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

type Measures = SetMeasures;
const objective = objectiveOf;
const mean = meanOf;
const fmt = formatMeasures;

const profileIndex = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));
const synthetic = readTrainingDir();
const latestIndex = buildProfileIndex(listTerms({ version: LATEST_VERSION }));
// As tune-model.ts wrote it, without the in-style offsets (which were fitted on the sets tested here).
const committed = SUGGESTION_COMBINATION;
const thresholdGrid: CombineParameters[] = numbers('first-min').flatMap((firstMinScore) =>
  numbers('min-score').flatMap((minScore) =>
    numbers('prev-share').flatMap((topShareOfPrevious) =>
      numbers('tail-min').map((tailMinScore) => ({ ...committed, firstMinScore, minScore, topShareOfPrevious, tailMinScore })),
    ),
  ),
);

/**
 * A test set scored at each threshold setting (the committed ones first) by a trained model and a
 * neighbour index (and naive Bayes's counts) of `indexNotes` over its features.
 */
function scoreAt(
  data: TermModelData,
  indexNotes: readonly TrainingNote[],
  test: readonly LabelledNote[],
  settings: readonly CombineParameters[],
  calibration?: { readonly notes: readonly TrainingNote[]; readonly ridge: number; readonly wrongWeight: number },
): Measures[] {
  const model = loadTermModel(data);
  const neighbours = loadNeighbourIndex(buildNeighbourData(indexNotes, data), data.features);
  const nb = { nb: naiveBayesOf(neighbours), alpha: committed.naiveBayes!.alpha };
  const evidenceOf = (text: string) => evidenceFor(text, profileIndex, model, DEFAULT_RANK_PARAMETERS, neighbours, nb);
  const evidence = new Map(test.map((n) => [n.text, evidenceOf(n.text)]));
  // On the latest version's terms, with the notes' ids moved there.
  const offsets = calibration
    ? fitInStyleOffsets(calibration.notes, latestIndex, { model, neighbours, nb: nb.nb }, committed, calibration)
    : undefined;
  const adjusted = offsets ? settings.map((c) => withTermOffsets(c, offsets)) : settings;
  return adjusted.map((c) => {
    const s = scoreSuggestions(test, (text) => {
      const e = evidence.get(text)!;
      if (e.bm25.size === 0 && e.modelScores.size === 0) return [];
      return combineEvidence(profileIndex, e.bm25, e.modelScores, 5, c, e.votes, e.bayes).map((x) => x.term.id as string);
    });
    return {
      recall: s.foundInTop5 / s.chosen,
      precision: s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3,
      wrong: s.notesWithNamedWrongInTop3 / s.notes,
    };
  });
}

const settings = [committed, ...thresholdGrid];
const tests = new Map(FOLDS.map((f) => [f.test, readInStyleSet(f.test)]));
console.log(
  `${synthetic.length} synthetic notes; in-style: dev ${readInStyleSet('dev').length}, labelled2 ${tests.get('labelled2')!.length}, labelled3 ${tests.get('labelled3')!.length}; ${thresholdGrid.length} threshold settings`,
);
console.log('recall@5 / precision@3 of shown / named wrong in the top 3 (objective: shortfalls from the goals, summed)');

/** Prints one setting's figures: per fold and mean, at the committed thresholds and at the grid's best by the mean. */
function report(name: string, perFold: readonly Measures[][]): number {
  const atCommitted = perFold.map((f) => f[0]!);
  const means = settings.map((_, s) => mean(perFold.map((f) => f[s]!)));
  let best = 1;
  for (let s = 2; s < settings.length; s++) if (objective(means[s]!) < objective(means[best]!) - 1e-9) best = s;
  const c = settings[best]!;
  console.log(`\n${name}`);
  console.log(
    `  committed thresholds  labelled2 ${fmt(atCommitted[0]!)}  labelled3 ${fmt(atCommitted[1]!)}  mean ${fmt(means[0]!)}  objective ${objective(means[0]!).toFixed(3)}` +
      ` (folds ${atCommitted.map((m) => objective(m).toFixed(3)).join(', ')})`,
  );
  console.log(
    `  best of the grid      labelled2 ${fmt(perFold[0]![best]!)}  labelled3 ${fmt(perFold[1]![best]!)}  mean ${fmt(means[best]!)}  objective ${objective(means[best]!).toFixed(3)}` +
      ` (folds ${perFold.map((f) => objective(f[best]!).toFixed(3)).join(', ')})  (first ${c.firstMinScore} others ${c.minScore} prev-share ${c.topShareOfPrevious} tail ${c.tailMinScore})`,
  );
  return objective(means[0]!);
}

const started = Date.now();
const seeds = numbers('average-seeds');
const withSeed = (seed: number) => ({ ...DEFAULT_TRAINING_PARAMETERS, seed });
/** Per fold and threshold setting, the measures averaged over the seeds (a fold's model and index notes by seed). */
function averaged(
  model: (fold: Fold, seed: number) => TermModelData,
  indexNotes: (fold: Fold) => readonly TrainingNote[],
  ridge?: number,
): Measures[][] {
  return FOLDS.map((f) => {
    const calibration =
      ridge === undefined
        ? undefined
        : { notes: inStyleTrainingNotes(f.train, { weight: 1 }), ridge, wrongWeight: numbers('offset-wrong-weight')[0]! };
    const runs = seeds.map((seed) => scoreAt(model(f, seed), indexNotes(f), tests.get(f.test)!, settings, calibration));
    return settings.map((_, s) => mean(runs.map((r) => r[s]!)));
  });
}
// The synthetic-only model is the same for both folds (with seed 15, the committed one).
const syntheticModels = new Map(seeds.map((seed) => [seed, trainTermModel(synthetic, withSeed(seed))]));
report(
  `synthetic notes only (the committed model${seeds.length > 1 || seeds[0] !== 15 ? `s; seeds ${seeds.join(', ')}` : ''})`,
  averaged(
    (_, seed) => syntheticModels.get(seed)!,
    () => synthetic,
  ),
);
for (const seed of numbers('seeds')) {
  const other = trainTermModel(synthetic, withSeed(seed));
  report(
    `synthetic notes only, shuffled with seed ${seed} (not 15): the noise`,
    FOLDS.map((f) => scoreAt(other, synthetic, tests.get(f.test)!, settings)),
  );
}
const summary: string[] = [];
for (const ridge of numbers('offset-ridges')) {
  const name = `synthetic model, per-term offsets refitted on the in-style notes (ridge ${ridge}, wrong rows ${numbers('offset-wrong-weight')[0]})`;
  summary.push(
    `${name}: ${report(
      name,
      averaged(
        (_, seed) => syntheticModels.get(seed)!,
        () => synthetic,
        ridge,
      ),
    ).toFixed(3)}`,
  );
}
for (const wrongWeight of numbers('wrong-weight'))
  for (const modelWeight of numbers('model-weights')) {
    // The models of each fold and seed, trained once for every index weight.
    const models = new Map(
      FOLDS.flatMap((f) =>
        seeds.map((seed) => [
          `${f.test} ${seed}`,
          modelWeight === 0
            ? syntheticModels.get(seed)!
            : trainTermModel([...synthetic, ...inStyleTrainingNotes(f.train, { weight: modelWeight, wrongWeight })], withSeed(seed)),
        ]),
      ),
    );
    for (const indexWeight of numbers('index-weights')) {
      if (modelWeight === 0 && (indexWeight === 0 || wrongWeight !== numbers('wrong-weight')[0])) continue;
      const perFold = averaged(
        (f, seed) => models.get(`${f.test} ${seed}`)!,
        (f) => (indexWeight === 0 ? synthetic : [...synthetic, ...inStyleTrainingNotes(f.train, { weight: indexWeight })]),
      );
      const name = `+ in-style notes: model ${modelWeight}, index ${indexWeight}, wrong ${modelWeight === 0 ? '-' : wrongWeight}`;
      summary.push(`${name}: ${report(name, perFold).toFixed(3)}`);
    }
  }
console.log(`\nobjective of the mean at the committed thresholds (synthetic only: see the first line)\n${summary.join('\n')}`);
console.log(`\n${((Date.now() - started) / 1000).toFixed(0)} s`);
