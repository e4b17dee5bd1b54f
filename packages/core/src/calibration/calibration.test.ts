import { describe, expect, it } from "vitest";
import { roundParameters } from "../model/fit-model.ts";
import { fittedModel } from "../model/parameters.ts";
import { dimensionKeys } from "../rubric.ts";
import { fitWithChosenOptions, toTrainingRow } from "./cross-validate.ts";
import { loadHardCases, loadLabelledAnswers } from "./fixtures.ts";
import { runCalibration, runCrossValidation } from "./run-calibration.ts";

// The gate reads out-of-fold figures: every answer is scored by a model that never saw it.
// The floors sit a little under today's figures so a change that makes the engine worse on
// unseen answers fails here; the targets the engine is working towards are in docs/rubric.md.
const rows = loadLabelledAnswers();
const hardCases = loadHardCases();
const outOfFold = runCrossValidation(rows, hardCases);
const inSample = runCalibration(rows, fittedModel, hardCases);

describe("calibration, out-of-fold over every labelled answer", () => {
  it("reads all 156 labelled answers and refuses none of them", () => {
    expect(outOfFold.count).toBe(156);
    expect(outOfFold.unscorable).toEqual([]);
    expect(inSample.unscorable).toEqual([]);
  });

  it("ranks answers like the labellers (Spearman ≥ 0.88)", () => {
    expect(outOfFold.spearman).toBeGreaterThanOrEqual(0.88);
  });

  it("keeps the mean dimension error at or under 0.50", () => {
    expect(outOfFold.meanDimensionMae).toBeLessThanOrEqual(0.5);
  });

  it.each(dimensionKeys)("agrees on %s (QWK ≥ 0.70)", (key) => {
    expect(outOfFold.dimensions[key].qwk).toBeGreaterThanOrEqual(0.7);
  });

  it("raises the right flags (micro F1 ≥ 0.70)", () => {
    expect(outOfFold.flags.micro.f1).toBeGreaterThanOrEqual(0.7);
  });

  it("treats unusual but legitimate voices fairly (mean bias within ±8 points)", () => {
    expect(Math.abs(outOfFold.categoryBias.g?.bias ?? 99)).toBeLessThanOrEqual(8);
  });

  it("no longer buries plain-spoken strong answers (mean bias above −12 points)", () => {
    expect(outOfFold.categoryBias.b?.bias ?? -99).toBeGreaterThan(-12);
  });

  it("ranks at most one gamed answer at or above the plain-strong median of its kind", () => {
    expect(outOfFold.gamedAboveMedian.length).toBeLessThanOrEqual(1);
  });

  it("is honest about fitting: in-sample agreement is at least the out-of-fold one", () => {
    expect(inSample.spearman).toBeGreaterThanOrEqual(outOfFold.spearman);
  });

  it("ships the parameters that fitting the labelled answers produces (pnpm fit is up to date)", () => {
    const { model } = fitWithChosenOptions(rows.map(toTrainingRow), 10, 20261203);
    expect(roundParameters(model)).toEqual(fittedModel);
  });

  it("lists the ten worst answers, largest gap first", () => {
    expect(outOfFold.worst).toHaveLength(10);
    const gaps = outOfFold.worst.map((w) => Math.abs(w.gap));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });
});
