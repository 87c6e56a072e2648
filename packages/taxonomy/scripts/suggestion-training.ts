// Trains the suggestion model: one-vs-rest logistic regression with L2 over the features of
// src/suggest/note-features.ts, by stochastic gradient descent in a fixed, seeded order, so the same
// notes always give the same module. Used by train-suggestions.ts, tune-suggestions.ts and the tests.
import { z } from 'zod';
import { isGram, noteFeatures, type GramOptions } from '../src/suggest/note-features.js';
import type { TermModelData } from '../src/suggest/term-model.js';
import { seededRandom } from '../src/seeded-random.js';
import { fitTermFullBatch } from './suggestion-full-batch.js';

const TrainingNoteSchema = z.object({
  id: z.string().regex(/^t-[A-Z]-\d{3}$/, 'expected t-<writer>-NNN, e.g. t-A-001'),
  text: z.string().min(1, 'empty'),
  // An empty list is a negative: an everyday sense that names no term.
  terms: z.array(z.string().min(1)),
  // Terms a keyword matcher would wrongly pick for the note (writers I and J on): hard negatives.
  wrong: z.array(z.string().min(1), { error: 'expected a list of term ids' }).optional(),
});
/**
 * A training note; `weight` (absent: 1) is how many times it is visited a pass, so a note in the
 * labelled sets' own style can count more than a synthetic one (scripts/in-style-suggestion-notes.ts), and
 * `wrongWeight` (absent: the parameters' hardNegativeWeight) how many times its `wrong` terms count
 * among those terms' negatives.
 */
export type TrainingNote = z.infer<typeof TrainingNoteSchema> & { readonly weight?: number; readonly wrongWeight?: number };

/** Parses JSON lines of training notes; throws with file and line on the first bad one. */
export function readTrainingNotes(jsonl: string, file: string): TrainingNote[] {
  return jsonl
    .split('\n')
    .map((line, i) => ({ line, at: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, at }) => parseTrainingLine(line, file, at));
}

