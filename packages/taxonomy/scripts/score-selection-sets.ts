// Scores the committed ranking (suggestTerms) on each selection set (scripts/suggestion-selection-sets.ts:
// the dev half and labelled2-6; never the held-out half) and prints the mean and the objective, as
// tune-model.ts --score-sets does for one model: enough to judge a rule after the model, which needs no training.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/score-selection-sets.ts
import { suggestTerms } from '../src/index.js';
import { LABELLED_VERSION, scoreSuggestions } from './suggestion-score.js';
import { formatMeasures, meanOf, objectiveOf, readSelectionSets, type SetMeasures } from './suggestion-selection-sets.js';

const rank = (text: string) => suggestTerms(text, { version: LABELLED_VERSION, limit: 5 }).map((s) => s.term.id as string);
const measured: SetMeasures[] = [];
for (const [name, notes] of readSelectionSets()) {
  const s = scoreSuggestions(notes, rank);
  const m = {
    recall: s.foundInTop5 / s.chosen,
    precision: s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3,
    wrong: s.notesWithNamedWrongInTop3 / s.notes,
  };
  measured.push(m);
  console.log(
    `${name.padEnd(10)} ${formatMeasures(m)}  objective ${objectiveOf(m).toFixed(3)}  shown in top 3 ${s.shownInTop3}, right ${s.rightInTop3}`,
  );
}
const all = meanOf(measured);
console.log(`${'mean'.padEnd(10)} ${formatMeasures(all)}  objective ${objectiveOf(all).toFixed(3)}`);
