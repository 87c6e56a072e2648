// Trains the second per-term model (src/suggest/gram-model.ts, suggest17): one-vs-rest logistic regression over the
// stems and character grams of the training notes, by a few passes of stochastic gradient descent in seeded orders,
// several seeds' weights averaged. Two rounds: the first, over every feature in at least `minNotes` notes, chooses
// the features the module keeps (each term's `kept` largest weights); the second learns again over those alone, so
// a clip's vector is scaled the same way in training and in use. Deterministic: the same notes give the same module.
import { seededRandom } from '../src/seeded-random.js';
import type { Word } from '../src/suggest/dutch-words.js';
import { stemGramDocumentFrequencies, stemGramNorms, stemGramVector, type GramModelData } from '../src/suggest/gram-model.js';

export interface GramModelParameters {
  readonly gramSize: number;
  readonly gramWeight: number;
  /** A feature must be in this many notes to count. */
  readonly minNotes: number;
  readonly epochs: number;
  readonly learningRate: number;
  /** L2 penalty a step, on the weights the step touches. */
  readonly l2: number;
  /** A positive example counts this many times (each term is positive in few notes)… */
  readonly positiveWeight: number;
  /** … × (mean positives a term / the term's positives) ^ this, so a rare term is not drowned (as the first model). */
  readonly classWeightPower: number;
  /** Each term keeps its this many largest weights (by size). */
  readonly kept: number;
  readonly seeds: readonly number[];
  /** Weights are stored to this many decimals (a weight that rounds to 0 is left out). */
  readonly weightDigits: number;
  /**
   * Learn again over the chosen features alone (so a clip is scaled as in training, and only their idf is kept);
   * otherwise keep the first round's weights, and every feature's idf.
   */
  readonly retrain: boolean;
}

export const DEFAULT_GRAM_MODEL_PARAMETERS: GramModelParameters = {
  gramSize: 4,
  gramWeight: 1,
  minNotes: 3,
  epochs: 8,
  learningRate: 0.5,
  l2: 1e-5,
  positiveWeight: 4,
  classWeightPower: 0.5,
  kept: 1500,
  seeds: [17, 18, 19],
  weightDigits: 2,
  retrain: true,
};

export interface GramTrainingNote {
  readonly words: readonly Word[];
  readonly terms: readonly string[];
}

const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;

export function trainGramModel(
  notes: readonly GramTrainingNote[],
  termIds: readonly string[],
  p: GramModelParameters = DEFAULT_GRAM_MODEL_PARAMETERS,
): GramModelData {
  const { counts, df } = stemGramDocumentFrequencies(
    notes.map((n) => n.words),
    p.gramSize,
  );
  const idfOf = (keep: (feature: string) => boolean) =>
    new Map([...df].filter(([f, n]) => n >= p.minNotes && keep(f)).map(([f, n]) => [f, round(Math.log(notes.length / n), 3)]));
  const first = fit(
    notes,
    counts,
    idfOf(() => true),
    0,
    termIds,
    p.retrain ? { ...p, seeds: p.seeds.slice(0, 1) } : p,
  );
  const chosen = new Set(first.flatMap((weights) => weights.map(([f]) => f)));
  // Without a second round every feature's idf is kept, so a clip is scaled as in the first.
  const idf = idfOf((f) => !p.retrain || chosen.has(f));
  const unseenIdf = p.retrain ? round(Math.log(notes.length / p.minNotes), 3) : 0;
  const second = p.retrain ? fit(notes, counts, idf, unseenIdf, termIds, p) : first;
  const features = [...new Set(second.flatMap((weights) => weights.map(([f]) => f)))].sort();
  const featureAt = new Map(features.map((f, i) => [f, i]));
  // The idf of every feature a clip's vector is scaled over, not only those some term weighs.
  const scaledOver = [...idf.keys()].filter((f) => !featureAt.has(f)).sort();
  for (const f of scaledOver) featureAt.set(f, features.push(f) - 1);
  const norms = counts.map((c) => stemGramNorms(c, idf, unseenIdf));
  return {
    gramSize: p.gramSize,
    gramWeight: p.gramWeight,
    minNorms: [round(Math.min(...norms.map((n) => n[0])), 3), round(Math.min(...norms.map((n) => n[1])), 3)],
    unseenIdf,
    features,
    idf: features.map((f) => idf.get(f)!),
    terms: termIds.map((id, t) => ({
      id,
      bias: round(biasOf(second, t), 3),
      weights: second[t]!.filter(([f]) => f !== BIAS)
        .sort((a, b) => featureAt.get(a[0])! - featureAt.get(b[0])!)
        .filter(([, w]) => round(w, p.weightDigits) !== 0)
        .flatMap(([f, w]) => [featureAt.get(f)!, round(w, p.weightDigits)]),
    })),
  };
}

