// Per-term offsets fitted on notes in the labelled sets' own style (in-style-suggestion-notes.ts):
// how far each term's first-stage logit should move so the committed combination fits the labels
// independent judges give. The notes must be ones the model and the neighbour index never saw, so
// their scores are out of sample (as the synthetic notes' out-of-fold scores are in tune-model.ts).
// Used by leave-one-set-out.ts (--offset-ridges), which measures them. Not in the shipped ranking:
// the gain on the folds did not replicate on fresh judges' sets (README, "Suggestions").
import { evidenceFor, firstStageLogit, type CombineParameters } from '../src/suggest/combine.js';
import type { NaiveBayes } from '../src/suggest/naive-bayes.js';
import type { NeighbourIndex } from '../src/suggest/neighbours.js';
import { DEFAULT_RANK_PARAMETERS } from '../src/suggest/rank.js';
import type { TermModel } from '../src/suggest/term-model.js';
import type { ProfileIndex } from '../src/suggest/term-profiles.js';
import { listTerms } from '../src/index.js';
import { toLatestIds } from './in-style-suggestion-notes.js';
import { LABELLED_VERSION } from './suggestion-score.js';

/** The learners an offset is fitted over: the model, the neighbour index and naive Bayes's counts. */
export interface Learners {
  readonly model: TermModel;
  readonly neighbours: NeighbourIndex;
  readonly nb: NaiveBayes;
}

/** A note to fit on: its text, its chosen terms and the terms named a likely mistake (ids of the index's version). */
export interface CalibrationNote {
  readonly text: string;
  readonly terms: readonly string[];
  readonly wrong?: readonly string[];
}

export interface OffsetOptions {
  /** Each offset is pulled towards 0 as by this many notes' worth of evidence. */
  readonly ridge: number;
  /** A term named wrong for a note is a row that counts this many times (absent: 1). */
  readonly wrongWeight?: number;
}

/** The combination with each term's offset moved by `offsets` (terms without one keep theirs). */
export function withTermOffsets(base: CombineParameters, offsets: Readonly<Record<string, number>>): CombineParameters {
  const termBias: Record<string, number> = { ...base.termBias };
  for (const [id, delta] of Object.entries(offsets)) termBias[id] = Math.round(((termBias[id] ?? 0) + delta) * 1000) / 1000;
  return { ...base, termBias };
}

/**
 * The latest version's ids of the terms the labelled sets' judges could choose: those of the version
 * they labelled with, moved by the migration. A term added later (opgave-jeugd-en-gezin, rol-koploper)
 * is never chosen by them, which says nothing about it, so it gets no offset.
 */
export function judgedTerms(): ReadonlySet<string> {
  return new Set(
    toLatestIds(
      listTerms({ version: LABELLED_VERSION }).map((t) => t.id as string),
      LABELLED_VERSION,
    ),
  );
}

/**
 * Per term of the index that the judges could choose (`judged`), in vocabulary order, the offset (3 decimals) that Newton's method finds for
 * the logistic loss of its rows, σ(first-stage logit + offset) against chosen or not, with a ridge.
 */
export function fitInStyleOffsets(
  notes: readonly CalibrationNote[],
  index: ProfileIndex,
  learners: Learners,
  base: CombineParameters,
  options: OffsetOptions,
  judged: ReadonlySet<string> = judgedTerms(),
): Record<string, number> {
  const alpha = base.naiveBayes?.alpha;
  const evidence = notes.map((n) =>
    evidenceFor(
      n.text,
      index,
      learners.model,
      DEFAULT_RANK_PARAMETERS,
      base.neighbourScale ? learners.neighbours : undefined,
      alpha === undefined ? undefined : { nb: learners.nb, alpha },
    ),
  );
  const offsets: Record<string, number> = {};
  for (const profile of index.profiles) {
    const id = profile.term.id as string;
    if (!judged.has(id)) continue;
    const rows = notes.map((note, i) => {
      const e = evidence[i]!;
      const logit = e.modelScores.get(id)?.logit ?? base.unmodelledLogit;
      const z = firstStageLogit(base, logit, e.bm25.get(id)?.score ?? 0, e.votes.get(id) ?? 0, id, e.bayes.get(id) ?? 0);
      return { z, y: note.terms.includes(id) ? 1 : 0, weight: note.wrong?.includes(id) ? (options.wrongWeight ?? 1) : 1 };
    });
    let delta = 0;
    for (let iteration = 0; iteration < 20; iteration++) {
      let g = options.ridge * delta;
      let h = options.ridge;
      for (const { z, y, weight } of rows) {
        const p = 1 / (1 + Math.exp(-(z + delta)));
        g += weight * (p - y);
        h += weight * p * (1 - p);
      }
      delta -= g / h;
    }
    offsets[id] = Math.round(delta * 1000) / 1000;
  }
  return offsets;
}
