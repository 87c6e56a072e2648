// The measures of score-suggestions.ts as functions, so the regression test computes the same figures.
import { z } from 'zod';

const LabelledNoteSchema = z.object({
  id: z.string(),
  text: z.string().min(1),
  terms: z.array(z.string()).min(1),
  wrong: z.array(z.string()).default([]),
});
export type LabelledNote = z.infer<typeof LabelledNoteSchema>;

/** The vocabulary version the labelled set's ids come from (data/suggest/README.md). */
export const LABELLED_VERSION = 'koers-v5-2024-09';

/** The development half is s-001…s-030; s-031…s-060 are held out from tuning. */
export type Half = 'dev' | 'held-out';
const DEV_LAST = 30;

export function readLabelledNotes(jsonl: string, file: string): LabelledNote[] {
  return jsonl
    .split('\n')
    .filter((line) => line.trim())
    .map((line, i) => {
      const parsed = LabelledNoteSchema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}

export function selectHalf(notes: readonly LabelledNote[], half: Half | undefined): LabelledNote[] {
  if (half === undefined) return [...notes];
  return notes.filter((note) => {
    const n = Number(/^s-(\d+)$/.exec(note.id)?.[1]);
    if (!Number.isInteger(n)) throw new Error(`${note.id}: not an id of the form s-NNN, so it belongs to no half`);
    return half === 'dev' ? n <= DEV_LAST : n > DEV_LAST;
  });
}

export interface SuggestionScore {
  notes: number;
  chosen: number;
  foundInTop5: number;
  rightInTop3: number;
  shownInTop3: number;
  notesWithNonChosenInTop3: number;
  notesWithNamedWrongInTop3: number;
  notesWithoutSuggestion: number;
}

/** Counts over the notes; `rank` returns term ids, best first (at least the top 5). */
export function scoreSuggestions(notes: readonly LabelledNote[], rank: (text: string) => readonly string[]): SuggestionScore {
  const score: SuggestionScore = {
    notes: notes.length,
    chosen: 0,
    foundInTop5: 0,
    rightInTop3: 0,
    shownInTop3: 0,
    notesWithNonChosenInTop3: 0,
    notesWithNamedWrongInTop3: 0,
    notesWithoutSuggestion: 0,
  };
  for (const note of notes) {
    const ranked = rank(note.text).slice(0, 5);
    const top3 = ranked.slice(0, 3);
    score.chosen += note.terms.length;
    score.foundInTop5 += note.terms.filter((term) => ranked.includes(term)).length;
    score.shownInTop3 += top3.length;
    score.rightInTop3 += top3.filter((term) => note.terms.includes(term)).length;
    if (top3.some((term) => !note.terms.includes(term))) score.notesWithNonChosenInTop3++;
    if (top3.some((term) => note.wrong.includes(term))) score.notesWithNamedWrongInTop3++;
    if (ranked.length === 0) score.notesWithoutSuggestion++;
  }
  return score;
}

/**
 * Another labeller's terms for the same notes as if they were suggestions (their order as the ranking), so a second
 * person's agreement with the set's labeller is scored with the very measures the suggestions get: what a careful
 * human reaches on these notes. The notes must be the same, id by id and word for word.
 */
export function otherLabellerRanking(gold: readonly LabelledNote[], other: readonly LabelledNote[]): (text: string) => readonly string[] {
  const otherById = new Map(other.map((note) => [note.id, note]));
  const termsByText = new Map<string, readonly string[]>();
  for (const note of gold) {
    const match = otherById.get(note.id);
    if (!match) throw new Error(`${note.id}: the other labeller has no note with this id`);
    if (match.text !== note.text) throw new Error(`${note.id}: the other labeller's text differs from the set's`);
    termsByText.set(note.text, match.terms);
  }
  if (other.length !== gold.length) throw new Error(`the other labeller has ${other.length} notes, the set ${gold.length}`);
  return (text) => termsByText.get(text) ?? [];
}
