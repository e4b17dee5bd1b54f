import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseDelivery, type DeliveryInputs, fitLength } from "./delivery.ts";

const clean: DeliveryInputs = {
  hedgeDensity: 0,
  tangents: 0,
  unbackedBuzzwords: 0,
  isBuzzwordStuffed: false,
  deflections: 0,
  isGenericMotivation: false,
  isWrongShape: false,
  hasNoSpine: false,
  vagueScaleWords: 0,
  effortCounts: 0,
  cliches: 0,
};
const words = (n: number) =>
  Array.from({ length: n }, (_, i) => (i % 12 === 11 ? "word." : "word")).join(" ");

describe("fitLength", () => {
  it("uses the kind's ranges", () => {
    expect(fitLength("intro", 59)).toBe("under");
    expect(fitLength("intro", 60)).toBe("short");
    expect(fitLength("intro", 180)).toBe("fit");
    expect(fitLength("intro", 250)).toBe("long");
    expect(fitLength("intro", 261)).toBe("over");
    expect(fitLength("deep_dive", 180)).toBe("short");
    expect(fitLength("deep_dive", 350)).toBe("fit");
    expect(fitLength("deep_dive", 601)).toBe("over");
  });
});

describe("analyseDelivery", () => {
  it("gives a well-sized, plain answer full marks", () => {
    expect(analyseDelivery(createContext("intro", "", words(180)), clean).score).toBe(4);
  });

  it("marks an intro of 250 words down even though it is allowed", () => {
    expect(analyseDelivery(createContext("intro", "", words(250)), clean).score).toBe(3);
  });

  it("marks hedging and buzzwords down", () => {
    const ctx = createContext("intro", "", words(180));
    expect(analyseDelivery(ctx, { ...clean, hedgeDensity: 5 }).score).toBe(2);
    expect(analyseDelivery(ctx, { ...clean, isBuzzwordStuffed: true }).score).toBe(2);
  });

  it("penalises a deep-dive monologue in an intro", () => {
    const ctx = createContext("intro", "", words(180));
    expect(analyseDelivery(ctx, { ...clean, isWrongShape: true }).score).toBe(3);
  });

  it("asks a deep dive to frame itself early", () => {
    const framed = createContext(
      "deep_dive",
      "",
      `I'll walk through the billing rewrite. ${words(300)}`,
    );
    const unframed = createContext("deep_dive", "", words(300));
    expect(analyseDelivery(framed, clean).isFramedEarly).toBe(true);
    expect(analyseDelivery(unframed, clean).isFramedEarly).toBe(false);
  });

  it("gives an empty answer zero", () => {
    expect(analyseDelivery(createContext("intro", "", ""), clean).score).toBe(0);
  });
});
