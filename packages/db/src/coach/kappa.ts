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
