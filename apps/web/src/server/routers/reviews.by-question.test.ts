import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
  uniformDimensions,
} from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

// reviews.byQuestion and reviews.setProgress: grading a set one question at a time.

const dimensions = uniformDimensions(2);

async function fixture() {
  const { cohort, coaches, candidates, leads } = await createCohortWithMembers(db, {
    leads: 1,
    candidates: [{ name: "Alice Adler" }, { name: "Bob Brown" }],
  });
  const [coach] = coaches;
  const [alice, bob] = candidates;
  const [lead] = leads;
  if (!coach || !alice || !bob || !lead) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: cohort.id, title: "Grade me" });
  const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [question.id] });
  const due = new Date(Date.now() + 86_400_000);
  for (const person of [alice, bob]) {
    await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: person.id,
      dueAt: due,
    });
  }
  const first = await createAnswer(db, {
    candidateId: alice.id,
    questionId: question.id,
    cohortId: cohort.id,
    submittedAt: new Date(Date.now() - 2 * 86_400_000),
  });
  const second = await createAnswer(db, {
    candidateId: bob.id,
    questionId: question.id,
    cohortId: cohort.id,
    submittedAt: new Date(Date.now() - 86_400_000),
  });
  const other = await createCohortWithMembers(db, { candidates: 1 });
  const otherCoach = other.coaches[0];
  if (!otherCoach) throw new Error("fixture");
  return { cohort, coach, alice, bob, lead, question, set, first, second, otherCoach };
}

describe("reviews.byQuestion", () => {
  it("lists the attempts in order and moves progress and spread when a grade is submitted", async () => {
    const f = await fixture();
    const api = callerFor(f.coach.id);
    const input = { setId: f.set.id, questionId: f.question.id };
    const before = await api.reviews.byQuestion(input);
    expect(before.attempts.map((a) => [a.answerId, a.candidateName])).toEqual([
      [f.first.id, "Alice Adler"],
      [f.second.id, "Bob Brown"],
    ]);
    expect(before.progress).toEqual({ graded: 0, total: 2, assigned: 2 });
    expect(await api.reviews.setProgress({ setId: f.set.id })).toEqual([
      { questionId: f.question.id, graded: 0, total: 2 },
    ]);

    await api.reviews.save({
      answerId: f.first.id,
      expectedVersion: f.first.version,
      dimensions: { ...dimensions, structure: 3 },
      overrideReasons: { structure: "Clear frame before the detail." },
      overallComment: "",
      comments: [],
      submit: true,
    });

    const after = await api.reviews.byQuestion(input);
    expect(after.progress).toEqual({ graded: 1, total: 2, assigned: 2 });
    expect(after.attempts[0]?.status).toBe("reviewed");
    expect(after.spread.count).toBe(1);
    expect(after.spread.dimensions.structure).toEqual([0, 0, 0, 1, 0]);
    expect(await api.reviews.setProgress({ setId: f.set.id })).toEqual([
      { questionId: f.question.id, graded: 1, total: 2 },
    ]);
  });

  it("refuses candidates and leads, and hides another cohort's set", async () => {
    const f = await fixture();
    const input = { setId: f.set.id, questionId: f.question.id };
    await expectCode(callerFor(f.alice.id).reviews.byQuestion(input), "FORBIDDEN");
    await expectCode(callerFor(f.lead.id).reviews.byQuestion(input), "FORBIDDEN");
    await expectCode(callerFor(null).reviews.byQuestion(input), "UNAUTHORIZED");
    await expectCode(callerFor(f.otherCoach.id).reviews.byQuestion(input), "NOT_FOUND");
    await expectCode(callerFor(f.alice.id).reviews.setProgress({ setId: f.set.id }), "FORBIDDEN");
    await expectCode(callerFor(f.lead.id).reviews.setProgress({ setId: f.set.id }), "FORBIDDEN");
    await expectCode(
      callerFor(f.otherCoach.id).reviews.setProgress({ setId: f.set.id }),
      "NOT_FOUND",
    );
  });

  it("names the field of a malformed id", async () => {
    const f = await fixture();
    const error = await expectCode(
      callerFor(f.coach.id).reviews.byQuestion({ setId: f.set.id, questionId: "nope" }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("questionId");
  });
});
