// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { render, screen } from "~/testing/render";
import { LengthMeter, type LengthTargets } from "./length-meter";

const targets: LengthTargets = {
  allowed: { min: 80, max: 400 },
  ideal: { min: 150, max: 300 },
  spokenSeconds: { min: 60, max: 120 },
};

function verdictFor(words: number): string | null {
  const { container } = render(<LengthMeter words={words} targets={targets} />);
  return container.querySelector("p:last-of-type")?.textContent ?? null;
}

describe("LengthMeter", () => {
  it("counts words and says how long they take to say", () => {
    render(<LengthMeter words={150} targets={targets} />);
    expect(screen.getByTestId("word-count").textContent).toBe("150 words");
    // 150 words at ~150 a minute; the target is the kind's spoken range.
    expect(screen.getByText("about 1:00 spoken")).toBeTruthy();
    expect(screen.getByText(/target 1:00–\s*2:00/)).toBeTruthy();
  });

  it("names the target before the first word, and the limits outside the allowed range", () => {
    expect(verdictFor(0)).toBe("Aim for 150–300 words.");
    expect(verdictFor(40)).toBe("Too short for this kind: at least 80 words.");
    expect(verdictFor(401)).toBe("Too long for this kind: at most 400 words.");
  });

  it("tells a length inside the allowed range apart from the sweet spot", () => {
    expect(verdictFor(100)).toBe("Within range; 150–300 words is the sweet spot.");
    expect(verdictFor(200)).toBe("A good length for this kind.");
    expect(verdictFor(350)).toBe(
      "Within range but long to say aloud; 300 words or fewer is easier to follow.",
    );
  });

  it("says one word in the singular", () => {
    render(<LengthMeter words={1} targets={targets} />);
    expect(screen.getByTestId("word-count").textContent).toBe("1 word");
  });
});
