// A small shared hidden layer over note features (suggest7's idea 1): one hidden layer of tanh
// units, one sigmoid output a term, trained on all terms at once, so a unit can stand for a
// situation that implies several terms together (a value with a role), which the one-vs-rest
// weights cannot. Trained by stochastic gradient descent in a seeded order (deterministic).
// Used by tune-model.ts (--hidden) to measure it as a further column of the combination.
import { seededRandom } from '../src/seeded-random.js';

export interface HiddenParameters {
  readonly hidden: number;
  /** Input features: the most frequent this many of the notes' features (in at least 2 notes). */
  readonly inputs: number;
  readonly epochs: number;
  readonly learningRate: number;
  readonly l2: number;
  /** A positive output counts this many times (each term is positive in few notes). */
  readonly positiveWeight: number;
  readonly seed: number;
}

export const DEFAULT_HIDDEN_PARAMETERS: HiddenParameters = {
  hidden: 32,
  inputs: 4000,
  epochs: 20,
  learningRate: 0.05,
  l2: 1e-5,
  positiveWeight: 4,
  seed: 7,
};

export interface HiddenLayer {
  readonly features: readonly string[];
  readonly terms: readonly string[];
  readonly hidden: number;
  /** inputs × hidden, row by input. */
  readonly w1: Float64Array;
  readonly b1: Float64Array;
  /** hidden × terms, row by hidden unit. */
  readonly w2: Float64Array;
  readonly b2: Float64Array;
}

export interface HiddenNote {
  readonly values: ReadonlyMap<string, number>;
  readonly terms: readonly string[];
}

export function trainHiddenLayer(notes: readonly HiddenNote[], p: HiddenParameters = DEFAULT_HIDDEN_PARAMETERS): HiddenLayer {
  const df = new Map<string, number>();
  for (const n of notes) for (const f of n.values.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df]
    .filter(([, c]) => c >= 2)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, p.inputs)
    .map(([f]) => f)
    .sort();
  const column = new Map(features.map((f, i) => [f, i]));
  const terms = [...new Set(notes.flatMap((n) => n.terms))].sort();
  const termAt = new Map(terms.map((t, i) => [t, i]));
  const rows = notes.map((n) => {
    const cols: number[] = [];
    const vals: number[] = [];
    for (const [f, v] of [...n.values].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const c = column.get(f);
      if (c !== undefined) {
        cols.push(c);
        vals.push(v);
      }
    }
    return { cols, vals, ys: n.terms.map((t) => termAt.get(t)!) };
  });
  const H = p.hidden;
  const T = terms.length;
  const next = seededRandom(p.seed);
  const w1 = new Float64Array(features.length * H);
  const b1 = new Float64Array(H);
  const w2 = new Float64Array(H * T);
  const b2 = new Float64Array(T).fill(-3);
  const r1 = Math.sqrt(6 / (40 + H));
  const r2 = Math.sqrt(6 / (H + T));
  for (let i = 0; i < w1.length; i++) w1[i] = (next() * 2 - 1) * r1;
  for (let i = 0; i < w2.length; i++) w2[i] = (next() * 2 - 1) * r2;
  const h = new Float64Array(H);
  const dh = new Float64Array(H);
  const y = new Float64Array(T);
  const order = notes.map((_, i) => i);
  for (let epoch = 0; epoch < p.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    const rate = p.learningRate / (1 + epoch * 0.2);
    for (const n of order) {
      const { cols, vals, ys } = rows[n]!;
      if (cols.length === 0) continue;
      for (let u = 0; u < H; u++) h[u] = b1[u]!;
      for (let k = 0; k < cols.length; k++) {
        const base = cols[k]! * H;
        const v = vals[k]!;
        for (let u = 0; u < H; u++) h[u]! += w1[base + u]! * v;
      }
      for (let u = 0; u < H; u++) h[u] = Math.tanh(h[u]!);
      y.fill(0);
      for (const t of ys) y[t] = 1;
      dh.fill(0);
      for (let t = 0; t < T; t++) {
        let z = b2[t]!;
        for (let u = 0; u < H; u++) z += h[u]! * w2[u * T + t]!;
        const g = (1 / (1 + Math.exp(-z)) - y[t]!) * (y[t] ? p.positiveWeight : 1);
        b2[t]! -= rate * g;
        for (let u = 0; u < H; u++) {
          dh[u]! += g * w2[u * T + t]!;
          w2[u * T + t]! -= rate * (g * h[u]! + p.l2 * w2[u * T + t]!);
        }
      }
      for (let u = 0; u < H; u++) dh[u] = dh[u]! * (1 - h[u]! * h[u]!);
      for (let u = 0; u < H; u++) b1[u]! -= rate * dh[u]!;
      for (let k = 0; k < cols.length; k++) {
        const base = cols[k]! * H;
        const v = vals[k]!;
        for (let u = 0; u < H; u++) w1[base + u]! -= rate * (dh[u]! * v + p.l2 * w1[base + u]!);
      }
    }
  }
  return { features, terms, hidden: H, w1, b1, w2, b2 };
}

/** Each term's logit for a note's features. */
export function hiddenLogits(layer: HiddenLayer, values: ReadonlyMap<string, number>, column: ReadonlyMap<string, number>): Map<string, number> {
  const H = layer.hidden;
  const T = layer.terms.length;
  const h = new Float64Array(layer.b1);
  let any = false;
  for (const [f, v] of values) {
    const c = column.get(f);
    if (c === undefined) continue;
    any = true;
    for (let u = 0; u < H; u++) h[u]! += layer.w1[c * H + u]! * v;
  }
  const out = new Map<string, number>();
  if (!any) return out;
  for (let u = 0; u < H; u++) h[u] = Math.tanh(h[u]!);
  for (let t = 0; t < T; t++) {
    let z = layer.b2[t]!;
    for (let u = 0; u < H; u++) z += h[u]! * layer.w2[u * T + t]!;
    out.set(layer.terms[t]!, z);
  }
  return out;
}

export const columnOf = (layer: HiddenLayer) => new Map(layer.features.map((f, i) => [f, i]));
