// Cumulative-link (proportional-odds) logistic regression: P(y ≤ k) = σ(θ_k − w·x). With two
// classes it is ordinary logistic regression, which the flags use. No maintained JavaScript
// library fits cumulative-link models, and the fit is small: ~20 features, ~150 answers, one
// L-BFGS run of a few hundred steps. Everything here is deterministic.

/** A fitted model on raw features: standardisation is folded into the stored means and scales. */
export interface OrdinalModel {
  /** Per feature: value is standardised as (x − mean) / scale before the weight applies. */
  means: number[];
  scales: number[];
  weights: number[];
  /** Increasing cut points θ_0 < … < θ_{K−2} for K classes. */
  thresholds: number[];
}

export interface OrdinalFitOptions {
  classes: number;
  /** L2 penalty on the (standardised) weights. */
  lambda: number;
  /** Per-sample weights (e.g. to balance rare flags); default 1. */
  sampleWeights?: readonly number[];
  maxIterations?: number;
}

function sigmoid(t: number): number {
  if (t >= 0) return 1 / (1 + Math.exp(-t));
  const e = Math.exp(t);
  return e / (1 + e);
}

/** Fits the model to rows of features `x` and integer labels `y` in 0..classes−1. */
export function fitOrdinal(
  x: readonly (readonly number[])[],
  y: readonly number[],
  options: OrdinalFitOptions,
): OrdinalModel {
  const n = x.length;
  const d = x[0]?.length ?? 0;
  const k = options.classes;
  const means = new Array<number>(d).fill(0);
  const scales = new Array<number>(d).fill(1);
  for (let j = 0; j < d; j += 1) {
    let sum = 0;
    for (const row of x) sum += row[j] ?? 0;
    const mean = n > 0 ? sum / n : 0;
    let sq = 0;
    for (const row of x) {
      const diff = (row[j] ?? 0) - mean;
      sq += diff * diff;
    }
    const sd = n > 1 ? Math.sqrt(sq / (n - 1)) : 0;
    means[j] = mean;
    scales[j] = sd > 1e-9 ? sd : 1;
  }
  const z = x.map((row) => row.map((v, j) => (v - (means[j] ?? 0)) / (scales[j] ?? 1)));
  const sw = options.sampleWeights ?? new Array<number>(n).fill(1);

  // Parameters: d weights, then a0 and K−2 log-gaps, so the cut points stay ordered.
  const p = d + (k - 1);
  const start = new Float64Array(p);
  // Start the cut points at the empirical cumulative log-odds.
  const counts = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i += 1) counts[y[i] ?? 0] = (counts[y[i] ?? 0] ?? 0) + (sw[i] ?? 1);
  const total = counts.reduce((a, b) => a + b, 0);
  let cumulative = 0;
  const initial: number[] = [];
  for (let c = 0; c < k - 1; c += 1) {
    cumulative += counts[c] ?? 0;
    const q = Math.min(0.97, Math.max(0.03, (cumulative + 0.5) / (total + 1)));
    initial.push(Math.log(q / (1 - q)));
  }
  start[d] = initial[0] ?? 0;
  for (let c = 1; c < k - 1; c += 1) {
    start[d + c] = Math.log(Math.max(0.05, (initial[c] ?? 0) - (initial[c - 1] ?? 0)));
  }

  const objective = (params: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    const theta = new Float64Array(k - 1);
    theta[0] = params[d] ?? 0;
    for (let c = 1; c < k - 1; c += 1)
      theta[c] = (theta[c - 1] ?? 0) + Math.exp(params[d + c] ?? 0);
    const dTheta = new Float64Array(k - 1);
    let loss = 0;
    for (let i = 0; i < n; i += 1) {
      const row = z[i] ?? [];
      let eta = 0;
      for (let j = 0; j < d; j += 1) eta += (params[j] ?? 0) * (row[j] ?? 0);
      const label = y[i] ?? 0;
      const weight = sw[i] ?? 1;
      const upper = label < k - 1 ? sigmoid((theta[label] ?? 0) - eta) : 1;
      const lower = label > 0 ? sigmoid((theta[label - 1] ?? 0) - eta) : 0;
      const prob = Math.max(upper - lower, 1e-12);
      loss -= weight * Math.log(prob);
      const fu = label < k - 1 ? upper * (1 - upper) : 0;
      const fl = label > 0 ? lower * (1 - lower) : 0;
      const dEta = (weight * (fu - fl)) / prob;
      for (let j = 0; j < d; j += 1) grad[j] = (grad[j] ?? 0) + dEta * (row[j] ?? 0);
      if (label < k - 1) dTheta[label] = (dTheta[label] ?? 0) - (weight * fu) / prob;
      if (label > 0) dTheta[label - 1] = (dTheta[label - 1] ?? 0) + (weight * fl) / prob;
    }
    for (let j = 0; j < d; j += 1) {
      const w = params[j] ?? 0;
      loss += options.lambda * w * w;
      grad[j] = (grad[j] ?? 0) + 2 * options.lambda * w;
    }
    // Chain rule from cut points to (a0, log-gaps); a tiny penalty keeps unseen classes finite.
    let tail = 0;
    for (let c = k - 2; c >= 0; c -= 1) {
      tail += dTheta[c] ?? 0;
      if (c === 0) grad[d] = tail;
      else grad[d + c] = tail * Math.exp(params[d + c] ?? 0);
    }
    for (let c = 0; c < k - 1; c += 1) {
      const v = params[d + c] ?? 0;
      loss += 1e-3 * v * v;
      grad[d + c] = (grad[d + c] ?? 0) + 2e-3 * v;
    }
    return loss;
  };

  const params = minimiseLbfgs(objective, start, options.maxIterations ?? 400);
  const thresholds: number[] = [params[d] ?? 0];
  for (let c = 1; c < k - 1; c += 1) {
    thresholds.push((thresholds[c - 1] ?? 0) + Math.exp(params[d + c] ?? 0));
  }
  return { means, scales, weights: Array.from(params.subarray(0, d)), thresholds };
}

