import { describe, expect, it } from "vitest";
import { createContext } from "./context.ts";
import { analyseOwnership } from "./pronouns.ts";

const own = (text: string) => analyseOwnership(createContext("deep_dive", "", text));

describe("analyseOwnership", () => {
  it("counts first-person singular and plural", () => {
    const result = own("I wrote my design doc. We shipped it with our team and it helped us.");
    expect(result.firstPersonSingular).toBe(2);
    expect(result.firstPersonPlural).toBe(3);
  });

  it("does not count the US as 'us'", () => {
    expect(own("I am authorized to work in the US.").firstPersonPlural).toBe(0);
  });

  it("credits concrete first-person actions, including verb lists", () => {
    const result = own(
      "I wrote the design doc, built the consumer and owned the rollout. I profiled the slow query.",
    );
    expect(result.concreteActions).toBeGreaterThanOrEqual(3);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });

  it("points evidence at the candidate's own 'I + verb' words", () => {
    const ctx = createContext("deep_dive", "", "Then I rolled back the deploy within minutes.");
    const result = analyseOwnership(ctx);
    const spans = result.evidence
      .filter((e) => e.tag === "first_person_action")
      .map((e) => ctx.text.slice(e.start, e.end));
    expect(spans).toEqual(["I rolled back the"]);
  });

  it("sees through 'I' sentences that describe other people's work", () => {
    const result = own(
      "I had our data scientist train the model. I got the platform team to build the service. I asked Tomás to profile it and he batched the lookups. I made sure the pipeline was built by the data team. I presented the results.",
    );
    expect(result.delegatedActions).toBeGreaterThanOrEqual(2);
    expect(result.isHidden).toBe(true);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it("flags a hands-off 'I': work handed to others, more coordinating than building", () => {
    const result = own(
      "I led the project and coordinated the schedule with the data team. I had Priya build the importer and I asked Tom to write the migration. I wrote the rollout plan.",
    );
    expect(result.delegatedActions).toBeGreaterThanOrEqual(1);
    expect(result.managerialActions + result.delegatedActions).toBeGreaterThanOrEqual(
      result.concreteActions,
    );
    expect(result.isHidden).toBe(true);
  });

  it("does not call one handed-off task hidden when the speaker built most of it", () => {
    const result = own(
      "I asked Priya to review the schema. I wrote the importer, built the retry queue, added the dedupe index and profiled the slow batch.",
    );
    expect(result.delegatedActions).toBeGreaterThanOrEqual(1);
    expect(result.isHidden).toBe(false);
  });

  it("flags a story told entirely in 'we'", () => {
    const result = own(
      "We looked at the logs. We decided to add a cache. We built it and we rolled it out. We measured the result.",
    );
    expect(result.isHidden).toBe(true);
    expect(result.score).toBeLessThanOrEqual(1);
  });

  it("keeps a clear split of who built what high", () => {
    const result = own(
      "The platform team built the integration and I reviewed it. I built the verification service, wrote the DNS check and added the alerts.",
    );
    expect(result.isHidden).toBe(false);
    expect(result.score).toBeGreaterThanOrEqual(3);
  });
});
