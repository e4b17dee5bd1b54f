import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseTradeoffs } from "./tradeoffs.ts";

const trade = (text: string) => analyseTradeoffs(createContext("deep_dive", "", text));

describe("analyseTradeoffs", () => {
  it("scores all four parts of a tradeoff at the top", () => {
    const result = trade(
      "I considered two options: a distributed lock or a uniqueness constraint. I chose the constraint because it was simpler and durable. The cost was extra contention on the write path. To soften that, I added an index and kept transactions short.",
    );
    expect(result.alternatives).toBeGreaterThan(0);
    expect(result.costs).toBeGreaterThan(0);
    expect(result.mitigations).toBeGreaterThan(0);
    expect(result.score).toBe(4);
  });

  it("gives nothing when no alternative or choice is named", () => {
    expect(trade("I built the service and shipped it in March.").score).toBe(0);
  });

  it("does not treat a bare 'because' as a tradeoff", () => {
    expect(trade("The job failed because the disk was full.").score).toBeLessThanOrEqual(1);
  });

  it.each([
    "I chose Postgres over adopting Kafka because we already ran it.",
    "I built the feature store ourselves rather than adopt Feast, because it lacked streaming.",
    "We went with SQS instead of Kafka since nobody on call knew Kafka.",
    "We prioritised latency over cost for the checkout path.",
  ])("recognises the alternative and the choice in %j", (text) => {
    const result = trade(text);
    expect(result.alternatives).toBe(1);
    expect(result.score).toBeGreaterThanOrEqual(2);
  });

  it.each(["I chose to migrate over the weekend.", "Latency went over 40 ms, so I rolled back."])(
    "does not read time or amount as an alternative in %j",
    (text) => {
      expect(trade(text).alternatives).toBe(0);
    },
  );

  it("ignores a cost with no choice on the table", () => {
    const result = trade("The downside was a slower build.");
    expect(result.costs).toBe(0);
  });
});
