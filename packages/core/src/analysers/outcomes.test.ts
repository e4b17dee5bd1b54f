import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseNumbers } from "./numbers.ts";
import { analyseOutcomes, scoreImpact } from "./outcomes.ts";

const outcome = (text: string) => {
  const ctx = createContext("deep_dive", "", text);
  return analyseOutcomes(ctx, analyseNumbers(ctx));
};

describe("analyseOutcomes", () => {
  it("credits measured results against a baseline", () => {
    const result = outcome(
      "Missed notifications went from about 0.8% to under 0.01%, and median delay from 70 seconds to 4.",
    );
    expect(result.baselineOutcomes).toBeGreaterThanOrEqual(2);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it("gives status outcomes no credit", () => {
    const result = outcome(
      "In the end we delivered on time and under budget, and leadership was really pleased.",
    );
    expect(result.hasResult).toBe(false);
    expect(result.score).toBe(0);
    expect(result.emptyOutcomes.length).toBeGreaterThanOrEqual(2);
  });

  it("gives an unmeasured result one point", () => {
    expect(outcome("After the change the app felt much smoother.").score).toBe(1);
  });

  it("maps points to the scale", () => {
    expect(scoreImpact(0, 0)).toBe(0);
    expect(scoreImpact(1, 0)).toBe(2);
    expect(scoreImpact(3, 0)).toBe(3);
    expect(scoreImpact(4.5, 0)).toBe(4);
  });
});
