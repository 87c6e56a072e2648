// Word associations from the training notes (suggest7's idea 2): a latent space of the notes'
// features (stems and pairs), from a truncated SVD of the notes × features matrix (idf-weighted,
// rows of unit length), so words that occur in the same notes lie near each other and a clip's
// words also count for the words they usually occur with. A term's centroid is the mean of its
// notes' vectors; the column is the cosine of the clip to each centroid. Randomized SVD with a
// seeded start (deterministic). Used by tune-model.ts (--assoc) to measure it.
import { seededRandom } from '../src/seeded-random.js';

export interface Associations {
  readonly column: ReadonlyMap<string, number>;
  readonly idf: Float64Array;
  readonly dims: number;
  /** features × dims, row by feature. */
  readonly vectors: Float64Array;
}

type Sparse = { cols: number[]; vals: number[] }[];

export function learnAssociations(notes: readonly ReadonlyMap<string, number>[], dims: number, inputs: number, seed = 7): Associations {
  const df = new Map<string, number>();
  for (const n of notes) for (const f of n.keys()) df.set(f, (df.get(f) ?? 0) + 1);
  const features = [...df]
    .filter(([, c]) => c >= 2)
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1))
    .slice(0, inputs)
    .map(([f]) => f)
    .sort();
  const column = new Map(features.map((f, i) => [f, i]));
  const m = features.length;
  const idf = new Float64Array(m);
  features.forEach((f, i) => (idf[i] = Math.log(notes.length / df.get(f)!)));
  const rows: Sparse = notes.map((n) => rowOf(n, column, idf));
  const l = dims + 10;
  const next = seededRandom(seed);
  // Y = A Ω, then two power iterations Y = A Aᵀ Y, orthonormal each time.
  let omega = new Float64Array(m * l).map(() => next() * 2 - 1);
  let y = times(rows, omega, l);
  for (let it = 0; it < 2; it++) {
    orthonormalise(y, rows.length, l);
    omega = transposeTimes(rows, y, m, l);
    y = times(rows, omega, l);
  }
  orthonormalise(y, rows.length, l);
  // B = Qᵀ A (l × m); B Bᵀ = W Λ Wᵀ; right singular vectors V = Bᵀ W / σ, and features as V σ = Bᵀ W.
  const bt = transposeTimes(rows, y, m, l); // m × l, = Bᵀ
  const bbt = new Float64Array(l * l);
  for (let f = 0; f < m; f++)
    for (let a = 0; a < l; a++) {
      const x = bt[f * l + a]!;
      if (x === 0) continue;
      for (let b = 0; b < l; b++) bbt[a * l + b]! += x * bt[f * l + b]!;
    }
  const { values, vectors: w } = jacobi(bbt, l);
  const order = [...values.keys()].sort((a, b) => values[b]! - values[a]!).slice(0, dims);
  const vectors = new Float64Array(m * dims);
  for (let f = 0; f < m; f++)
    order.forEach((k, d) => {
      let s = 0;
      for (let a = 0; a < l; a++) s += bt[f * l + a]! * w[a * l + k]!;
      vectors[f * dims + d] = s;
    });
  return { column, idf, dims, vectors };
}

function rowOf(n: ReadonlyMap<string, number>, column: ReadonlyMap<string, number>, idf: Float64Array) {
  const cols: number[] = [];
  const vals: number[] = [];
  let norm = 0;
  for (const [f, v] of n) {
    const c = column.get(f);
    if (c === undefined) continue;
    cols.push(c);
    vals.push(v * idf[c]!);
    norm += (v * idf[c]!) ** 2;
  }
  norm = Math.sqrt(norm) || 1;
  return { cols, vals: vals.map((v) => v / norm) };
}

/** A note's vector in the latent space, of unit length (empty when it has none of the features). */
export function embed(a: Associations, n: ReadonlyMap<string, number>): Float64Array | undefined {
  const { cols, vals } = rowOf(n, a.column, a.idf);
  if (cols.length === 0) return undefined;
  const out = new Float64Array(a.dims);
  cols.forEach((c, k) => {
    for (let d = 0; d < a.dims; d++) out[d]! += vals[k]! * a.vectors[c * a.dims + d]!;
  });
  const norm = Math.hypot(...out) || 1;
  return out.map((x) => x / norm);
}

