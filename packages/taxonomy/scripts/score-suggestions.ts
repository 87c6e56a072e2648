// Scores term suggestions against a labelled set of notes (JSON lines: id, text, terms, wrong).
//   node --conditions=vertelpunt-source --import tsx packages/taxonomy/scripts/score-suggestions.ts [FILE]
// Prints recall@5 (share of the chosen terms found in the top 5), precision@3 (share of the top-3
// suggestions shown that are chosen terms; also over three slots a note, where an empty slot counts
// as a miss) and the share of notes with a wrong term in the top 3: one of the terms the set names as
// a keyword matcher's likely mistake (the goal's measure), and any term not chosen.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { suggestTerms } from '../src/index.js';

const LabelledNoteSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  terms: z.array(z.string()).min(1),
  wrong: z.array(z.string()).default([]),
});

const file = process.argv[2] ?? fileURLToPath(new URL('../data/suggest/labelled.jsonl', import.meta.url));
const notes = readFileSync(file, 'utf8')
  .split('\n')
  .filter((line) => line.trim())
  .map((line, i) => {
    const parsed = LabelledNoteSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });

let chosen = 0;
let foundInTop5 = 0;
let rightInTop3 = 0;
let shownInTop3 = 0;
let notesWithNonChosenInTop3 = 0;
let notesWithNamedWrongInTop3 = 0;
let notesWithoutSuggestion = 0;
for (const note of notes) {
  const ranked = suggestTerms(note.text, { limit: 5 }).map((s) => s.term.id as string);
  const top3 = ranked.slice(0, 3);
  chosen += note.terms.length;
  foundInTop5 += note.terms.filter((term) => ranked.includes(term)).length;
  shownInTop3 += top3.length;
  rightInTop3 += top3.filter((term) => note.terms.includes(term)).length;
  if (top3.some((term) => !note.terms.includes(term))) notesWithNonChosenInTop3++;
  if (top3.some((term) => note.wrong.includes(term))) notesWithNamedWrongInTop3++;
  if (ranked.length === 0) notesWithoutSuggestion++;
}

const share = (n: number, of: number) => (of === 0 ? 'n/a' : (n / of).toFixed(3));
console.log(`${file}: ${notes.length} notes, ${chosen} chosen terms`);
console.log(`recall@5                                ${share(foundInTop5, chosen)}`);
console.log(`precision@3 (of the suggestions shown)  ${share(rightInTop3, shownInTop3)}`);
console.log(`precision@3 (of three slots a note)     ${share(rightInTop3, notes.length * 3)}`);
console.log(`notes with a named wrong term in top 3  ${share(notesWithNamedWrongInTop3, notes.length)}`);
console.log(`notes with a term not chosen in top 3   ${share(notesWithNonChosenInTop3, notes.length)}`);
console.log(`notes without any suggestion            ${notesWithoutSuggestion}`);
