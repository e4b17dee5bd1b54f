import type { DimensionKey } from "@debrief/core/rubric";
import { auditEvents } from "@debrief/db/schema";
import { createAnswer, createCohortWithMembers, createQuestion } from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

const grade = (overrides: Partial<Record<DimensionKey, number>> = {}) => ({
  structure: 2,
  ownership: 2,
  specificity: 2,
  depth: 2,
  tradeoffs: 2,
  impact: 2,
  reflection: 2,
  delivery: 2,
  ...overrides,
});

async function fixture() {
  const { cohort, leads, coaches, candidates } = await createCohortWithMembers(db, {
    leads: [{ name: "Lena Lead" }],
    coaches: [{ name: "Cora First" }, { name: "Sol Second" }],
    candidates: [{ name: "Alice" }],
  });
  const [lead] = leads;
  const [first, second] = coaches;
  const [alice] = candidates;
  if (!lead || !first || !second || !alice) throw new Error("fixture");
  const other = await createCohortWithMembers(db, { leads: 1, coaches: 1, candidates: 1 });
  const answer = async () =>
    createAnswer(db, {
      candidateId: alice.id,
      questionId: (await createQuestion(db)).id,
      cohortId: cohort.id,
    });
  return { cohort, lead, first, second, alice, other, answer };
}

describe("doubleScoring", () => {
  it("the lead sets the rate (audited); a coach or candidate of the cohort is FORBIDDEN", async () => {
    const f = await fixture();
    const lead = callerFor(f.lead.id).doubleScoring;
    expect(await lead.settings({ cohortId: f.cohort.id })).toMatchObject({ rate: 0, since: null });
    const set = await lead.setRate({ cohortId: f.cohort.id, rate: 10 });
    expect(set.rate).toBe(10);
    expect(set.since).toBeInstanceOf(Date);
    const actions = (await db.select().from(auditEvents))
      .filter((row) => row.cohortId === f.cohort.id)
      .map((row) => row.action);
    expect(actions).toContain("cohort.double_scoring_set");

    await expectCode(
      callerFor(f.first.id).doubleScoring.setRate({ cohortId: f.cohort.id, rate: 50 }),
      "FORBIDDEN",
    );
    await expectCode(
      callerFor(f.alice.id).doubleScoring.settings({ cohortId: f.cohort.id }),
      "FORBIDDEN",
    );
    // Another cohort's lead does not learn this cohort exists.
    const otherLead = f.other.leads[0];
    if (!otherLead) throw new Error("fixture");
    await expectCode(
      callerFor(otherLead.id).doubleScoring.setRate({ cohortId: f.cohort.id, rate: 50 }),
      "NOT_FOUND",
    );
    await expectCode(lead.setRate({ cohortId: f.cohort.id, rate: 150 }), "BAD_REQUEST");
  });

  it("a lead cannot give a second grade; a coach outside the cohort gets NOT_FOUND", async () => {
    const f = await fixture();
    await callerFor(f.lead.id).doubleScoring.setRate({ cohortId: f.cohort.id, rate: 100 });
    const answer = await f.answer();
    const queue = await callerFor(f.second.id).doubleScoring.queue();
    expect(queue.items.map((i) => i.answerId)).toEqual([answer.id]);
    expect(queue.items[0]?.candidateName).toBe("Alice");

    const input = { answerId: answer.id, dimensions: grade(), comment: "" };
    await expectCode(callerFor(f.lead.id).doubleScoring.save(input), "FORBIDDEN");
    await expectCode(callerFor(f.alice.id).doubleScoring.get({ answerId: answer.id }), "FORBIDDEN");
    const outsider = f.other.coaches[0];
    if (!outsider) throw new Error("fixture");
    await expectCode(callerFor(outsider.id).doubleScoring.save(input), "NOT_FOUND");
    await expectCode(
      callerFor(outsider.id).doubleScoring.get({ answerId: answer.id }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.second.id).doubleScoring.save({ ...input, dimensions: grade({ depth: 5 }) }),
      "BAD_REQUEST",
    );
    expect(await callerFor(f.second.id).doubleScoring.save(input)).toMatchObject({
      answerId: answer.id,
    });
  });
});

describe("moderation", () => {
  it("two coaches 2+ apart: the lead lists and settles it; coaches are FORBIDDEN", async () => {
    const f = await fixture();
    await callerFor(f.lead.id).doubleScoring.setRate({ cohortId: f.cohort.id, rate: 100 });
    const answer = await f.answer();
    const saved = await callerFor(f.first.id).reviews.save({
      answerId: answer.id,
      expectedVersion: answer.version,
      dimensions: grade({ impact: 4 }),
      overrideReasons: { impact: "Measured result." },
      overallComment: "",
      comments: [],
      submit: true,
    });
    await callerFor(f.second.id).doubleScoring.save({
      answerId: answer.id,
      dimensions: grade({ impact: 1 }),
      comment: "No result.",
    });

    await expectCode(
      callerFor(f.first.id).moderation.list({ cohortId: f.cohort.id, status: "open" }),
      "FORBIDDEN",
    );
    const list = await callerFor(f.lead.id).moderation.list({
      cohortId: f.cohort.id,
      status: "open",
    });
    expect(list.items.map((i) => [i.answerId, i.disputed])).toEqual([[answer.id, ["impact"]]]);

    const settle = {
      cohortId: f.cohort.id,
      answerId: answer.id,
      expectedVersion: saved.version,
      dimensions: grade({ impact: 3 }),
      reason: "Stated but not measured.",
    };
    await expectCode(callerFor(f.second.id).moderation.settle(settle), "FORBIDDEN");
    await expectCode(
      callerFor(f.lead.id).moderation.settle({ ...settle, expectedVersion: saved.version + 5 }),
      "CONFLICT",
    );
    await expectCode(
      callerFor(f.lead.id).moderation.settle({ ...settle, reason: " " }),
      "BAD_REQUEST",
    );
    expect(await callerFor(f.lead.id).moderation.settle(settle)).toMatchObject({
      version: saved.version + 1,
    });

    // The candidate sees the settled grade.
    const seen = await callerFor(f.alice.id).answers.get({ answerId: answer.id });
    expect(JSON.stringify(seen)).toContain('"impact":3');

    // Coach–coach agreement: on the lead's dashboard and each coach's agreement page.
    const cohortAgreement = await callerFor(f.lead.id).doubleScoring.cohortAgreement({
      cohortId: f.cohort.id,
    });
    expect(cohortAgreement.pairs).toBe(1);
    const mine = await callerFor(f.first.id).doubleScoring.agreement();
    expect(mine.dimensions.find((d) => d.dimension === "impact")).toMatchObject({
      n: 1,
      withinOne: 0,
    });
  });
});
