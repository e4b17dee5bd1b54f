import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseLogistics, analyseStructure } from "./structure.ts";

const debuggingInOrder = [
  "Symptoms: after a deploy the checkout API started failing, with errors at 12%.",
  "The logs showed pool timeouts and the dashboard showed every connection in use.",
  "I had two hypotheses, a slow database or leaked connections, and the metrics ruled out the first.",
  "The root cause turned out to be an HTTP call made inside a transaction.",
  "The fix was to move the call outside the transaction, and I rolled back first.",
  "To prevent a repeat I added an alert on transaction duration and a checklist item.",
].join(" ");

describe("analyseStructure", () => {
  it("scores a debugging story told in its arc highly", () => {
    const result = analyseStructure(createContext("debugging", "", debuggingInOrder));
    expect(result.missing).toHaveLength(0);
    expect(result.order).toBe(1);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it("marks an arc told backwards down", () => {
    const reversed = debuggingInOrder
      .split(/(?<=\.)\s/)
      .reverse()
      .join(" ");
    const inOrder = analyseStructure(createContext("debugging", "", debuggingInOrder));
    const backwards = analyseStructure(createContext("debugging", "", reversed));
    expect(backwards.order).toBeLessThan(inOrder.order);
    expect(backwards.score).toBeLessThan(inOrder.score);
  });

  it("finds the intro beats", () => {
    const text =
      "I'm a backend engineer at Kestrel, on the billing APIs. What I'm best at is making slow paths fast. Recently I cut invoice generation from 40 minutes to 3. I'm interested in this role because your team runs payments at a larger scale.";
    const result = analyseStructure(createContext("intro", "", text));
    expect(result.beats.map((b) => b.key)).toEqual([
      "current_role",
      "strengths",
      "impact",
      "why_role",
    ]);
    expect(result.score).toBe(4);
  });

  it("frames from the first real sentence, not a spoken 'Sure.'", () => {
    const text =
      "I'm a backend engineer at Kestrel, on the billing APIs. What I'm best at is making slow paths fast. Recently I cut invoice generation from 40 minutes to 3. I'm interested in this role because your team runs payments at a larger scale.";
    const plain = analyseStructure(createContext("intro", "", text));
    const withFiller = analyseStructure(createContext("intro", "", `Sure. ${text}`));
    expect(withFiller.isFramed).toBe(true);
    expect(withFiller.score).toBe(plain.score);
  });

  it("hears a root cause told as a reproduction or a bisect", () => {
    const text = [
      "After the release, checkout errors went from 0.1% to 4%.",
      "The logs showed timeouts on one endpoint.",
      "I suspected the new retry code, and the metrics ruled out the database.",
      "I bisected the release and reproduced it locally with a slow upstream.",
      "The fix was a 2-second timeout and a capped retry.",
      "To prevent it I added an alert on retry rate.",
    ].join(" ");
    const result = analyseStructure(createContext("debugging", "", text));
    expect(result.missing).toEqual([]);
    expect(result.beats.find((b) => b.key === "root_cause")?.sentence).toBe(3);
  });

  it("lists the beats that are missing", () => {
    const result = analyseStructure(
      createContext("conflict", "", "He wanted Kafka and I wanted Postgres."),
    );
    expect(result.missing.map((b) => b.key)).toContain("shared_goal");
    expect(result.score).toBeLessThanOrEqual(2);
  });
});

describe("analyseLogistics", () => {
  const prompt =
    "Are you authorized to work here, where are you based, what is your notice period and what compensation are you targeting?";

  it("checks that every asked item is answered concretely", () => {
    const answer =
      "I'm a US citizen, so no sponsorship needed. I'm based in Denver and happy to work remote. My notice period is three weeks. I'm targeting a base of $180k to $200k.";
    const result = analyseLogistics(createContext("logistics", prompt, answer));
    expect(result.asked).toEqual(["authorization", "location", "timeline", "compensation"]);
    expect(result.missing).toEqual([]);
    expect(result.structure).toBe(4);
    expect(result.specificity).toBeGreaterThanOrEqual(3);
  });

  it("names skipped and deflected items", () => {
    const answer =
      "I'm in Toronto and open to remote. On salary, I'd rather not give a number this early.";
    const result = analyseLogistics(createContext("logistics", prompt, answer));
    expect(result.missing).toEqual(
      expect.arrayContaining(["authorization", "timeline", "compensation"]),
    );
    expect(result.deflections).toBeGreaterThan(0);
    expect(result.structure).toBeLessThanOrEqual(2);
  });
});
