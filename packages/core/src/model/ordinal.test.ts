import { describe, expect, it } from "vitest";
import { seededRandom } from "../calibration/cross-validate.ts";
import { classProbabilities, expectedClass, fitOrdinal } from "./ordinal.ts";

// Rows drawn from a known cumulative-logit model: y = number of cut points below w·x + noise.
function synthetic(n: number, seed: number) {
  const random = seededRandom(seed);
  const x: number[][] = [];
  const y: number[] = [];
  for (let i = 0; i < n; i += 1) {
    const a = random() * 4 - 2;
    const b = random() * 4 - 2;
    const noise = Math.log(random() / (1 - random() + 1e-12) + 1e-12) * 0.3;
    const latent = 1.5 * a - 0.8 * b + noise;
    x.push([a, b, random()]);
    y.push([-1.5, -0.5, 0.5, 1.5].filter((cut) => latent > cut).length);
  }
  return { x, y };
}

describe("fitOrdinal", () => {
  const { x, y } = synthetic(400, 7);
  const model = fitOrdinal(x, y, { classes: 5, lambda: 0.5 });

  it("recovers the direction and relative size of the true weights", () => {
    const [a, b, irrelevant] = model.weights;
    expect(a).toBeGreaterThan(0);
    expect(b).toBeLessThan(0);
    expect(Math.abs(a ?? 0)).toBeGreaterThan(Math.abs(b ?? 0));
    expect(Math.abs(irrelevant ?? 1)).toBeLessThan(0.3 * Math.abs(b ?? 0));
  });

  it("keeps the cut points in order and the probabilities a distribution", () => {
    for (let c = 1; c < model.thresholds.length; c += 1) {
      expect(model.thresholds[c] ?? 0).toBeGreaterThan(model.thresholds[c - 1] ?? 0);
    }
    const probabilities = classProbabilities(model, [0.3, -0.2, 0.5]);
    expect(probabilities).toHaveLength(5);
    expect(probabilities.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
    for (const p of probabilities) expect(p).toBeGreaterThanOrEqual(0);
  });

  it("predicts held-out rows within one class almost always", () => {
    const test = synthetic(200, 99);
    const close = test.x.filter(
      (row, i) => Math.abs(Math.round(expectedClass(model, row)) - (test.y[i] ?? 0)) <= 1,
    ).length;
    expect(close / test.x.length).toBeGreaterThan(0.95);
  });

  it("is deterministic: the same data gives the same parameters", () => {
    expect(fitOrdinal(x, y, { classes: 5, lambda: 0.5 })).toEqual(model);
  });

  it("shrinks weights as the penalty grows", () => {
    const strong = fitOrdinal(x, y, { classes: 5, lambda: 200 });
    expect(Math.abs(strong.weights[0] ?? 0)).toBeLessThan(Math.abs(model.weights[0] ?? 0));
  });

  it("fits two classes as logistic regression", () => {
    const binary = fitOrdinal(
      x,
      y.map((v) => (v >= 3 ? 1 : 0)),
      { classes: 2, lambda: 0.5 },
    );
    expect(binary.thresholds).toHaveLength(1);
    expect(classProbabilities(binary, [2, -2, 0])[1]).toBeGreaterThan(0.9);
    expect(classProbabilities(binary, [-2, 2, 0])[1]).toBeLessThan(0.1);
  });
});
