import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseNumbers, scoreSpecificity } from "./numbers.ts";

const analyse = (text: string) => {
  const ctx = createContext("deep_dive", "", text);
  return { ctx, result: analyseNumbers(ctx) };
};

describe("analyseNumbers", () => {
  it("treats numbers with units as quantified claims", () => {
    const { ctx, result } = analyse(
      "p99 latency dropped from 800 ms to 120 ms, and errors fell to 0.2%. We served 8k QPS at peak.",
    );
    const claims = result.quantities.filter((q) => q.weight >= 1);
    expect(claims.length).toBeGreaterThanOrEqual(4);
    const quoted = result.evidence
      .filter((e) => e.tag === "quantified_claim")
      .map((e) => ctx.text.slice(e.start, e.end));
    expect(quoted).toContain("800 ms");
    expect(quoted).toContain("0.2%");
  });

  it("recognises currency and spelled-out numbers", () => {
    const { result } = analyse("The bill went from $40k to $26k a month within six weeks.");
    expect(result.quantities.filter((q) => q.kind === "measure").length).toBeGreaterThanOrEqual(2);
    expect(result.quantities.some((q) => q.kind === "duration")).toBe(true);
  });

  it("gives no credit to numbers that count people or effort", () => {
    const { result } = analyse(
      "There were 40 messages in the channel, 5 people on the call, 3 pots of coffee and 9 meetings.",
    );
    expect(result.measuredWeight).toBe(0);
    expect(result.evidence.filter((e) => e.tag === "untied_number").length).toBeGreaterThanOrEqual(
      3,
    );
  });

  it("flags scale words that have no number beside them", () => {
    const { result } = analyse("It was a huge codebase and the new one is much faster.");
    expect(result.vague.map((m) => m.phrase)).toEqual(["huge", "much faster"]);
    expect(result.score).toBe(0);
  });

  it("reads a currency amount with a magnitude word as one measurement", () => {
    const { ctx, result } = analyse("Our payout API moves about $1.4 billion a month.");
    const claim = result.quantities[0];
    expect(result.quantities).toHaveLength(1);
    expect(claim?.kind).toBe("measure");
    expect(
      ctx.text.slice(ctx.tokens[claim?.from ?? 0]?.start, ctx.tokens[(claim?.to ?? 1) - 1]?.end),
    ).toBe("$1.4 billion");
  });

  it("reads zero, fractions and magnitude words as numbers", () => {
    expect(analyse("Duplicates went from 40 a week to zero.").result.quantities).toHaveLength(2);
    expect(analyse("We had zero incidents that quarter.").result.quantities[0]?.kind).toBe("count");
    expect(analyse("Two thirds of checkouts retried.").result.quantities[0]?.kind).toBe("measure");
    expect(analyse("We store 1.2 million rows per day.").result.measuredWeight).toBe(1);
  });

  it("treats a number after a metric name as a measurement, and both ends of a range alike", () => {
    const { result } = analyse(
      "CLS went from 0.25 to 0.05, and the replication factor of 3 stayed.",
    );
    expect(result.quantities.map((q) => q.kind)).toEqual(["measure", "measure", "measure"]);
    const range = analyse("The build went from 40 to 12 minutes.").result;
    expect(range.quantities.map((q) => q.kind)).toEqual(["duration", "duration"]);
  });

  it("does not count a year as a claim", () => {
    expect(analyse("In 2019 I joined the team.").result.quantities).toHaveLength(0);
  });

  it("scores more measured claims higher", () => {
    expect(scoreSpecificity(0, 0)).toBe(0);
    expect(scoreSpecificity(2, 0)).toBe(2);
    expect(scoreSpecificity(7, 0)).toBe(4);
    // Scale words that outnumber the numbers pull the score down.
    expect(scoreSpecificity(4, 3)).toBe(2);
  });
});
