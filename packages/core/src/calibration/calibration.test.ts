import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { dimensionKeys } from "../rubric.ts";
import { parseLabelledSet, runCalibration } from "./run-calibration.ts";

const fixture = fileURLToPath(new URL("../../fixtures/dev-set.jsonl", import.meta.url));
const report = runCalibration(parseLabelledSet(readFileSync(fixture, "utf8")));

describe("calibration against the labelled dev set", () => {
  it("reads all 36 answers", () => {
    expect(report.count).toBe(36);
  });

  it("ranks answers like the experts (Spearman ≥ 0.85)", () => {
    expect(report.spearman).toBeGreaterThanOrEqual(0.85);
  });

  it.each(dimensionKeys)("keeps %s within 0.75 of the labels on average", (key) => {
    expect(report.dimensions[key].mae).toBeLessThanOrEqual(0.75);
  });

  it("raises the right flags (micro F1 ≥ 0.70)", () => {
    expect(report.flags.micro.f1).toBeGreaterThanOrEqual(0.7);
  });

  it("lists the ten worst answers, largest gap first", () => {
    expect(report.worst).toHaveLength(10);
    const gaps = report.worst.map((w) => Math.abs(w.gap));
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
  });
});
