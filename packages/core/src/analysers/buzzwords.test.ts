import { describe, expect, it } from "vitest";
import { analyseBuzzwords } from "./buzzwords.ts";
import { createContext } from "./context.ts";
import { analyseNumbers } from "./numbers.ts";

const buzz = (text: string) => {
  const ctx = createContext("deep_dive", "", text);
  return analyseBuzzwords(ctx, analyseNumbers(ctx).measuredSentences);
};

describe("analyseBuzzwords", () => {
  it("calls a paragraph of reliability vocabulary stuffing", () => {
    const result = buzz(
      "I championed SLOs and error budgets, introduced circuit breakers and bulkheads, added backpressure and graceful degradation, and drove observability with distributed tracing so the platform became resilient and scalable.",
    );
    expect(result.unbacked.length).toBeGreaterThanOrEqual(6);
    expect(result.isStuffed).toBe(true);
  });

  it("accepts a term that is tied to a measured claim", () => {
    const result = buzz(
      "Our SLO was 99.9% of checkouts under 300 ms, and we burned 40% of the error budget in one week.",
    );
    expect(result.unbacked).toHaveLength(0);
    expect(result.isStuffed).toBe(false);
  });

  it("does not flag one passing mention", () => {
    expect(buzz("The service needed better observability before launch.").isStuffed).toBe(false);
  });
});
