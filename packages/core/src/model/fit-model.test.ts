import { describe, expect, it } from "vitest";
import { type DimensionKey, dimensionKeys } from "../rubric.ts";
import { featureNames } from "./features.ts";
import {
  type DimensionModel,
  floorProbability,
  predictDimension,
  stretchDimensions,
} from "./fit-model.ts";
import { classProbabilities } from "./ordinal.ts";

// A one-feature dimension model with cut points at −2, −1, 1 and 2, so its predicted score is
// the number of cut points below the feature's value: easy to reason about by hand.
const model: DimensionModel = {
  features: ["log_words"],
  model: { means: [0], scales: [1], weights: [1], thresholds: [-2, -1, 1, 2] },
};
/** A full feature vector with `log_words` set to `value` and everything else 0. */
const features = (value: number): number[] => {
  const vector = new Array<number>(featureNames.length).fill(0);
  vector[featureNames.indexOf("log_words")] = value;
  return vector;
};

describe("floorProbability", () => {
  it("is the probability of the floor class or below", () => {
    for (const value of [-3, -1.5, 0, 1.5, 3]) {
      const [p0 = 0, p1 = 0] = classProbabilities(model.model, [value]);
      expect(floorProbability(model, features(value), 0)).toBeCloseTo(p0, 12);
      expect(floorProbability(model, features(value), 1)).toBeCloseTo(p0 + p1, 12);
    }
  });

  it("at a cut of one half, agrees with the predicted score being at the floor", () => {
    for (const value of [-3, -1.5, -0.5, 0.5, 1.5, 3]) {
      const x = features(value);
      expect(floorProbability(model, x, 1) >= 0.5).toBe(predictDimension(model, x) <= 1);
    }
  });
});

describe("stretchDimensions", () => {
  const unstretched = Object.fromEntries(dimensionKeys.map((key) => [key, 1])) as Record<
    DimensionKey,
    number
  >;
  const models = Object.fromEntries(dimensionKeys.map((key) => [key, model])) as Record<
    DimensionKey,
    DimensionModel
  >;

  it("leaves a dimension with a factor of 1 untouched", () => {
    expect(stretchDimensions(models, unstretched).structure).toBe(model);
  });

  it("moves scores away from the middle of the scale, never towards it", () => {
    const stretched = stretchDimensions(models, { ...unstretched, structure: 1.75 }).structure;
    for (const value of [-2.5, -1.5, -0.8, 0, 0.8, 1.5, 2.5]) {
      const before = predictDimension(model, features(value));
      const after = predictDimension(stretched, features(value));
      if (value > 0) expect(after).toBeGreaterThanOrEqual(before);
      if (value < 0) expect(after).toBeLessThanOrEqual(before);
    }
    expect(predictDimension(model, features(1.5))).toBe(3);
    expect(predictDimension(stretched, features(1.5))).toBe(4);
  });
});
