// How far two people agree on the terms of the same notes, in the measures of score-suggestions.ts: OTHER's terms
// are scored as suggestions against SET's, and the other way round. It tells what the suggestion goals ask of a
// ranking next to what a second careful labeller reaches.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/score-agreement.ts SET.jsonl OTHER.jsonl
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { otherLabellerRanking, readLabelledNotes, scoreSuggestions, type LabelledNote } from './suggestion-score.js';

const { positionals } = parseArgs({ allowPositionals: true });
if (positionals.length !== 2) {
  console.error('usage: score-agreement.ts SET.jsonl OTHER.jsonl (two labellings of the same notes)');
  process.exit(2);
}
const [setFile, otherFile] = positionals as [string, string];
const read = (file: string) => readLabelledNotes(readFileSync(file, 'utf8'), file);
const share = (n: number, of: number) => (of === 0 ? 'n/a' : (n / of).toFixed(3));

function report(gold: readonly LabelledNote[], other: readonly LabelledNote[], title: string): void {
  const score = scoreSuggestions(gold, otherLabellerRanking(gold, other));
  console.log(`${title}: ${score.notes} notes, ${score.chosen} chosen terms, ${score.shownInTop3} given`);
  console.log(
    `  recall@5 ${share(score.foundInTop5, score.chosen)}  precision@3 ${share(score.rightInTop3, score.shownInTop3)}  named wrong in top 3 ${share(score.notesWithNamedWrongInTop3, score.notes)}  a term not chosen in top 3 ${share(score.notesWithNonChosenInTop3, score.notes)}`,
  );
}
const set = read(setFile);
const other = read(otherFile);
report(set, other, `${otherFile} as suggestions for ${setFile}`);
report(other, set, `${setFile} as suggestions for ${otherFile}`);
