// Scores term suggestions against a labelled set of notes (JSON lines: id, text, terms, wrong).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/score-suggestions.ts [FILE] [--half dev|held-out] [--version V] [--show]
// Prints recall@5 (share of the chosen terms found in the top 5), precision@3 (share of the top-3
// suggestions shown that are chosen terms; also over three slots a note, where an empty slot counts
// as a miss) and the share of notes with a wrong term in the top 3: one of the terms the set names as
// a keyword matcher's likely mistake (the goal's measure), and any term not chosen.
// --half dev scores s-001…s-030 (for tuning), --half held-out s-031…s-060 (only to report);
// --version: the vocabulary version to suggest from; by default the one the set was labelled with
// (LABELLED_VERSION), so a newer version with other ids does not count as misses.
// --show prints each scored note's suggestions beside its labels (use it on the dev half only).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { LABELLED_VERSION, readLabelledNotes, scoreSuggestions, selectHalf, type Half } from './suggestion-score.js';
import { isVersionId, suggestTerms } from '../src/index.js';

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { half: { type: 'string' }, version: { type: 'string', default: LABELLED_VERSION }, show: { type: 'boolean', default: false } },
});
const version = values.version;
if (!isVersionId(version)) fail(`--version: no vocabulary version '${version}'`);
if (values.half !== undefined && values.half !== 'dev' && values.half !== 'held-out')
  fail(`--half: expected 'dev' or 'held-out', got '${values.half}'`);
const file = positionals[0] ?? fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const notes = selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), values.half as Half | undefined);
const rank = (text: string) => suggestTerms(text, { version, limit: 5 }).map((s) => s.term.id as string);

if (values.show) {
  for (const note of notes) {
    const ranked = rank(note.text);
    const mark = (id: string) => (note.terms.includes(id) ? `+${id}` : note.wrong.includes(id) ? `!${id}` : `-${id}`);
    console.log(`${note.id} got ${ranked.map(mark).join(' ') || '(none)'}\n       want ${note.terms.join(' ')}`);
  }
}

const score = scoreSuggestions(notes, rank);
const share = (n: number, of: number) => (of === 0 ? 'n/a' : (n / of).toFixed(3));
console.log(
  `${file}${values.half ? ` (${values.half} half)` : ''}, suggesting from ${version}: ${score.notes} notes, ${score.chosen} chosen terms`,
);
console.log(`recall@5                                ${share(score.foundInTop5, score.chosen)}`);
console.log(`precision@3 (of the suggestions shown)  ${share(score.rightInTop3, score.shownInTop3)}`);
console.log(`precision@3 (of three slots a note)     ${share(score.rightInTop3, score.notes * 3)}`);
console.log(`notes with a named wrong term in top 3  ${share(score.notesWithNamedWrongInTop3, score.notes)}`);
console.log(`notes with a term not chosen in top 3   ${share(score.notesWithNonChosenInTop3, score.notes)}`);
console.log(`notes without any suggestion            ${score.notesWithoutSuggestion}`);
