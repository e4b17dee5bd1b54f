import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

/** A released coach review of Alice's answer in a cohort Marcus coaches, and a foreign cohort. */
async function fixture() {
  const { cohort, coaches, candidates, leads } = await createCohortWithMembers(db, {
    coaches: 1,
    candidates: 2,
    leads: 1,
  });
  const [marcus] = coaches;
  const [alice, bob] = candidates;
  const [lena] = leads;
  const other = await createCohortWithMembers(db, { coaches: 1, leads: 1 });
  const [otherCoach] = other.coaches;
  const [otherLead] = other.leads;
  if (!marcus || !alice || !bob || !lena || !otherCoach || !otherLead) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: cohort.id, kind: "debugging" });
  const answer = await createAnswer(db, {
    candidateId: alice.id,
    questionId: question.id,
    cohortId: cohort.id,
    coach: { reviewerId: marcus.id, dimensions: { reflection: 1 } },
  });
  return { cohort, other, marcus, alice, bob, lena, otherCoach, otherLead, answer };
}

describe("regrades router", () => {
  it("candidate asks, coach accepts with a new score, both read the history", async () => {
    const f = await fixture();
    const alice = callerFor(f.alice.id);
    const before = await alice.regrades.forAnswer({ answerId: f.answer.id });
    expect(before.availability.isOpen).toBe(true);
    const request = await alice.regrades.request({
      answerId: f.answer.id,
      dimensions: ["reflection"],
      reason: "I named the alert I added afterwards.",
    });
    const marcus = callerFor(f.marcus.id);
    expect(await marcus.regrades.pendingCount()).toBe(1);
    expect(await marcus.regrades.queue()).toEqual([
      expect.objectContaining({ id: request.id, candidateName: f.alice.name }),
    ]);
    const detail = await marcus.reviews.get({ answerId: f.answer.id });
    const { version } = await marcus.regrades.accept({
      requestId: request.id,
      expectedVersion: detail.answer.version,
      dimensions: { reflection: 3 },
      reason: "You did: the alert is prevention.",
    });
    expect(version).toBe(detail.answer.version + 1);
    const card = await alice.answers.get({ answerId: f.answer.id });
    expect(card.coach?.dimensions.reflection).toBe(3);
    expect(card.coach?.overrideReasons.reflection).toBe("You did: the alert is prevention.");
    const after = await alice.regrades.forAnswer({ answerId: f.answer.id });
    expect(after.request).toMatchObject({
      status: "accepted",
      before: { dimensions: { reflection: 1 } },
      after: { dimensions: { reflection: 3 } },
      decidedByName: f.marcus.name,
    });
    expect(await marcus.regrades.forReview({ answerId: f.answer.id })).toMatchObject({
      status: "accepted",
    });
    expect(await callerFor(f.lena.id).regrades.byCoach({ cohortId: f.cohort.id })).toEqual([
      expect.objectContaining({ coachId: f.marcus.id, requested: 1, accepted: 1 }),
    ]);
  });

  it("a decline needs an answer; a second request is CONFLICT", async () => {
    const f = await fixture();
    const alice = callerFor(f.alice.id);
    const request = await alice.regrades.request({
      answerId: f.answer.id,
      dimensions: ["reflection"],
      reason: "Please look again.",
    });
    await expectCode(
      alice.regrades.request({ answerId: f.answer.id, dimensions: ["depth"], reason: "Again." }),
      "CONFLICT",
    );
    const marcus = callerFor(f.marcus.id);
    await expectCode(
      marcus.regrades.decline({ requestId: request.id, answer: "  " }),
      "BAD_REQUEST",
    );
    await marcus.regrades.decline({ requestId: request.id, answer: "The lesson is general." });
    expect((await alice.regrades.forAnswer({ answerId: f.answer.id })).request).toMatchObject({
      status: "declined",
      coachAnswer: "The lesson is general.",
    });
  });

  it("wrong role is FORBIDDEN; another candidate, a foreign coach or lead is NOT_FOUND", async () => {
    const f = await fixture();
    const request = await callerFor(f.alice.id).regrades.request({
      answerId: f.answer.id,
      dimensions: ["reflection"],
      reason: "Please look again.",
    });
    // Roles.
    await expectCode(
      callerFor(f.marcus.id).regrades.request({
        answerId: f.answer.id,
        dimensions: ["reflection"],
        reason: "As a coach.",
      }),
      "FORBIDDEN",
    );
    await expectCode(
      callerFor(f.alice.id).regrades.decline({ requestId: request.id, answer: "Myself." }),
      "FORBIDDEN",
    );
    await expectCode(
      callerFor(f.marcus.id).regrades.byCoach({ cohortId: f.cohort.id }),
      "FORBIDDEN",
    );
    await expectCode(callerFor(null).regrades.pendingCount(), "UNAUTHORIZED");
    // Other candidate.
    await expectCode(
      callerFor(f.bob.id).regrades.forAnswer({ answerId: f.answer.id }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.bob.id).regrades.request({
        answerId: f.answer.id,
        dimensions: ["reflection"],
        reason: "Not mine.",
      }),
      "NOT_FOUND",
    );
    // Foreign cohort.
    const stranger = callerFor(f.otherCoach.id);
    await expectCode(stranger.regrades.forReview({ answerId: f.answer.id }), "NOT_FOUND");
    await expectCode(
      stranger.regrades.decline({ requestId: request.id, answer: "Not mine." }),
      "NOT_FOUND",
    );
    await expectCode(
      stranger.regrades.accept({
        requestId: request.id,
        expectedVersion: f.answer.version,
        dimensions: { reflection: 4 },
        reason: "Not mine.",
      }),
      "NOT_FOUND",
    );
    expect(await stranger.regrades.queue()).toEqual([]);
    await expectCode(stranger.regrades.queue({ cohortId: f.cohort.id }), "NOT_FOUND");
    await expectCode(
      callerFor(f.otherLead.id).regrades.byCoach({ cohortId: f.cohort.id }),
      "NOT_FOUND",
    );
  });

  it("bad input names the field", async () => {
    const f = await fixture();
    const error = await expectCode(
      callerFor(f.alice.id).regrades.request({
        answerId: f.answer.id,
        // @ts-expect-error an unknown dimension, as a hand-made request could send
        dimensions: ["charisma"],
        reason: "x",
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/dimensions/);
  });

  it("the set's window: the coach sets it (0 turns regrades off), others get NOT_FOUND", async () => {
    const f = await fixture();
    const question = await createQuestion(db, { cohortId: f.cohort.id, kind: "debugging" });
    const set = await createQuestionSet(db, { cohortId: f.cohort.id, questionIds: [question.id] });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: f.cohort.id,
      candidateId: f.alice.id,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const answer = await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: question.id,
      cohortId: f.cohort.id,
      assignmentId: assignment.id,
      coach: { reviewerId: f.marcus.id },
    });
    const marcus = callerFor(f.marcus.id);
    expect(await marcus.questionSets.regradeWindow({ setId: set.id })).toMatchObject({
      regradeWindowDays: 7,
    });
    await expectCode(
      marcus.questionSets.setRegradeWindow({ setId: set.id, days: 61 }),
      "BAD_REQUEST",
    );
    await expectCode(
      callerFor(f.otherCoach.id).questionSets.setRegradeWindow({ setId: set.id, days: 0 }),
      "NOT_FOUND",
    );
    await marcus.questionSets.setRegradeWindow({ setId: set.id, days: 0 });
    const seen = await callerFor(f.alice.id).regrades.forAnswer({ answerId: answer.id });
    expect(seen.availability).toMatchObject({
      isOpen: false,
      reason: expect.stringMatching(/turned off/),
    });
    await expectCode(
      callerFor(f.alice.id).regrades.request({
        answerId: answer.id,
        dimensions: ["depth"],
        reason: "Off.",
      }),
      "BAD_REQUEST",
    );
  });
});
