// One term's logistic regression fitted full-batch by L-BFGS: the same objective the seeded SGD of
// suggestion-training.ts follows one note at a time (each note's weighted log-loss, plus the L2
// penalty of every visit), minimised over all notes at once, so the weights do not depend on the
// order the notes are visited in. Plain TypeScript; deterministic.

/** A note's features as parallel lists of columns and values. */
export interface SparseRow {
  readonly cols: readonly number[];
  readonly vals: readonly number[];
}

/** One term's problem: per note, its label and how much its loss counts (visits × class weight). */
export interface TermProblem {
  readonly rows: readonly SparseRow[];
  readonly width: number;
  readonly positive: (n: number) => boolean;
  readonly weight: (n: number) => number;
  /** The L2 penalty: ridge / 2 × |w|² (the bias is not penalised). */
  readonly ridge: number;
  readonly iterations: number;
}

const softplus = (z: number) => (z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z)));

/** Minimises the term's penalised log-loss; returns the weights (width) and the bias. */
export function fitTermFullBatch(problem: TermProblem): { weights: Float64Array; bias: number } {
  const { rows, width, ridge } = problem;
  const n = width + 1;
  const labels = rows.map((_, i) => problem.positive(i));
  const counts = rows.map((_, i) => problem.weight(i));
  // x = [w…, bias]; returns f and writes the gradient into g.
  const evaluate = (x: Float64Array, g: Float64Array): number => {
    let f = 0;
    g.fill(0);
    for (let c = 0; c < width; c++) {
      f += 0.5 * ridge * x[c]! * x[c]!;
      g[c] = ridge * x[c]!;
    }
    for (let r = 0; r < rows.length; r++) {
      const a = counts[r]!;
      if (a === 0) continue;
      const { cols, vals } = rows[r]!;
      let z = x[width]!;
      for (let k = 0; k < cols.length; k++) z += x[cols[k]!]! * vals[k]!;
      const y = labels[r]!;
      f += a * softplus(y ? -z : z);
      const d = a * (1 / (1 + Math.exp(-z)) - (y ? 1 : 0));
      for (let k = 0; k < cols.length; k++) g[cols[k]!]! += d * vals[k]!;
      g[width]! += d;
    }
    return f;
  };
  const x = new Float64Array(n);
  const g = new Float64Array(n);
  let f = evaluate(x, g);
  const memory = 8;
  const s: Float64Array[] = [];
  const y: Float64Array[] = [];
  const rho: number[] = [];
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
    return sum;
  };
  const direction = new Float64Array(n);
  const alpha = new Array<number>(memory).fill(0);
  const xNew = new Float64Array(n);
  const gNew = new Float64Array(n);
  for (let iteration = 0; iteration < problem.iterations; iteration++) {
    // Two-loop recursion: direction = −H·g.
    direction.set(g);
    for (let k = s.length - 1; k >= 0; k--) {
      alpha[k] = rho[k]! * dot(s[k]!, direction);
      for (let i = 0; i < n; i++) direction[i]! -= alpha[k]! * y[k]![i]!;
    }
    const gamma = s.length > 0 ? dot(s.at(-1)!, y.at(-1)!) / dot(y.at(-1)!, y.at(-1)!) : 1 / Math.max(1, Math.sqrt(dot(g, g)));
    for (let i = 0; i < n; i++) direction[i]! *= gamma;
    for (let k = 0; k < s.length; k++) {
      const beta = rho[k]! * dot(y[k]!, direction);
      for (let i = 0; i < n; i++) direction[i]! += s[k]![i]! * (alpha[k]! - beta);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    const slope = dot(g, direction);
    if (slope >= 0) break;
    // Backtracking (Armijo) from the full quasi-Newton step.
    let step = 1;
    let fNew = Infinity;
    for (let tries = 0; tries < 30; tries++) {
      for (let i = 0; i < n; i++) xNew[i] = x[i]! + step * direction[i]!;
      fNew = evaluate(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(fNew < f)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = xNew[i]! - x[i]!;
      yk[i] = gNew[i]! - g[i]!;
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      y.push(yk);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        y.shift();
        rho.shift();
      }
    }
    x.set(xNew);
    g.set(gNew);
    const converged = (f - fNew) / Math.max(1, Math.abs(fNew)) < 1e-9;
    f = fNew;
    if (converged) break;
  }
  return { weights: x.slice(0, width), bias: x[width]! };
}