/** One line of training notes; throws naming file, line and field. */
export function parseTrainingLine(line: string, file: string, at: number): TrainingNote {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new Error(`${file}:${at}: not JSON`);
  }
  const parsed = TrainingNoteSchema.safeParse(json);
  if (!parsed.success) throw new Error(`${file}:${at}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export interface TrainingParameters {
  /** L2 penalty per example. */
  readonly l2: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** A positive example counts this many times: each term is positive in few notes. */
  readonly positiveWeight: number;
  /**
   * Rare terms weigh more: a term's positives count positiveWeight × (mean positives a term /
   * its positives) ^ this, so a term with few notes is not drowned by the common ones.
   */
  readonly classWeightPower: number;
  /** A feature must occur in this many notes to be learnt. */
  readonly minNotes: number;
  /** Weights smaller than this are left out of the module (they hardly move a score). */
  readonly prune: number;
  readonly seed: number;
  /** Character grams of stems as further features (size 0: none). */
  readonly grams: GramOptions;
  /**
   * A note's `wrong` terms (a keyword matcher's likely mistakes) count this many times as that
   * term's negatives: the mistakes the suggestions are judged by are the ones to learn most from.
   */
  readonly hardNegativeWeight: number;
  /**
   * Polyak–Ruppert averaging: from this pass on (0-based), the weights shipped are the mean of
   * `snapshots` snapshots a pass rather than the last step's, so they depend less on the order the
   * notes were visited in. Absent: the last step's weights.
   */
  readonly averageFrom?: number;
  readonly snapshots?: number;
  /**
   * Full batch: each term's weights by this many iterations of L-BFGS on the objective the SGD
   * follows (suggestion-full-batch.ts), independent of the seed; epochs and the rate are not used.
   * Absent: SGD.
   */
  readonly fullBatch?: number;
  /** SGD with each of these seeds (in place of `seed`), the models' weights averaged into one. */
  readonly seeds?: readonly number[];
}

export const DEFAULT_TRAINING_PARAMETERS: TrainingParameters = {
  l2: 3e-5,
  epochs: 15,
  learningRate: 0.5,
  positiveWeight: 4,
  classWeightPower: 0.5,
  minNotes: 2,
  prune: 1.5,
  seed: 15,
  grams: { size: 0, weight: 0 },
  hardNegativeWeight: 1,
};

const round = (x: number) => Math.round(x * 100) / 100;

/** The averaging, full-batch and seeds options each change what is trained: a combination that would quietly do less than asked is refused. */
export function steadinessOptionError(p: TrainingParameters): string | undefined {
  const whole = (x: number | undefined, min: number) => x === undefined || (Number.isInteger(x) && x >= min);
  if (!whole(p.averageFrom, 0)) return `averageFrom must be a whole number from 0 on, got ${p.averageFrom}`;
  if (p.averageFrom !== undefined && p.averageFrom >= p.epochs)
    return `averageFrom (${p.averageFrom}) must be below epochs (${p.epochs}), or no snapshot is averaged`;
  if (!whole(p.snapshots, 1)) return `snapshots must be a whole number from 1 on, got ${p.snapshots}`;
  if (p.snapshots !== undefined && p.averageFrom === undefined) return 'snapshots needs averageFrom';
  if (!whole(p.fullBatch, 1)) return `fullBatch must be a whole number of iterations from 1 on, got ${p.fullBatch}`;
  if (p.fullBatch !== undefined && (p.seeds !== undefined || p.averageFrom !== undefined))
    return 'fullBatch does not depend on the seed or the order: leave out seeds and averageFrom';
  if (p.seeds !== undefined && (p.seeds.length === 0 || !p.seeds.every((s) => Number.isInteger(s))))
    return `seeds must be a non-empty list of whole numbers, got ${JSON.stringify(p.seeds)}`;
  return undefined;
}

export function trainTermModel(notes: readonly TrainingNote[], p: TrainingParameters = DEFAULT_TRAINING_PARAMETERS): TermModelData {
  // The stems known to the model decide compound heads, so they are counted first.
  const notesWith = (lists: Iterable<Iterable<string>>) => {
    const df = new Map<string, number>();
    for (const list of lists) for (const f of new Set(list)) df.set(f, (df.get(f) ?? 0) + 1);
    return df;
  };
  const plain = notes.map((n) => noteFeatures(n.text));
  const stemDf = notesWith(plain.map((f) => [...f.values.keys()].filter((k) => !k.includes(' ') && !isGram(k))));
  const known = new Set([...stemDf].filter(([, n]) => n >= p.minNotes).map(([stem]) => stem));
  const grams = p.grams.size > 0 ? p.grams : undefined;
  const featured = notes.map((n) => noteFeatures(n.text, { known, ...(grams ? { grams } : {}) }));
  const df = notesWith(featured.map((f) => f.values.keys()));
  const features = [...df]
    .filter(([, n]) => n >= p.minNotes)
    .map(([f]) => f)
    .sort();
  const column = new Map(features.map((f, i) => [f, i]));
  const rows = featured.map((f) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [feature, value] of [...f.values].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const c = column.get(feature);
      if (c === undefined) continue;
      cols.push(c);
      vals.push(value);
    }
    return { cols, vals };
  });
  const ids = [...new Set(notes.flatMap((n) => n.terms))].sort();
  const labels = notes.map((n) => new Set(n.terms));
  const mistakes = notes.map((n) => new Set(n.wrong ?? []));
  const positives = ids.map((id) => notes.filter((n) => n.terms.includes(id)).length);
  const meanPositives = positives.reduce((a, b) => a + b, 0) / Math.max(1, ids.length);
  const positiveWeights = positives.map((n) => p.positiveWeight * (meanPositives / n) ** p.classWeightPower);

  const width = features.length;
  // A note of weight w is visited w times a pass (its features are still counted once above).
  // Array.from would floor 2.5 to 2 and make -1 no visit: a weight that is no whole number is refused.
  const badWeight = notes.find((n) => n.weight !== undefined && !(Number.isInteger(n.weight) && n.weight >= 0));
  if (badWeight) throw new Error(`${badWeight.id}: a note's weight must be a whole number from 0 on, got ${badWeight.weight}`);
  const optionError = steadinessOptionError(p);
  if (optionError) throw new Error(optionError);
  const visitOrder = notes.flatMap((n, i) => Array.from({ length: n.weight ?? 1 }, () => i));
  const lossWeight = (n: number, t: number, id: string) =>
    labels[n]!.has(id) ? positiveWeights[t]! : mistakes[n]!.has(id) ? (notes[n]!.wrongWeight ?? p.hardNegativeWeight) : 1;

  /** Seeded SGD: the weights (term-major, width a term) and biases after the last pass, or the mean of later snapshots. */
  const sgd = (seed: number) => {
    // Weights are kept as scale × v, so the L2 shrink of every weight is one multiplication a step
    // (Bottou's trick); only the features of the note at hand are touched.
    const v = new Float64Array(ids.length * width);
    const scale = new Float64Array(ids.length).fill(1);
    const bias = new Float64Array(ids.length);
    const next = seededRandom(seed);
    const order = [...visitOrder];
    // The running sum of the snapshots (scale × v, bias) for Polyak–Ruppert averaging.
    const averaging = p.averageFrom !== undefined;
    const sum = new Float64Array(averaging ? ids.length * width : 0);
    const biasSum = new Float64Array(ids.length);
    let taken = 0;
    const every = Math.max(1, Math.ceil(order.length / Math.max(1, p.snapshots ?? 10)));
    const snapshot = () => {
      for (let t = 0; t < ids.length; t++) {
        const base = t * width;
        const s = scale[t]!;
        for (let c = 0; c < width; c++) sum[base + c]! += s * v[base + c]!;
        biasSum[t]! += bias[t]!;
      }
      taken++;
    };
    let step = 0;
    for (let epoch = 0; epoch < p.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      for (const [at, n] of order.entries()) {
        if (averaging && epoch >= p.averageFrom! && at % every === every - 1) snapshot();
        const rate = p.learningRate / (1 + p.learningRate * p.l2 * step++);
        const { cols, vals } = rows[n]!;
        ids.forEach((id, t) => {
          const base = t * width;
          let z = bias[t]!;
          for (let k = 0; k < cols.length; k++) z += scale[t]! * v[base + cols[k]!]! * vals[k]!;
          const positive = labels[n]!.has(id);
          const gradient = (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0)) * lossWeight(n, t, id);
          scale[t] = scale[t]! * (1 - rate * p.l2);
          const move = (rate * gradient) / scale[t]!;
          for (let k = 0; k < cols.length; k++) v[base + cols[k]!]! -= move * vals[k]!;
          bias[t] = bias[t]! - rate * gradient;
        });
      }
    }
    if (averaging) return { weights: sum.map((x) => x / taken), bias: biasSum.map((x) => x / taken) };
    for (let t = 0; t < ids.length; t++) for (let c = 0; c < width; c++) v[t * width + c]! *= scale[t]!;
    return { weights: v, bias };
  };

  /** Full batch: each term by L-BFGS on the objective the SGD follows (its penalty is l2 / 2 × |w|² a visit). */
  const fullBatch = (iterations: number) => {
    const weights = new Float64Array(ids.length * width);
    const bias = new Float64Array(ids.length);
    const visits = rows.map(() => 0);
    for (const n of visitOrder) visits[n]!++;
    ids.forEach((id, t) => {
      const fit = fitTermFullBatch({
        rows,
        width,
        ridge: p.l2 * visitOrder.length,
        iterations,
        positive: (n) => labels[n]!.has(id),
        weight: (n) => visits[n]! * lossWeight(n, t, id),
      });
      weights.set(fit.weights, t * width);
      bias[t] = fit.bias;
    });
    return { weights, bias };
  };

  // Several seeds' models averaged into one (the same size): the mean of their weights.
  const fits = p.fullBatch !== undefined ? [fullBatch(p.fullBatch)] : (p.seeds ?? [p.seed]).map(sgd);
  const v =
    fits.length === 1 ? fits[0]!.weights : fits[0]!.weights.map((_, i) => fits.reduce((a, f) => a + f.weights[i]!, 0) / fits.length);
  const bias = fits.length === 1 ? fits[0]!.bias : fits[0]!.bias.map((_, t) => fits.reduce((a, f) => a + f.bias[t]!, 0) / fits.length);

  const weightsOf = (t: number) => {
    const pairs: number[] = [];
    for (let c = 0; c < width; c++) {
      const w = round(v[t * width + c]!);
      if (Math.abs(w) >= p.prune) pairs.push(c, w);
    }
    return pairs;
  };
  const kept = ids.map((id, t) => ({ id, bias: round(bias[t]!), weights: weightsOf(t) }));
  // Only features some term still weighs go into the module; indices are renumbered to match.
  const used = [...new Set(kept.flatMap((t) => t.weights.filter((_, i) => i % 2 === 0)))].sort((a, b) => a - b);
  const renumber = new Map(used.map((c, i) => [c, i]));
  return {
    ...(grams ? { grams } : {}),
    features: used.map((c) => features[c]!),
    terms: kept.map((t) => ({ ...t, weights: t.weights.map((x, i) => (i % 2 === 0 ? renumber.get(x)! : x)) })),
  };
}

const HEADER = `// Generated by packages/taxonomy/scripts/train-suggestions.ts from data/suggest-train/*.jsonl. Do not
// edit: change the training notes or parameters and run it again (README, "Suggestions").`;

/** The TypeScript module that carries the model; deterministic for the same model. */
export function renderModelModule(model: TermModelData): string {
  const terms = model.terms
    .map((t) => `    { id: ${JSON.stringify(t.id)}, bias: ${t.bias}, weights: ${JSON.stringify(t.weights)} },`)
    .join('\n');
  return `${HEADER}
import type { TermModelData } from '../suggest/term-model.js';

export const SUGGESTION_MODEL: TermModelData = {${model.grams ? `\n  grams: ${JSON.stringify(model.grams)},` : ''}
  features: ${JSON.stringify(model.features)},
  terms: [
${terms}
  ],
};
`;
}
