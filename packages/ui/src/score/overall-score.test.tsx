import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { OverallScore } from "./overall-score.tsx";
import { getScoreBand } from "./score-band.ts";

describe("getScoreBand", () => {
  it("puts the cut-offs at 80, 60 and 40", () => {
    expect([100, 80, 79, 60, 59, 40, 39, 0].map((n) => getScoreBand(n).label)).toEqual([
      "Strong",
      "Strong",
      "Solid",
      "Solid",
      "Developing",
      "Developing",
      "Needs work",
      "Needs work",
    ]);
  });
});

describe("OverallScore", () => {
  it("announces the number and the band", () => {
    render(<OverallScore score={72} />);
    const meter = screen.getByRole("meter", { name: "Overall" });
    expect(meter.getAttribute("aria-valuenow")).toBe("72");
    expect(meter.getAttribute("aria-valuetext")).toBe("72 out of 100, Solid");
  });
});
