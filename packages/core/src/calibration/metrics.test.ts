import { describe, expect, it } from "vitest";
import {
  meanAbsoluteError,
  pearson,
  precisionRecall,
  quadraticWeightedKappa,
  rankWithTies,
  setPrecisionRecall,
  spearman,
} from "./metrics.ts";

describe("pearson", () => {
  it("matches known values", () => {
    expect(pearson([1, 2, 3], [2, 4, 6])).toBeCloseTo(1, 12);
    expect(pearson([1, 2, 3], [3, 2, 1])).toBeCloseTo(-1, 12);
    expect(pearson([1, 2, 3, 4, 5], [2, 1, 4, 3, 5])).toBeCloseTo(0.8, 12);
  });
  it("is 0 when one side is constant", () => {
    expect(pearson([1, 1, 1], [1, 2, 3])).toBe(0);
  });
});

describe("spearman", () => {
  it("averages tied ranks", () => {
    expect(rankWithTies([10, 20, 20, 30])).toEqual([1, 2.5, 2.5, 4]);
    expect(rankWithTies([3, 1, 2])).toEqual([3, 1, 2]);
  });
  it("matches known values", () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 1000])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 2, 3], [1, 2, 3, 4])).toBeCloseTo(4.5 / Math.sqrt(22.5), 12);
  });
});

describe("meanAbsoluteError", () => {
  it("averages absolute differences", () => {
    expect(meanAbsoluteError([1, 2, 3], [1, 3, 5])).toBe(1);
    expect(meanAbsoluteError([], [])).toBe(0);
  });
});

describe("quadraticWeightedKappa", () => {
  it("is 1 for perfect agreement", () => {
    expect(quadraticWeightedKappa([0, 1, 2, 3, 4], [0, 1, 2, 3, 4])).toBeCloseTo(1, 12);
  });
  it("is 0 for chance-level agreement and -1 for systematic disagreement", () => {
    expect(quadraticWeightedKappa([0, 0, 1, 1], [0, 1, 0, 1], 0, 1)).toBeCloseTo(0, 12);
    expect(quadraticWeightedKappa([0, 1], [1, 0], 0, 1)).toBeCloseTo(-1, 12);
  });
  it("matches a hand-computed three-level example", () => {
    // Observed weighted disagreement 0.5, expected 1.375.
    expect(quadraticWeightedKappa([0, 1, 2, 2], [0, 2, 2, 1], 0, 2)).toBeCloseTo(
      1 - 0.5 / 1.375,
      12,
    );
  });
});

describe("precision and recall", () => {
  it("computes F1 from counts", () => {
    const result = precisionRecall(2, 1, 1);
    expect(result.precision).toBeCloseTo(2 / 3, 12);
    expect(result.recall).toBeCloseTo(2 / 3, 12);
    expect(result.f1).toBeCloseTo(2 / 3, 12);
    expect(precisionRecall(0, 2, 2).f1).toBe(0);
  });
  it("computes per-label and micro averages over label sets", () => {
    const { perLabel, micro } = setPrecisionRecall(
      [["a"], ["a", "b"], []],
      [["a"], ["b"], ["b"]],
      ["a", "b"],
    );
    expect(perLabel.a).toMatchObject({ truePositives: 1, falsePositives: 1, falseNegatives: 0 });
    expect(perLabel.b).toMatchObject({ truePositives: 1, falsePositives: 0, falseNegatives: 1 });
    expect(micro).toMatchObject({ truePositives: 2, falsePositives: 1, falseNegatives: 1 });
  });
});
