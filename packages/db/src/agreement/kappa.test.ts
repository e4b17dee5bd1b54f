import { describe, expect, it } from "vitest";
import { quadraticWeightedKappaFromCounts } from "./kappa.ts";

/** counts[engine][coach] from (engine, coach) pairs on the 0–4 scale. */
function matrix(pairs: Array<[number, number]>): number[][] {
  const counts = Array.from({ length: 5 }, () => new Array<number>(5).fill(0));
  for (const [a, b] of pairs) {
    const row = counts[a];
    if (row) row[b] = (row[b] ?? 0) + 1;
  }
  return counts;
}

describe("quadraticWeightedKappaFromCounts", () => {
  it("matches a hand computation", () => {
    // Pairs 1→1, 2→3, 3→3, 4→4. Weights (i−j)²/16. Observed: one (2,3) cell → 1/16.
    // Expected: Σ w·rowTotal·colTotal / n over engine {1,2,3,4} × coach {1:1, 3:2, 4:1}
    // = (14 + 2·6 + 14) / (16·4) = 40/64. Kappa = 1 − (1/16)/(40/64) = 0.9.
    const kappa = quadraticWeightedKappaFromCounts(
      matrix([
        [1, 1],
        [2, 3],
        [3, 3],
        [4, 4],
      ]),
    );
    expect(kappa).toBeCloseTo(0.9, 12);
  });

  it("is 1 for perfect agreement with spread, 0 at chance, negative when reversed", () => {
    expect(
      quadraticWeightedKappaFromCounts(
        matrix([
          [0, 0],
          [2, 2],
          [4, 4],
        ]),
      ),
    ).toBe(1);
    // Engine 2,2,3,1 vs coach 2,3,3,3: observed disagreement equals chance (worked out by hand).
    expect(
      quadraticWeightedKappaFromCounts(
        matrix([
          [2, 2],
          [2, 3],
          [3, 3],
          [1, 3],
        ]),
      ),
    ).toBeCloseTo(0, 12);
    expect(
      quadraticWeightedKappaFromCounts(
        matrix([
          [0, 4],
          [4, 0],
        ]),
      ),
    ).toBeLessThan(0);
  });

  it("is null when undefined: no ratings, or both sides one constant value", () => {
    expect(quadraticWeightedKappaFromCounts(matrix([]))).toBeNull();
    expect(
      quadraticWeightedKappaFromCounts(
        matrix([
          [2, 2],
          [2, 2],
        ]),
      ),
    ).toBeNull();
  });
});