/** Each term's centroid of its notes' vectors, of unit length. */
export function centroids(vectors: readonly (Float64Array | undefined)[], labels: readonly (readonly string[])[], dims: number): Map<string, Float64Array> {
  const sums = new Map<string, Float64Array>();
  vectors.forEach((v, i) => {
    if (!v) return;
    for (const t of labels[i]!) {
      const s = sums.get(t) ?? new Float64Array(dims);
      for (let d = 0; d < dims; d++) s[d]! += v[d]!;
      sums.set(t, s);
    }
  });
  for (const [t, s] of sums) {
    const norm = Math.hypot(...s) || 1;
    sums.set(
      t,
      s.map((x) => x / norm),
    );
  }
  return sums;
}

export function similarities(v: Float64Array | undefined, c: ReadonlyMap<string, Float64Array>): Map<string, number> {
  const out = new Map<string, number>();
  if (!v) return out;
  for (const [t, s] of c) {
    let dot = 0;
    for (let d = 0; d < v.length; d++) dot += v[d]! * s[d]!;
    out.set(t, dot);
  }
  return out;
}

function times(rows: Sparse, x: Float64Array, l: number): Float64Array {
  const out = new Float64Array(rows.length * l);
  rows.forEach(({ cols, vals }, r) => {
    cols.forEach((c, k) => {
      for (let a = 0; a < l; a++) out[r * l + a]! += vals[k]! * x[c * l + a]!;
    });
  });
  return out;
}

function transposeTimes(rows: Sparse, y: Float64Array, m: number, l: number): Float64Array {
  const out = new Float64Array(m * l);
  rows.forEach(({ cols, vals }, r) => {
    cols.forEach((c, k) => {
      for (let a = 0; a < l; a++) out[c * l + a]! += vals[k]! * y[r * l + a]!;
    });
  });
  return out;
}

/** Modified Gram-Schmidt on the columns of an n × l matrix, in place. */
function orthonormalise(y: Float64Array, n: number, l: number): void {
  for (let a = 0; a < l; a++) {
    for (let b = 0; b < a; b++) {
      let dot = 0;
      for (let r = 0; r < n; r++) dot += y[r * l + a]! * y[r * l + b]!;
      for (let r = 0; r < n; r++) y[r * l + a]! -= dot * y[r * l + b]!;
    }
    let norm = 0;
    for (let r = 0; r < n; r++) norm += y[r * l + a]! ** 2;
    norm = Math.sqrt(norm) || 1;
    for (let r = 0; r < n; r++) y[r * l + a]! /= norm;
  }
}

/** Eigenvalues and vectors (columns) of a symmetric l × l matrix by cyclic Jacobi rotations. */
function jacobi(s: Float64Array, l: number): { values: number[]; vectors: Float64Array } {
  const a = Float64Array.from(s);
  const v = new Float64Array(l * l);
  for (let i = 0; i < l; i++) v[i * l + i] = 1;
  for (let sweep = 0; sweep < 50; sweep++) {
    let off = 0;
    for (let p = 0; p < l; p++) for (let q = p + 1; q < l; q++) off += a[p * l + q]! ** 2;
    if (off < 1e-20) break;
    for (let p = 0; p < l; p++)
      for (let q = p + 1; q < l; q++) {
        const apq = a[p * l + q]!;
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * l + q]! - a[p * l + p]!) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const sn = t * c;
        for (let k = 0; k < l; k++) {
          const akp = a[k * l + p]!;
          const akq = a[k * l + q]!;
          a[k * l + p] = c * akp - sn * akq;
          a[k * l + q] = sn * akp + c * akq;
        }
        for (let k = 0; k < l; k++) {
          const apk = a[p * l + k]!;
          const aqk = a[q * l + k]!;
          a[p * l + k] = c * apk - sn * aqk;
          a[q * l + k] = sn * apk + c * aqk;
        }
        for (let k = 0; k < l; k++) {
          const vkp = v[k * l + p]!;
          const vkq = v[k * l + q]!;
          v[k * l + p] = c * vkp - sn * vkq;
          v[k * l + q] = sn * vkp + c * vkq;
        }
      }
  }
  return { values: [...Array(l).keys()].map((i) => a[i * l + i]!), vectors: v };
}
