// Chooses the suggestion model's training parameters and how its scores combine with BM25F. The
// training parameters by five-fold cross-validation on the training notes (data/suggest-train/):
// recall@5 of the combined ranking without threshold (printed first, with --recall). The weights and
// thresholds by the distance to the goals on the development half of the labelled set
// (s-001…s-030), where the model is trained on all training notes: the training notes name no likely
// mistakes, so the goal's third measure exists only there. The held-out half is never read here. Chosen settings are set by hand in scripts/suggestion-training.ts
// (DEFAULT_TRAINING_PARAMETERS) and src/suggest/combine.ts (DEFAULT_COMBINE_PARAMETERS).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/tune-model.ts
// Prints, best first: recall@5, precision@3 of shown and wrong-in-top-3 on the folds (any term not
// chosen: training notes name no likely mistakes) and on the dev half (a named wrong term), then the settings.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listTerms } from '../src/index.js';
import { combineEvidence, DEFAULT_COMBINE_PARAMETERS, evidenceFor, type CombineParameters } from '../src/suggest/combine.js';
import { loadTermModel } from '../src/suggest/term-model.js';
import { buildProfileIndex } from '../src/suggest/term-profiles.js';
import { LABELLED_VERSION, readLabelledNotes, scoreSuggestions, selectHalf, type LabelledNote } from './suggestion-score.js';
import { DEFAULT_TRAINING_PARAMETERS, trainTermModel, type TrainingParameters } from './suggestion-training.js';
import { readTrainingDir } from './train-suggestions.js';

const FOLDS = 5;
const file = fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const dev = selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), 'dev');
const training = readTrainingDir();
const index = buildProfileIndex(listTerms({ version: LABELLED_VERSION }));

const grid = <T extends object>(base: T, axes: { [K in keyof T]?: readonly T[K][] }): T[] =>
  Object.entries(axes).reduce<T[]>(
    (settings, [key, values]) => settings.flatMap((s) => (values as unknown[]).map((v) => ({ ...s, [key]: v }))),
    [base],
  );

type Evidence = ReturnType<typeof evidenceFor>;
const measure = (notes: readonly LabelledNote[], evidence: readonly Evidence[], c: CombineParameters, countAnyWrong: boolean) => {
  const at = new Map(notes.map((n, i) => [n.text, evidence[i]!]));
  const s = scoreSuggestions(notes, (text) => {
    const e = at.get(text)!;
    return combineEvidence(index, e.bm25, e.modelScores, 5, c).map((x) => x.term.id);
  });
  const recall = s.foundInTop5 / s.chosen;
  const precision = s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3;
  const wrong = (countAnyWrong ? s.notesWithNonChosenInTop3 : s.notesWithNamedWrongInTop3) / s.notes;
  // Distance to the goals (0.8, 0.6, 0.1), each shortfall counted.
  const objective = Math.max(0, 0.8 - recall) + Math.max(0, 0.6 - precision) + Math.max(0, wrong - 0.1);
  return { recall, precision, wrong, objective };
};

// Training notes as labelled notes (no named mistakes), for the same measures.
const asLabelled = training.map((n) => ({ id: n.id, text: n.text, terms: n.terms, wrong: [] }));
const combinations = grid(DEFAULT_COMBINE_PARAMETERS, {
  modelWeight: [0.5, 0.6, 0.7, 0.8, 0.9],
  half: [4, 8, 16, 32],
  minScore: [0.1, 0.12, 0.15, 0.2, 0.25],
  minShareOfBest: [0, 0.3, 0.5, 0.7],
});
const trainings = grid(DEFAULT_TRAINING_PARAMETERS, { l2: [1e-4, 1e-3], prune: [0.3, 0.5, 0.8] });

const fmt = (m: { recall: number; precision: number; wrong: number }) =>
  `${m.recall.toFixed(3)} ${m.precision.toFixed(3)} ${m.wrong.toFixed(3)}`;
const results: { line: string; objective: number; foldRecall: number }[] = [];
for (const t of trainings) {
  // Cross-validated evidence: each fold's notes scored by a model that never saw them.
  const cv: Evidence[] = [];
  const labelledFolds = asLabelled.filter((n) => n.terms.length > 0);
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = loadTermModel(
      trainTermModel(
        training.filter((_, i) => i % FOLDS !== fold),
        t as TrainingParameters,
      ),
    );
    training.forEach((n, i) => {
      if (i % FOLDS === fold && n.terms.length > 0) cv[labelledFolds.indexOf(asLabelled[i]!)] = evidenceFor(n.text, index, model);
    });
  }
  const full = loadTermModel(trainTermModel(training, t as TrainingParameters));
  const devEvidence = dev.map((n) => evidenceFor(n.text, index, full));
  for (const c of combinations) {
    const folds = measure(labelledFolds, cv, c, true);
    const onDev = measure(dev, devEvidence, c, false);
    results.push({
      line: `folds ${fmt(folds)}  dev ${fmt(onDev)}  l2 ${t.l2} prune ${t.prune}  ${JSON.stringify(c)}`,
      objective: onDev.objective,
      foldRecall: folds.recall,
    });
  }
  console.error(`trained with ${JSON.stringify(t)}`);
}
results.sort((a, b) => a.objective - b.objective);
for (const r of results.slice(0, 20)) console.log(`${r.objective.toFixed(3)}  ${r.line}`);
if (process.argv.includes('--recall')) {
  console.log('by recall on the folds:');
  results.sort((a, b) => b.foldRecall - a.foldRecall);
  for (const r of results.slice(0, 15)) console.log(`${r.objective.toFixed(3)}  ${r.line}`);
}