/** The linear predictor w·x on standardised features. */
export function linearPredictor(model: OrdinalModel, x: ArrayLike<number>): number {
  let eta = 0;
  for (let j = 0; j < model.weights.length; j += 1) {
    eta +=
      ((model.weights[j] ?? 0) * ((x[j] ?? 0) - (model.means[j] ?? 0))) / (model.scales[j] ?? 1);
  }
  return eta;
}

/** Class probabilities for one row. */
export function classProbabilities(model: OrdinalModel, x: ArrayLike<number>): number[] {
  const eta = linearPredictor(model, x);
  const probs: number[] = [];
  let previous = 0;
  for (const theta of model.thresholds) {
    const cumulative = sigmoid(theta - eta);
    probs.push(cumulative - previous);
    previous = cumulative;
  }
  probs.push(1 - previous);
  return probs;
}

/** Expected class under the model, a real number in [0, classes − 1]. */
export function expectedClass(model: OrdinalModel, x: ArrayLike<number>): number {
  const probs = classProbabilities(model, x);
  let sum = 0;
  for (let c = 0; c < probs.length; c += 1) sum += c * (probs[c] ?? 0);
  return sum;
}

type Objective = (params: Float64Array, grad: Float64Array) => number;

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
function minimiseLbfgs(f: Objective, start: Float64Array, maxIterations: number): Float64Array {
  const p = start.length;
  const memory = 8;
  let x = Float64Array.from(start);
  let g = new Float64Array(p);
  let fx = f(x, g);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rhoList: number[] = [];
  const direction = new Float64Array(p);
  const alpha = new Array<number>(memory).fill(0);
  for (let iter = 0; iter < maxIterations; iter += 1) {
    // Two-loop recursion: direction = −H·g.
    for (let i = 0; i < p; i += 1) direction[i] = -(g[i] ?? 0);
    for (let m = sList.length - 1; m >= 0; m -= 1) {
      const s = sList[m] as Float64Array;
      const yv = yList[m] as Float64Array;
      const a = (rhoList[m] ?? 0) * dot(s, direction);
      alpha[m] = a;
      for (let i = 0; i < p; i += 1) direction[i] = (direction[i] ?? 0) - a * (yv[i] ?? 0);
    }
    if (sList.length > 0) {
      const s = sList[sList.length - 1] as Float64Array;
      const yv = yList[yList.length - 1] as Float64Array;
      const gamma = dot(s, yv) / Math.max(dot(yv, yv), 1e-12);
      for (let i = 0; i < p; i += 1) direction[i] = (direction[i] ?? 0) * gamma;
    }
    for (let m = 0; m < sList.length; m += 1) {
      const s = sList[m] as Float64Array;
      const yv = yList[m] as Float64Array;
      const b = (rhoList[m] ?? 0) * dot(yv, direction);
      for (let i = 0; i < p; i += 1)
        direction[i] = (direction[i] ?? 0) + ((alpha[m] ?? 0) - b) * (s[i] ?? 0);
    }
    let slope = dot(g, direction);
    if (slope >= 0) {
      // Not a descent direction: fall back to steepest descent and forget the history.
      for (let i = 0; i < p; i += 1) direction[i] = -(g[i] ?? 0);
      slope = dot(g, direction);
      sList.length = 0;
      yList.length = 0;
      rhoList.length = 0;
    }
    let step = iter === 0 && sList.length === 0 ? 1 / Math.max(1, Math.sqrt(dot(g, g))) : 1;
    const next = new Float64Array(p);
    const nextGrad = new Float64Array(p);
    let fNext = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries += 1) {
      for (let i = 0; i < p; i += 1) next[i] = (x[i] ?? 0) + step * (direction[i] ?? 0);
      fNext = f(next, nextGrad);
      if (fNext <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNext < fx)) break;
    const s = new Float64Array(p);
    const yv = new Float64Array(p);
    for (let i = 0; i < p; i += 1) {
      s[i] = (next[i] ?? 0) - (x[i] ?? 0);
      yv[i] = (nextGrad[i] ?? 0) - (g[i] ?? 0);
    }
    const sy = dot(s, yv);
    if (sy > 1e-10) {
      sList.push(s);
      yList.push(yv);
      rhoList.push(1 / sy);
      if (sList.length > memory) {
        sList.shift();
        yList.shift();
        rhoList.shift();
      }
    }
    const improvement = fx - fNext;
    x = next;
    g = nextGrad;
    fx = fNext;
    if (improvement < 1e-9 * Math.max(1, Math.abs(fx)) || Math.sqrt(dot(g, g)) < 1e-6) break;
  }
  return x;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) sum += (a[i] ?? 0) * (b[i] ?? 0);
  return sum;
}
