import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { DimensionBars } from "./dimension-bars.tsx";

describe("DimensionBars", () => {
  it("exposes each score as a named meter on the 0–4 scale", () => {
    render(
      <DimensionBars
        dimensions={[
          { key: "structure", label: "Structure", score: 3 },
          { key: "ownership", label: "Ownership", score: 0 },
        ]}
      />,
    );
    const structure = screen.getByRole("meter", { name: "Structure" });
    expect(structure.getAttribute("aria-valuenow")).toBe("3");
    expect(structure.getAttribute("aria-valuemin")).toBe("0");
    expect(structure.getAttribute("aria-valuemax")).toBe("4");
    expect(structure.getAttribute("aria-valuetext")).toBe("3 of 4");
    // Segments: level 0..score are filled.
    expect(structure.querySelectorAll("[data-filled]")).toHaveLength(4);
    const ownership = screen.getByRole("meter", { name: "Ownership" });
    expect(ownership.getAttribute("aria-valuenow")).toBe("0");
    expect(ownership.querySelectorAll("[data-filled]")).toHaveLength(1);
  });

  it("names both series when a compare score is given, and clamps bad values", () => {
    render(
      <DimensionBars
        seriesLabel="Engine"
        compareLabel="Coach"
        dimensions={[{ key: "depth", label: "Depth", score: 7, compareScore: 2, weight: 20 }]}
      />,
    );
    expect(screen.getByRole("meter", { name: "Depth, Engine" }).getAttribute("aria-valuenow")).toBe(
      "4",
    );
    expect(screen.getByRole("meter", { name: "Depth, Coach" }).getAttribute("aria-valuenow")).toBe(
      "2",
    );
    expect(screen.getByText("Weight 20%")).toBeTruthy();
  });

  it("says when a dimension carries no weight for the question", () => {
    render(
      <DimensionBars
        dimensions={[{ key: "tradeoffs", label: "Trade-offs", score: 1, weight: 0 }]}
      />,
    );
    expect(screen.getByText("Not weighted for this question")).toBeTruthy();
  });
});