/** The bias is carried among a term's weights under a name no feature has. */
const BIAS = ' bias';
const biasOf = (weights: readonly (readonly [string, number])[][], t: number) => weights[t]!.find(([f]) => f === BIAS)![1];

/** Per term, its `kept` largest weights (and its bias), from the seeds' averaged SGD over the vectors under `idf`. */
function fit(
  notes: readonly GramTrainingNote[],
  counts: readonly ReadonlyMap<string, number>[],
  idf: ReadonlyMap<string, number>,
  unseenIdf: number,
  termIds: readonly string[],
  p: GramModelParameters,
): [string, number][][] {
  const featureIds = new Map<string, number>();
  const vectors = counts.map((c) => {
    const vector = stemGramVector(c, idf, p.gramWeight, [0, 0], unseenIdf);
    const ids = new Int32Array(vector.size);
    const values = new Float64Array(vector.size);
    let k = 0;
    for (const [feature, v] of vector) {
      let id = featureIds.get(feature);
      if (id === undefined) featureIds.set(feature, (id = featureIds.size));
      ids[k] = id;
      values[k++] = v;
    }
    return { ids, values };
  });
  const termOf = new Map(termIds.map((id, t) => [id, t]));
  const labels = notes.map((n) => new Set(n.terms.flatMap((id) => (termOf.has(id) ? [termOf.get(id)!] : []))));
  const [F, T] = [featureIds.size, termIds.length];
  const positives = termIds.map((_, t) => labels.filter((l) => l.has(t)).length);
  const meanPositives = positives.reduce((s, n) => s + n, 0) / T;
  const positiveWeight = positives.map((n) => p.positiveWeight * (meanPositives / Math.max(1, n)) ** p.classWeightPower);
  const w = new Float64Array(T * F);
  const bias = new Float64Array(T);
  for (const seed of p.seeds) {
    const one = sgd(seed);
    for (let k = 0; k < w.length; k++) w[k]! += one.w[k]! / p.seeds.length;
    for (let t = 0; t < T; t++) bias[t]! += one.bias[t]! / p.seeds.length;
  }
  function sgd(seed: number) {
    const w = new Float64Array(T * F);
    const bias = new Float64Array(T);
    const random = seededRandom(seed);
    const order = notes.map((_, i) => i);
    for (let epoch = 0; epoch < p.epochs; epoch++) {
      for (let i = order.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const rate = p.learningRate / (1 + epoch);
      for (const i of order) {
        const { ids, values } = vectors[i]!;
        for (let t = 0; t < T; t++) {
          const base = t * F;
          let z = bias[t]!;
          for (let k = 0; k < ids.length; k++) z += w[base + ids[k]!]! * values[k]!;
          const y = labels[i]!.has(t) ? 1 : 0;
          const g = (1 / (1 + Math.exp(-z)) - y) * (y ? positiveWeight[t]! : 1) * rate;
          if (Math.abs(g) < 1e-6) continue;
          bias[t]! -= g;
          for (let k = 0; k < ids.length; k++) {
            const at = base + ids[k]!;
            w[at] = w[at]! * (1 - rate * p.l2) - g * values[k]!;
          }
        }
      }
    }
    return { w, bias };
  }
  const names = [...featureIds.keys()];
  return termIds.map((_, t) => {
    const kept: [string, number][] = [];
    for (let f = 0; f < F; f++) if (w[t * F + f] !== 0) kept.push([names[f]!, w[t * F + f]!]);
    kept.sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]) || (a[0] < b[0] ? -1 : 1));
    return [...kept.slice(0, p.kept), [BIAS, bias[t]!]];
  });
}
