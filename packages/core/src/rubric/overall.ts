import { type DimensionKey, dimensionKeys } from "./keys.ts";

/**
 * overall = round(Σ weight × score / 4), halves up as Math.round (docs/rubric.md), for one
 * kind's weights. `computeOverall` looks the weights up by kind; a client that already holds
 * the kind's weights (the grading panel) calls this without shipping the whole table.
 */
export function weightedOverall(
  weights: Record<DimensionKey, number>,
  dimensions: Record<DimensionKey, number>,
): number {
  let sum = 0;
  for (const key of dimensionKeys) sum += weights[key] * dimensions[key];
  return Math.round(sum / 4);
}
