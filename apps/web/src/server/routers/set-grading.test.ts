import { randomUUID } from "node:crypto";
import { createCohortWithMembers, createQuestion, uniformDimensions } from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

// questionSets.grading / updateGrading / publishReviews through the router: the coach rung,
// scope checks and the candidate's view of a held review end to end.

async function fixture() {
  const { cohort, coaches, candidates, leads } = await createCohortWithMembers(db, {
    candidates: 1,
    leads: 1,
  });
  const [coach] = coaches;
  const [alice] = candidates;
  const [lead] = leads;
  const other = await createCohortWithMembers(db, { candidates: 1 });
  const [otherCoach] = other.coaches;
  if (!coach || !alice || !lead || !otherCoach) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: cohort.id, kind: "deep_dive" });
  const api = callerFor(coach.id);
  const { id: setId } = await api.questionSets.create({
    cohortId: cohort.id,
    title: "Held set",
    description: "",
  });
  await api.questionSets.setItems({ setId, questionIds: [question.id] });
  await api.assignments.create({
    setId,
    dueAt: new Date(Date.now() + 86_400_000),
    candidateIds: [alice.id],
  });
  return { cohort, coach, alice, lead, otherCoach, question, setId, api };
}

const dimensionsAllTwo = uniformDimensions(2);

describe("set grading settings and publishing", () => {
  it("holds a submitted review from the candidate until the coach publishes the set", async () => {
    const f = await fixture();
    expect(await f.api.questionSets.grading({ setId: f.setId })).toEqual({
      setId: f.setId,
      releaseMode: "on_submit",
      blind: false,
      heldReviews: 0,
    });
    await f.api.questionSets.updateGrading({
      setId: f.setId,
      releaseMode: "on_publish",
      blind: true,
    });
    const candidate = callerFor(f.alice.id);
    const [assignment] = await candidate.assignments.mine();
    const { answerId } = await candidate.answers.submit({
      questionId: f.question.id,
      assignmentId: assignment?.id,
      body: "I led the incident review, found the missing index and cut p99 latency from 900 ms to 80 ms.",
      idempotencyKey: randomUUID(),
    });
    const panel = await f.api.reviews.get({ answerId });
    const saved = await f.api.reviews.save({
      answerId,
      expectedVersion: panel.answer.version,
      dimensions: panel.auto?.dimensions ?? dimensionsAllTwo,
      overrideReasons: {},
      overallComment: "Strong ownership; say what you would do differently.",
      comments: [],
      submit: true,
    });
    expect(saved).toMatchObject({ status: "in_review" });

    const before = await candidate.answers.get({ answerId });
    expect(before.status).toBe("in_review");
    expect(before.coach).toBeNull();
    expect(
      (await candidate.notifications.list()).filter((n) => n.kind === "review_landed"),
    ).toEqual([]);
    expect((await f.api.questionSets.grading({ setId: f.setId })).heldReviews).toBe(1);

    expect(await f.api.questionSets.publishReviews({ setId: f.setId })).toEqual({
      setId: f.setId,
      published: 1,
    });
    expect(await f.api.questionSets.publishReviews({ setId: f.setId })).toEqual({
      setId: f.setId,
      published: 0,
    });
    const after = await candidate.answers.get({ answerId });
    expect(after.status).toBe("reviewed");
    expect(after.coach?.comment).toBe("Strong ownership; say what you would do differently.");
    expect(
      (await candidate.notifications.list()).filter((n) => n.kind === "review_landed"),
    ).toHaveLength(1);
  });

  it("is the coach's alone, and only for their own cohorts' sets", async () => {
    const f = await fixture();
    const settings = { setId: f.setId, releaseMode: "on_publish" as const, blind: true };
    for (const userId of [f.alice.id, f.lead.id]) {
      await expectCode(callerFor(userId).questionSets.grading({ setId: f.setId }), "FORBIDDEN");
      await expectCode(callerFor(userId).questionSets.updateGrading(settings), "FORBIDDEN");
      await expectCode(
        callerFor(userId).questionSets.publishReviews({ setId: f.setId }),
        "FORBIDDEN",
      );
    }
    const foreign = callerFor(f.otherCoach.id);
    await expectCode(foreign.questionSets.grading({ setId: f.setId }), "NOT_FOUND");
    await expectCode(foreign.questionSets.updateGrading(settings), "NOT_FOUND");
    await expectCode(foreign.questionSets.publishReviews({ setId: f.setId }), "NOT_FOUND");
    await expectCode(
      callerFor(null).questionSets.publishReviews({ setId: f.setId }),
      "UNAUTHORIZED",
    );
    await expectCode(
      f.api.questionSets.updateGrading({ ...settings, releaseMode: "later" as never }),
      "BAD_REQUEST",
    );
    expect((await f.api.questionSets.grading({ setId: f.setId })).releaseMode).toBe("on_submit");
  });
});
