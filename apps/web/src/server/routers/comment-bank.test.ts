import { randomUUID } from "node:crypto";
import {
  createAnswer,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  uniformDimensions,
} from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

const dimensions = uniformDimensions(2);

/** Organisation A: cohort A1 (coach, lead, candidate) and A2 (coach); organisation B: B1. */
async function bankFixture() {
  const orgA = await createOrganisation(db);
  const a1 = await createCohortWithMembers(db, {
    organisationId: orgA.id,
    leads: 1,
    coaches: 1,
    candidates: 1,
  });
  const a2 = await createCohortWithMembers(db, { organisationId: orgA.id, candidates: 0 });
  const b1 = await createCohortWithMembers(db, { leads: 1, candidates: 1 });
  const [coach] = a1.coaches;
  const [lead] = a1.leads;
  const [candidate] = a1.candidates;
  const [colleague] = a2.coaches;
  const [outsider] = b1.coaches;
  const [outsideLead] = b1.leads;
  const [outsideCandidate] = b1.candidates;
  if (!coach || !lead || !candidate || !colleague || !outsider || !outsideLead || !outsideCandidate)
    throw new Error("fixture");
  const body = "I traced the timeouts to a missing index and added it after measuring.";
  const answers = [];
  for (let i = 0; i < 2; i += 1) {
    const question = await createQuestion(db, { cohortId: a1.cohort.id });
    answers.push(
      await createAnswer(db, {
        candidateId: candidate.id,
        questionId: question.id,
        cohortId: a1.cohort.id,
        body,
      }),
    );
  }
  const [first, second] = answers;
  if (!first || !second) throw new Error("fixture");
  return {
    a1,
    b1,
    first,
    second,
    coach: callerFor(coach.id),
    lead: callerFor(lead.id),
    candidate: callerFor(candidate.id),
    colleague: callerFor(colleague.id),
    outsider: callerFor(outsider.id),
    outsideLead: callerFor(outsideLead.id),
    outsideCandidate: callerFor(outsideCandidate.id),
  };
}

describe("commentBank", () => {
  it("saves, inserts, edits everywhere (the candidate reads the new text) and counts uses", async () => {
    const f = await bankFixture();
    const entry = await f.coach.commentBank.create({
      text: "Say what you measured.",
      dimension: "impact",
      score: 2,
      cohortId: f.a1.cohort.id,
    });
    expect(entry).toMatchObject({ usageCount: 0, dimension: "impact", score: 2 });

    // Typing a few letters finds it, for the colleague in the other cohort too.
    const found = await f.colleague.commentBank.list({ query: "measu" });
    expect(found.map((e) => e.text)).toEqual(["Say what you measured."]);

    for (const answer of [f.first, f.second]) {
      await f.coach.reviews.save({
        answerId: answer.id,
        expectedVersion: answer.version,
        dimensions,
        overrideReasons: {},
        overallComment: "Say what you measured.",
        overallBankEntryIds: [entry.id],
        comments: [],
        submit: true,
      });
    }
    expect((await f.coach.commentBank.list())[0]?.usageCount).toBe(2);

    await f.colleague.commentBank.update({
      entryId: entry.id,
      text: "Say which number moved.",
    });
    for (const answer of [f.first, f.second]) {
      const review = await f.coach.reviews.get({ answerId: answer.id });
      expect(review.review?.overallComment).toBe("Say which number moved.");
      const seen = await f.candidate.answers.get({ answerId: answer.id });
      expect(seen.coach?.comment).toBe("Say which number moved.");
    }

    await f.coach.commentBank.delete({ entryId: entry.id });
    expect(await f.coach.commentBank.list()).toEqual([]);
    const seen = await f.candidate.answers.get({ answerId: f.first.id });
    expect(seen.coach?.comment).toBe("Say which number moved.");
  });

  it("is the organisation's only: other organisations get NOT_FOUND, other roles FORBIDDEN", async () => {
    const f = await bankFixture();
    const entry = await f.coach.commentBank.create({ text: "Lead with the outcome." });

    expect(await f.outsider.commentBank.list()).toEqual([]);
    expect(await f.outsider.commentBank.list({ query: "outcome" })).toEqual([]);
    await expectCode(
      f.outsider.commentBank.update({ entryId: entry.id, text: "Hijacked." }),
      "NOT_FOUND",
    );
    await expectCode(f.outsider.commentBank.delete({ entryId: entry.id }), "NOT_FOUND");
    await expectCode(
      f.outsider.commentBank.create({ text: "Into A's bank.", cohortId: f.a1.cohort.id }),
      "NOT_FOUND",
    );
    await expectCode(f.coach.commentBank.delete({ entryId: randomUUID() }), "NOT_FOUND");
    // Linking another organisation's entry into a review is NOT_FOUND too.
    const theirs = await f.outsider.commentBank.create({ text: "Theirs." });
    await expectCode(
      f.coach.reviews.save({
        answerId: f.first.id,
        expectedVersion: f.first.version,
        dimensions,
        overrideReasons: {},
        overallComment: "Theirs.",
        overallBankEntryIds: [theirs.id],
        comments: [],
        submit: false,
      }),
      "NOT_FOUND",
    );

    for (const caller of [f.candidate, f.lead, f.outsideCandidate, f.outsideLead]) {
      await expectCode(caller.commentBank.list(), "FORBIDDEN");
      await expectCode(caller.commentBank.create({ text: "Nope." }), "FORBIDDEN");
      await expectCode(caller.commentBank.update({ entryId: entry.id, text: "x" }), "FORBIDDEN");
      await expectCode(caller.commentBank.delete({ entryId: entry.id }), "FORBIDDEN");
    }
    await expectCode(callerFor(null).commentBank.list(), "UNAUTHORIZED");
    expect((await f.coach.commentBank.list()).map((e) => e.text)).toEqual([
      "Lead with the outcome.",
    ]);
  });

  it("refuses bad input naming the field, and duplicates with CONFLICT", async () => {
    const f = await bankFixture();
    await f.coach.commentBank.create({ text: "Once." });
    await expectCode(f.colleague.commentBank.create({ text: " Once. " }), "CONFLICT");
    const blank = await expectCode(f.coach.commentBank.create({ text: "   " }), "BAD_REQUEST");
    expect(blank.message).toContain("text");
    const score = await expectCode(
      f.coach.commentBank.create({ text: "Too high.", score: 5 }),
      "BAD_REQUEST",
    );
    expect(score.message).toContain("score");
    await expectCode(
      // @ts-expect-error: not a dimension
      f.coach.commentBank.create({ text: "Odd.", dimension: "charisma" }),
      "BAD_REQUEST",
    );
    await expectCode(f.coach.commentBank.update({ entryId: "nope", text: "x" }), "BAD_REQUEST");
  });
});
