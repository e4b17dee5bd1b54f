// Agreement statistics for calibrating the engine against expert labels. Pure functions.

/** Pearson correlation; 0 when either side has no variance. */
export function pearson(xs: readonly number[], ys: readonly number[]): number {
  const n = Math.min(xs.length, ys.length);
  if (n < 2) return 0;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i += 1) {
    mx += xs[i] ?? 0;
    my += ys[i] ?? 0;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i += 1) {
    const dx = (xs[i] ?? 0) - mx;
    const dy = (ys[i] ?? 0) - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx === 0 || syy === 0 ? 0 : sxy / Math.sqrt(sxx * syy);
}

/** Ranks with ties given their average rank (1-based), as Spearman requires. */
export function rankWithTies(values: readonly number[]): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value);
  const ranks = new Array<number>(values.length).fill(0);
  let i = 0;
  while (i < order.length) {
    let j = i;
    while (j + 1 < order.length && order[j + 1]?.value === order[i]?.value) j += 1;
    const rank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k += 1) {
      const entry = order[k];
      if (entry !== undefined) ranks[entry.index] = rank;
    }
    i = j + 1;
  }
  return ranks;
}

/** Spearman rank correlation: Pearson over tie-averaged ranks. */
export function spearman(xs: readonly number[], ys: readonly number[]): number {
  return pearson(rankWithTies(xs), rankWithTies(ys));
}

/** Mean absolute error. */
export function meanAbsoluteError(predicted: readonly number[], actual: readonly number[]): number {
  const n = Math.min(predicted.length, actual.length);
  if (n === 0) return 0;
  let sum = 0;
  for (let i = 0; i < n; i += 1) sum += Math.abs((predicted[i] ?? 0) - (actual[i] ?? 0));
  return sum / n;
}

/**
 * Quadratic-weighted Cohen's kappa for integer ratings in [min, max]. 1 is perfect agreement,
 * 0 is chance; when both raters give one constant rating it is defined as 1 if they agree.
 */
export function quadraticWeightedKappa(
  a: readonly number[],
  b: readonly number[],
  min = 0,
  max = 4,
): number {
  const n = Math.min(a.length, b.length);
  const k = max - min + 1;
  if (n === 0) return 0;
  const observed = Array.from({ length: k }, () => new Array<number>(k).fill(0));
  const histA = new Array<number>(k).fill(0);
  const histB = new Array<number>(k).fill(0);
  for (let i = 0; i < n; i += 1) {
    const x = Math.min(max, Math.max(min, Math.round(a[i] ?? min))) - min;
    const y = Math.min(max, Math.max(min, Math.round(b[i] ?? min))) - min;
    const row = observed[x];
    if (row !== undefined) row[y] = (row[y] ?? 0) + 1;
    histA[x] = (histA[x] ?? 0) + 1;
    histB[y] = (histB[y] ?? 0) + 1;
  }
  let numerator = 0;
  let denominator = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      const expected = ((histA[i] ?? 0) * (histB[j] ?? 0)) / n;
      numerator += weight * (observed[i]?.[j] ?? 0);
      denominator += weight * expected;
    }
  }
  if (denominator === 0) return numerator === 0 ? 1 : 0;
  return 1 - numerator / denominator;
}

export interface PrecisionRecall {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Precision, recall and F1 from counts; empty denominators count as perfect (nothing to get wrong). */
export function precisionRecall(
  truePositives: number,
  falsePositives: number,
  falseNegatives: number,
): PrecisionRecall {
  const precision =
    truePositives + falsePositives === 0 ? 1 : truePositives / (truePositives + falsePositives);
  const recall =
    truePositives + falseNegatives === 0 ? 1 : truePositives / (truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

/** Per-label and micro-averaged precision/recall/F1 over predicted and expected label sets. */
export function setPrecisionRecall(
  predicted: readonly (readonly string[])[],
  expected: readonly (readonly string[])[],
  labels: readonly string[],
): { perLabel: Record<string, PrecisionRecall>; micro: PrecisionRecall } {
  const perLabel: Record<string, PrecisionRecall> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const label of labels) {
    let ltp = 0;
    let lfp = 0;
    let lfn = 0;
    for (let i = 0; i < Math.min(predicted.length, expected.length); i += 1) {
      const isPredicted = predicted[i]?.includes(label) === true;
      const isExpected = expected[i]?.includes(label) === true;
      if (isPredicted && isExpected) ltp += 1;
      else if (isPredicted) lfp += 1;
      else if (isExpected) lfn += 1;
    }
    perLabel[label] = precisionRecall(ltp, lfp, lfn);
    tp += ltp;
    fp += lfp;
    fn += lfn;
  }
  return { perLabel, micro: precisionRecall(tp, fp, fn) };
}
