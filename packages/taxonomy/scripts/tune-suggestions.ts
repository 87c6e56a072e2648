// Tries the BM25F parameters (without the model) on the development half of the labelled set (s-001…s-030) only, and
// prints the best settings; the held-out half is never read here. Parameters chosen with it are
// set by hand in src/suggest/rank.ts and term-profiles.ts.
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/tune-suggestions.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { listTerms } from '../src/index.js';
import { DEFAULT_RANK_PARAMETERS, rankTerms, type RankParameters } from '../src/suggest/rank.js';
import { buildProfileIndex, DEFAULT_INDEX_PARAMETERS, type IndexParameters } from '../src/suggest/term-profiles.js';
import { LABELLED_VERSION, readLabelledNotes, scoreSuggestions, selectHalf } from './suggestion-score.js';

const file = fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const notes = selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), 'dev');
const terms = listTerms({ version: LABELLED_VERSION });

const grid = <T extends object>(base: T, axes: { [K in keyof T]?: readonly T[K][] }): T[] =>
  Object.entries(axes).reduce<T[]>(
    (settings, [key, values]) => settings.flatMap((s) => (values as unknown[]).map((v) => ({ ...s, [key]: v }))),
    [base],
  );

const results: { index: IndexParameters; rank: RankParameters; recall: number; precision: number; wrong: number; objective: number }[] = [];
for (const index of grid(DEFAULT_INDEX_PARAMETERS, { description: [0.5, 1], phrasePart: [1, 0.5] })) {
  const built = buildProfileIndex(terms, index);
  for (const rank of grid(DEFAULT_RANK_PARAMETERS, { minScore: [3, 4, 5, 6, 8, 10], minShareOfBest: [0, 0.3], b: [0.5, 0.75] })) {
    const s = scoreSuggestions(notes, (text) => rankTerms(text, built, 5, rank).map((x) => x.term.id));
    const recall = s.foundInTop5 / s.chosen;
    const precision = s.shownInTop3 === 0 ? 0 : s.rightInTop3 / s.shownInTop3;
    const wrong = s.notesWithNamedWrongInTop3 / s.notes;
    // Distance to the goals (0.8, 0.6, 0.1), each shortfall counted.
    const objective = Math.max(0, 0.8 - recall) + Math.max(0, 0.6 - precision) + Math.max(0, wrong - 0.1);
    results.push({ index, rank, recall, precision, wrong, objective });
  }
}
results.sort((a, b) => a.objective - b.objective);
if (process.argv.includes('--all')) results.sort((a, b) => a.wrong - b.wrong || b.recall - a.recall);
for (const r of results.slice(0, process.argv.includes('--all') ? results.length : 12)) {
  console.log(
    `${r.recall.toFixed(3)} ${r.precision.toFixed(3)} ${r.wrong.toFixed(3)}  ${JSON.stringify(r.index)} ${JSON.stringify(r.rank)}`,
  );
}
