import { describe, expect, it } from "vitest";
import { analyseComponents } from "./components.ts";
import { createContext } from "./context.ts";
import { analyseReflection } from "./reflection.ts";

const reflect = (text: string) => {
  const ctx = createContext("debugging", "", text);
  return analyseReflection(ctx, analyseComponents(ctx, new Set()).technicalSentences);
};

describe("analyseReflection", () => {
  it("scores a concrete lesson, change and prevention highly", () => {
    const result = reflect(
      "Prevention: I added an alert when any transaction runs over one second and a pool-wait-time panel on the dashboard. The lesson I took is that the saturated pool was a symptom, and the useful metric was connection hold time. Next time I'd add the histogram before the incident, not after.",
    );
    expect(result.score).toBe(4);
  });

  it("gives a generic lesson little", () => {
    const result = reflect("I learned a lot and it was a good learning experience.");
    expect(result.score).toBe(1);
    expect(result.evidence.some((e) => e.effect === "hurts")).toBe(true);
  });

  it("gives nothing when there is no reflection", () => {
    expect(reflect("I fixed the query and deployed it.").score).toBe(0);
  });
});
