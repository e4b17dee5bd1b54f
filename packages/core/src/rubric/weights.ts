import type { DimensionKey, QuestionKind } from "./keys.ts";
import { weightedOverall } from "./overall.ts";

/** Weight of each dimension in `overall`, per kind; every row sums to 100 (docs/rubric.md). */
export const dimensionWeights: Record<QuestionKind, Record<DimensionKey, number>> = {
  deep_dive: {
    structure: 15,
    ownership: 15,
    specificity: 15,
    depth: 20,
    tradeoffs: 15,
    impact: 10,
    reflection: 5,
    delivery: 5,
  },
  debugging: {
    structure: 20,
    ownership: 10,
    specificity: 15,
    depth: 20,
    tradeoffs: 5,
    impact: 10,
    reflection: 15,
    delivery: 5,
  },
  cross_functional: {
    structure: 15,
    ownership: 20,
    specificity: 10,
    depth: 15,
    tradeoffs: 15,
    impact: 10,
    reflection: 5,
    delivery: 10,
  },
  conflict: {
    structure: 20,
    ownership: 15,
    specificity: 10,
    depth: 10,
    tradeoffs: 15,
    impact: 10,
    reflection: 10,
    delivery: 10,
  },
  intro: {
    structure: 20,
    ownership: 15,
    specificity: 20,
    depth: 10,
    tradeoffs: 0,
    impact: 15,
    reflection: 0,
    delivery: 20,
  },
  motivation: {
    structure: 15,
    ownership: 10,
    specificity: 20,
    depth: 20,
    tradeoffs: 0,
    impact: 10,
    reflection: 5,
    delivery: 20,
  },
  logistics: {
    structure: 20,
    ownership: 0,
    specificity: 35,
    depth: 0,
    tradeoffs: 0,
    impact: 0,
    reflection: 0,
    delivery: 45,
  },
};

/** overall = round(Σ weight × score / 4) with the kind's weights (docs/rubric.md). */
export function computeOverall(
  kind: QuestionKind,
  dimensions: Record<DimensionKey, number>,
): number {
  return weightedOverall(dimensionWeights[kind], dimensions);
}
