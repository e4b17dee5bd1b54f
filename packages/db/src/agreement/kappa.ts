/**
 * Quadratic-weighted Cohen's kappa from a k×k confusion matrix (rows: one rater, columns: the
 * other), the form SQL hands us after `group by auto, coach`. Null when undefined: no ratings, or
 * both raters used a single identical value (no variance, so chance agreement is total).
 * Same definition as core's calibration `quadraticWeightedKappa`, which works on raw arrays.
 */
export function quadraticWeightedKappaFromCounts(
  counts: readonly (readonly number[])[],
): number | null {
  const k = counts.length;
  if (k < 2) return null;
  const rowTotals = counts.map((row) => row.reduce((sum, value) => sum + value, 0));
  const columnTotals = Array.from({ length: k }, (_, j) =>
    counts.reduce((sum, row) => sum + (row[j] ?? 0), 0),
  );
  const n = rowTotals.reduce((sum, value) => sum + value, 0);
  if (n === 0) return null;
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i++) {
    for (let j = 0; j < k; j++) {
      const weight = ((i - j) * (i - j)) / ((k - 1) * (k - 1));
      observed += weight * (counts[i]?.[j] ?? 0);
      expected += (weight * (rowTotals[i] ?? 0) * (columnTotals[j] ?? 0)) / n;
    }
  }
  if (expected === 0) return null;
  return 1 - observed / expected;
}

/** Rubric scores run 0–4: a pair-count matrix is 5×5. */
export const rubricScale = 5;

/** An empty 5×5 (engine score × coach score) count matrix. */
export function emptyPairCounts(): number[][] {
  return Array.from({ length: rubricScale }, () => new Array<number>(rubricScale).fill(0));
}

/** Records `n` pairs of (auto, coach) in `matrix`, ignoring scores off the rubric scale. */
export function addPairCount(
  matrix: number[][] | undefined,
  auto: number,
  coach: number,
  n: number,
) {
  const line = matrix?.[auto];
  if (line && coach >= 0 && coach < rubricScale) line[coach] = n;
}

/** How often two raters agree exactly and within one point, with their kappa, from pair counts. */
export function agreementFromCounts(matrix: readonly (readonly number[])[]): {
  n: number;
  exact: number;
  withinOne: number;
  qwk: number | null;
} {
  let n = 0;
  let exact = 0;
  let withinOne = 0;
  for (const [i, line] of matrix.entries()) {
    for (const [j, count] of line.entries()) {
      n += count;
      if (i === j) exact += count;
      if (Math.abs(i - j) <= 1) withinOne += count;
    }
  }
  return {
    n,
    exact: n === 0 ? 0 : exact / n,
    withinOne: n === 0 ? 0 : withinOne / n,
    qwk: quadraticWeightedKappaFromCounts(matrix),
  };
}
