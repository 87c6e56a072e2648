import { packLists, type PackedList } from './packed-lists.js';
import { isGram, type GramOptions, type NoteFeatures } from './note-features.js';

/**
 * One-vs-rest logistic regression over note features, as the generated module stores it:
 * `scripts/train-suggestions.ts` writes it from the training notes in `data/suggest-train/`.
 */
export interface TermModelData {
  /** Character grams of stems among the features, if the model uses them (note-features.ts). */
  readonly grams?: GramOptions;
  /** Every feature some term weighs, sorted; weights point into this list. */
  readonly features: readonly string[];
  readonly terms: readonly {
    readonly id: string;
    readonly bias: number;
    /** Flat pairs: feature index, weight, feature index, weight, … (weights near zero left out). */
    readonly weights: readonly number[];
  }[];
}

/** The model as scoring uses it: feature → the terms that weigh it. */
export interface TermModel {
  readonly ids: readonly string[];
  readonly biases: readonly number[];
  readonly byFeature: ReadonlyMap<string, readonly { term: number; weight: number }[]>;
  /** The unigram stems the model knows, for compound heads. */
  readonly known: ReadonlySet<string>;
  readonly grams?: GramOptions;
}

/** A stored model's weights by feature: the terms (by place) that weigh it, with the weight (also gram-model.ts). */
export function weightsByFeature(data: Pick<TermModelData, 'features' | 'terms'>): Map<string, { term: number; weight: number }[]> {
  const byFeature = new Map<string, { term: number; weight: number }[]>();
  data.terms.forEach((term, t) => {
    for (let i = 0; i < term.weights.length; i += 2) {
      const feature = data.features[term.weights[i]!]!;
      const list = byFeature.get(feature) ?? [];
      list.push({ term: t, weight: term.weights[i + 1]! });
      byFeature.set(feature, list);
    }
  });
  return byFeature;
}

export function loadTermModel(data: TermModelData): TermModel {
  const byFeature = weightsByFeature(data);
  return {
    ids: data.terms.map((t) => t.id),
    biases: data.terms.map((t) => t.bias),
    byFeature,
    known: new Set(data.features.filter((f) => !f.includes(' ') && !isGram(f))),
    ...(data.grams ? { grams: data.grams } : {}),
  };
}

/** One term's probability for a note, and the note's words that raised it most. */
export interface ModelScore {
  readonly probability: number;
  /** log(p / (1 - p)): what the combined score weighs. */
  readonly logit: number;
  /** Worked out only for the terms shown: sorting every term's contributions would cost more than the scoring. */
  readonly because: () => readonly string[];
}

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
const REASONS = 3;

const packed = new WeakMap<TermModel, ReadonlyMap<string, PackedList>>();

/** The model's weights by feature as typed arrays, made once per model (every feature of every clip is looked up). */
function packedWeights(model: TermModel): ReadonlyMap<string, PackedList> {
  let map = packed.get(model);
  if (!map)
    packed.set(
      model,
      (map = packLists(
        model.byFeature,
        (w) => w.term,
        (w) => w.weight,
      )),
    );
  return map;
}

/** The note's largest positive contributions to term `t`: the words behind its features. */
function reasons(model: TermModel, note: NoteFeatures, t: number): readonly string[] {
  const contributions: { feature: string; amount: number }[] = [];
  for (const [feature, value] of note.values) {
    const weight = model.byFeature.get(feature)?.find((w) => w.term === t)?.weight ?? 0;
    if (weight > 0) contributions.push({ feature, amount: weight * value });
  }
  return contributions
    .sort((a, b) => b.amount - a.amount || (a.feature < b.feature ? -1 : 1))
    .slice(0, REASONS)
    .flatMap((c) => note.words.get(c.feature) ?? []);
}

/** Each model term's logit for a note's feature values, in the model's term order (`model.ids`). */
export function modelLogits(model: TermModel, values: ReadonlyMap<string, number>): number[] {
  const z = model.biases.slice();
  const weightsOf = packedWeights(model);
  for (const [feature, value] of values) {
    const list = weightsOf.get(feature);
    if (list === undefined) continue;
    const { at: terms, weights } = list;
    for (let i = 0; i < terms.length; i++) z[terms[i]!]! += weights[i]! * value;
  }
  return z;
}

/** Each model term's probability for the note, by term id. */
export function scoreWithModel(model: TermModel, note: NoteFeatures): Map<string, ModelScore> {
  const z = modelLogits(model, note.values);
  const scores = new Map<string, ModelScore>();
  for (let t = 0; t < model.ids.length; t++) scores.set(model.ids[t]!, new TermScore(model, note, t, z[t]!));
  return scores;
}

/** A term's score; why it was suggested is asked for the few terms shown, so it is worked out then. */
class TermScore implements ModelScore {
  readonly probability: number;
  constructor(
    private readonly model: TermModel,
    private readonly note: NoteFeatures,
    private readonly term: number,
    readonly logit: number,
  ) {
    this.probability = sigmoid(logit);
  }

  // A method, not a closure a term: 52 closures a call were garbage for nothing.
  because(): readonly string[] {
    return reasons(this.model, this.note, this.term);
  }
}
