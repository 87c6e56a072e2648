// The labelled sets' notes as training notes "in their own style": written by independent judges
// from the definitions, unlike the synthetic notes of data/suggest-train/. Used by
// leave-one-set-out.ts (which measures whether training on them helps) and train-suggestions.ts.
// The held-out half of data/suggest/labelled.jsonl (s-031…s-060) is never among them.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LATEST_VERSION, migrateTagSet, validateTagSet, type TermId, type VersionId } from '../src/index.js';
import { LABELLED_VERSION, readLabelledNotes, selectHalf, type LabelledNote } from './suggestion-score.js';
import type { TrainingNote } from './suggestion-training.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** The labelled sets that may be trained on, by name: the dev half of the first, and the second and third whole. */
export const IN_STYLE_SETS = {
  dev: { file: here('../data/suggest/labelled.jsonl'), half: 'dev' },
  labelled2: { file: here('../data/suggest2/labelled2.jsonl'), half: undefined },
  labelled3: { file: here('../data/suggest3/labelled3.jsonl'), half: undefined },
} as const;
export type InStyleSet = keyof typeof IN_STYLE_SETS;

/** A set's notes as labelled (ids of koers-v5-2024-09), for scoring. */
export function readInStyleSet(name: InStyleSet): LabelledNote[] {
  const { file, half } = IN_STYLE_SETS[name];
  return selectHalf(readLabelledNotes(readFileSync(file, 'utf8'), file), half);
}

/**
 * Term ids of the labelled sets' version moved to the latest through the vocabulary's own migration
 * (`migrateTagSet`, taxonomy/migrations/): every id stays but waarde-fatsoen, which becomes
 * waarde-medemenselijkheid. Throws, naming the note, on an id the labelled version does not have.
 */
export function toLatestIds(ids: readonly string[], note: string): string[] {
  if (ids.length === 0) return [];
  const tagSet = { version: LABELLED_VERSION as VersionId, terms: ids as TermId[] };
  const checked = validateTagSet(tagSet, { allowEmpty: true });
  if (!checked.ok) throw new Error(`${note}: ${checked.issues.map((i) => i.message).join('; ')}`);
  return migrateTagSet(tagSet, LATEST_VERSION).tagSet.terms.map(String);
}

export interface InStyleOptions {
  /** How many times each note is visited a pass, and counts in the neighbour index and naive Bayes. */
  readonly weight: number;
  /** How many times a note's `wrong` terms count among those terms' negatives (absent: the training's default). */
  readonly wrongWeight?: number;
}

/** The named sets' notes as training notes with the latest version's ids, in the order named. */
export function inStyleTrainingNotes(sets: readonly InStyleSet[], options: InStyleOptions): TrainingNote[] {
  return sets.flatMap((name) =>
    readInStyleSet(name).map((note) => {
      const id = `${name}:${note.id}`;
      const terms = toLatestIds(note.terms, id);
      // A term named wrong that the migration made a chosen one (fatsoen → medemenselijkheid) is no mistake.
      const wrong = toLatestIds(note.wrong, id).filter((t) => !terms.includes(t));
      return {
        id,
        text: note.text,
        terms,
        wrong,
        weight: options.weight,
        ...(options.wrongWeight === undefined ? {} : { wrongWeight: options.wrongWeight }),
      };
    }),
  );
}
