// The labelled sets a design of the suggestions is chosen on (the "selection sets"): the dev half of
// the first set and labelled2 to labelled6, each written by a judge who read no suggestion code. The
// held-out half of the first set (s-031…s-060) is not among them and is never read here: the lead
// scores it. The measures and the objective are those of leave-one-set-out.ts and tune-model.ts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readLabelledNotes, selectHalf, type LabelledNote } from './suggestion-score.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Each selection set's file and half (the dev half of the first; the others whole). */
export const SELECTION_SETS = {
  dev: { file: here('../data/suggest/labelled.jsonl'), half: 'dev' },
  labelled2: { file: here('../data/suggest2/labelled2.jsonl'), half: undefined },
  labelled3: { file: here('../data/suggest3/labelled3.jsonl'), half: undefined },
  labelled4: { file: here('../data/suggest4/labelled4.jsonl'), half: undefined },
  labelled5: { file: here('../data/suggest5/labelled5.jsonl'), half: undefined },
  labelled6: { file: here('../data/suggest6/labelled6.jsonl'), half: undefined },
} as const;
export type SelectionSet = keyof typeof SELECTION_SETS;

/** Every selection set's notes, by name, in the order above (ids of koers-v5-2024-09). */
export function readSelectionSets(): Map<SelectionSet, LabelledNote[]> {
  return new Map(
    (Object.keys(SELECTION_SETS) as SelectionSet[]).map((name) => {
      const { file, half } = SELECTION_SETS[name];
      return [name, selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), half)];
    }),
  );
}

/** recall@5 / precision@3 of the suggestions shown / share of notes with a named wrong term in the top 3. */
export interface SetMeasures {
  readonly recall: number;
  readonly precision: number;
  readonly wrong: number;
}

/** The shortfalls from the goals (≥ 0.8 / ≥ 0.6 / ≤ 0.1), summed: 0 when all are met. */
export const objectiveOf = (m: SetMeasures) => Math.max(0, 0.8 - m.recall) + Math.max(0, 0.6 - m.precision) + Math.max(0, m.wrong - 0.1);

export const meanOf = (ms: readonly SetMeasures[]): SetMeasures => ({
  recall: ms.reduce((s, m) => s + m.recall, 0) / ms.length,
  precision: ms.reduce((s, m) => s + m.precision, 0) / ms.length,
  wrong: ms.reduce((s, m) => s + m.wrong, 0) / ms.length,
});

export const formatMeasures = (m: SetMeasures) => `${m.recall.toFixed(3)} / ${m.precision.toFixed(3)} / ${m.wrong.toFixed(3)}`;
