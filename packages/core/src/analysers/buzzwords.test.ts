import { describe, expect, it } from "vitest";
import { analyseBuzzwords } from "./buzzwords.ts";
import { findComponentMentions } from "./components.ts";
import { createContext } from "./context.ts";
import { analyseNumbers } from "./numbers.ts";

const buzz = (text: string) => {
  const ctx = createContext("deep_dive", "", text);
  const { quantities } = analyseNumbers(ctx);
  return analyseBuzzwords(ctx, { quantities, mentions: findComponentMentions(ctx) });
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

  it.each([
    ["a number", "I put a circuit breaker on the ledger client that opens after 20 failed calls."],
    ["a named technology", "Our circuit breakers live in Envoy, next to the retry policy."],
    [
      "a mechanism",
      "The SLO alert pages on burn rate, and retries use exponential backoff with jitter.",
    ],
    ["a specific part", "I added backpressure between the connection pool and the write path."],
  ])("does not penalise a buzzword backed by %s in its sentence", (_backing, text) => {
    expect(buzz(text).unbacked).toEqual([]);
  });

  it("does not let one name back a string of buzzwords", () => {
    const result = buzz(
      "We leveraged Kafka for a resilient, scalable, cloud-native platform with full observability. On Kubernetes it became robust, seamless and fault-tolerant.",
    );
    expect(result.unbacked.length).toBeGreaterThanOrEqual(7);
    expect(result.isStuffed).toBe(true);
  });

  it("still penalises a buzzword whose sentence names only generic parts or the term itself", () => {
    const result = buzz(
      "The service got observability and dead-letter queues. Our platform is resilient and scalable.",
    );
    expect(result.unbacked.map((m) => m.phrase)).toEqual([
      "observability",
      "dead-letter queues",
      "resilient",
      "scalable",
    ]);
  });

  it("does not flag one passing mention", () => {
    expect(buzz("The service needed better observability before launch.").isStuffed).toBe(false);
  });
});
