import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { recordSubmittedAnswer } from "../answers/answers.ts";
import { answers } from "../schema/answers.ts";
import { questionSets } from "../schema/question-sets.ts";
import { reviews } from "../schema/reviews.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
  domainErrorCode,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { getQuestionGrading, listSetGradingProgress } from "./by-question.ts";

const { db } = useTestDatabase();

const day = 24 * 3_600_000;
const now = new Date("2026-03-10T09:00:00Z");
const at = (days: number) => new Date(now.getTime() + days * day);

/**
 * Cohort A1: a set of two questions assigned to Ann, Ben and Cat (not Dan). Ann revised after
 * her first attempt (superseded), the second is graded; Ben's second attempt is unscorable, so
 * his first is the one to grade; Cat has not answered; Dan practised the question unassigned.
 */
async function fixture() {
  const org = await createOrganisation(db);
  const a1 = await createCohortWithMembers(db, {
    organisationId: org.id,
    candidates: [{ name: "Ann Adams" }, { name: "Ben Boateng" }, { name: "Cat Castillo" }, {}],
  });
  const b1 = await createCohortWithMembers(db, { candidates: 1 });
  const [ann, ben, cat, dan] = a1.candidates;
  const [coach] = a1.coaches;
  if (!ann || !ben || !cat || !dan || !coach) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: a1.cohort.id, title: "The outage" });
  const second = await createQuestion(db, { cohortId: a1.cohort.id, title: "The migration" });
  const outside = await createQuestion(db, { cohortId: a1.cohort.id, title: "Not in the set" });
  const set = await createQuestionSet(db, {
    cohortId: a1.cohort.id,
    questionIds: [question.id, second.id],
  });
  for (const person of [ann, ben, cat]) {
    await createAssignment(db, {
      setId: set.id,
      cohortId: a1.cohort.id,
      candidateId: person.id,
      dueAt: at(7),
    });
  }
  const base = { questionId: question.id, cohortId: a1.cohort.id };
  const annFirst = await createAnswer(db, { ...base, candidateId: ann.id, submittedAt: at(-5) });
  const annSecond = await createAnswer(db, {
    ...base,
    candidateId: ann.id,
    submittedAt: at(-3),
    coach: {
      reviewerId: coach.id,
      overall: 72,
      dimensions: { structure: 3, ownership: 4, delivery: 1 },
    },
  });
  const benFirst = await createAnswer(db, { ...base, candidateId: ben.id, submittedAt: at(-4) });
  const benUnscorable = await recordSubmittedAnswer(db, {
    ...base,
    candidateId: ben.id,
    assignmentId: null,
    body: "asdf asdf asdf",
    wordCount: 3,
    idempotencyKey: randomUUID(),
    submittedAt: at(-1),
    unscorable: { reason: "gibberish", message: "No answer found.", engineVersion: "test" },
    notify: { origin: "http://localhost", digestSeconds: 0 },
  });
  await createAnswer(db, { ...base, candidateId: dan.id, submittedAt: at(-2) });
  await createAnswer(db, {
    questionId: second.id,
    cohortId: a1.cohort.id,
    candidateId: ann.id,
    submittedAt: at(-2),
  });
  await createAnswer(db, {
    questionId: outside.id,
    cohortId: a1.cohort.id,
    candidateId: ben.id,
    submittedAt: at(-2),
  });
  const scopeOf = (c: typeof a1): CoachScope => ({
    coachId: c.coaches[0]?.id ?? "",
    cohortIds: [c.cohort.id],
  });
  return {
    a1,
    b1,
    set,
    question,
    second,
    outside,
    scope: scopeOf(a1),
    foreignScope: scopeOf(b1),
    annFirst,
    annSecond,
    benFirst,
    benUnscorable,
  };
}

describe("getQuestionGrading", () => {
  test("lists each assigned candidate's latest gradeable attempt, oldest submitted first", async () => {
    const f = await fixture();
    const grading = await getQuestionGrading(db, f.scope, {
      setId: f.set.id,
      questionId: f.question.id,
    });
    expect(grading.question).toMatchObject({ id: f.question.id, title: "The outage", position: 0 });
    expect(grading.set).toMatchObject({ id: f.set.id, cohortId: f.a1.cohort.id });
    // Ben's first attempt (his second is unscorable) before Ann's second (her first is
    // superseded); Cat has not answered and Dan is not assigned the set.
    expect(grading.attempts.map((a) => [a.candidateName, a.answerId, a.attempt, a.status])).toEqual(
      [
        ["Ben Boateng", f.benFirst.id, 1, "submitted"],
        ["Ann Adams", f.annSecond.id, 2, "reviewed"],
      ],
    );
    expect(grading.attempts.map((a) => a.answerId)).not.toContain(f.annFirst.id);
    expect(grading.attempts.map((a) => a.answerId)).not.toContain(f.benUnscorable.answerId);
    expect(grading.progress).toEqual({ graded: 1, total: 2, assigned: 3 });
  });

  test("the spread counts submitted grades only, overall in ten-point buckets and per dimension", async () => {
    const f = await fixture();
    const coach = f.a1.coaches[0];
    const cat = f.a1.candidates[2];
    if (!coach || !cat) throw new Error("fixture");
    // Cat's grade is a draft (in review): not graded, not in the spread.
    await createAnswer(db, {
      questionId: f.question.id,
      cohortId: f.a1.cohort.id,
      candidateId: cat.id,
      coach: { reviewerId: coach.id, overall: 10, isDraft: true },
    });
    const grading = await getQuestionGrading(db, f.scope, {
      setId: f.set.id,
      questionId: f.question.id,
    });
    expect(grading.progress).toEqual({ graded: 1, total: 3, assigned: 3 });
    expect(grading.attempts.find((a) => a.status === "in_review")?.coachOverall).toBeNull();
    expect(grading.spread.count).toBe(1);
    expect(grading.spread.meanOverall).toBe(72);
    expect(grading.spread.overall).toEqual([0, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
    expect(grading.spread.dimensions.structure).toEqual([0, 0, 0, 1, 0]);
    expect(grading.spread.dimensions.ownership).toEqual([0, 0, 0, 0, 1]);
    expect(grading.spread.dimensions.delivery).toEqual([0, 1, 0, 0, 0]);
    expect(grading.spread.dimensions.depth).toEqual([0, 0, 1, 0, 0]);
  });

  test("a newer attempt after a graded one is the one to grade again", async () => {
    const f = await fixture();
    const ann = f.a1.candidates[0];
    if (!ann) throw new Error("fixture");
    const third = await createAnswer(db, {
      questionId: f.question.id,
      cohortId: f.a1.cohort.id,
      candidateId: ann.id,
    });
    const grading = await getQuestionGrading(db, f.scope, {
      setId: f.set.id,
      questionId: f.question.id,
    });
    expect(grading.attempts.find((a) => a.candidateName === "Ann Adams")).toMatchObject({
      answerId: third.id,
      attempt: 3,
      status: "submitted",
    });
    expect(grading.progress).toEqual({ graded: 0, total: 2, assigned: 3 });
    expect(grading.spread.count).toBe(0);
    expect(grading.spread.meanOverall).toBeNull();
  });

  test("a set outside the coach's cohorts, or a question not in the set, is NOT_FOUND", async () => {
    const f = await fixture();
    const input = { setId: f.set.id, questionId: f.question.id };
    expect(await domainErrorCode(getQuestionGrading(db, f.foreignScope, input))).toBe("NOT_FOUND");
    expect(
      await domainErrorCode(
        getQuestionGrading(db, { coachId: f.scope.coachId, cohortIds: [] }, input),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await domainErrorCode(
        getQuestionGrading(db, f.scope, { ...input, questionId: f.outside.id }),
      ),
    ).toBe("NOT_FOUND");
    expect(
      await domainErrorCode(getQuestionGrading(db, f.scope, { ...input, setId: randomUUID() })),
    ).toBe("NOT_FOUND");
    expect(
      await domainErrorCode(getQuestionGrading(db, f.scope, { ...input, setId: "not-a-uuid" })),
    ).toBe("NOT_FOUND");
  });
});

describe("getQuestionGrading in a blind set", () => {
  test("names a candidate by the set's pseudonym until their review is published", async () => {
    const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
      candidates: [{ name: "Una Unseen" }, { name: "Pat Published" }],
    });
    const [una, pat] = candidates;
    const [coach] = coaches;
    if (!una || !pat || !coach) throw new Error("fixture");
    const question = await createQuestion(db, { cohortId: cohort.id });
    const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [question.id] });
    await db.update(questionSets).set({ blind: true }).where(eq(questionSets.id, set.id));
    for (const [person, coachGrade] of [
      [una, undefined],
      [pat, { reviewerId: coach.id, overall: 60 }],
    ] as const) {
      const assignment = await createAssignment(db, {
        setId: set.id,
        cohortId: cohort.id,
        candidateId: person.id,
        dueAt: at(7),
      });
      await createAnswer(db, {
        candidateId: person.id,
        questionId: question.id,
        cohortId: cohort.id,
        assignmentId: assignment.id,
        coach: coachGrade,
      });
    }
    const grading = await getQuestionGrading(
      db,
      { coachId: coach.id, cohortIds: [cohort.id] },
      { setId: set.id, questionId: question.id },
    );
    const names = grading.attempts.map((a) => a.candidateName);
    expect(names).toContain("Pat Published");
    expect(names).not.toContain("Una Unseen");
    expect(names.find((n) => n !== "Pat Published")).toMatch(/^Candidate [0-9A-F]{5}$/);
  });
});

describe("getQuestionGrading with held and practice attempts", () => {
  test("a practice attempt of an assigned candidate is hidden in a blind set too", async () => {
    const f = await fixture();
    await db.update(questionSets).set({ blind: true }).where(eq(questionSets.id, f.set.id));
    const grading = await getQuestionGrading(db, f.scope, {
      setId: f.set.id,
      questionId: f.question.id,
    });
    // Ann's graded review was published (the factory publishes with the submit); Ben's attempt
    // was submitted as practice (no assignment) and has no review: still behind the pseudonym.
    const names = grading.attempts.map((a) => a.candidateName);
    expect(names).toContain("Ann Adams");
    expect(names).not.toContain("Ben Boateng");
  });

  test("a submitted review held for publishing counts as graded", async () => {
    const f = await fixture();
    await db.update(reviews).set({ publishedAt: null }).where(eq(reviews.answerId, f.annSecond.id));
    // As a held submit leaves it: in review until the set's reviews are published.
    await db.update(answers).set({ status: "in_review" }).where(eq(answers.id, f.annSecond.id));
    const grading = await getQuestionGrading(db, f.scope, {
      setId: f.set.id,
      questionId: f.question.id,
    });
    const ann = grading.attempts.find((a) => a.answerId === f.annSecond.id);
    expect(ann).toMatchObject({ isGraded: true, isHeld: true, coachOverall: 72 });
    expect(grading.progress.graded).toBe(1);
    expect(await listSetGradingProgress(db, f.scope, { setId: f.set.id })).toEqual([
      { questionId: f.question.id, graded: 1, total: 2 },
      { questionId: f.second.id, graded: 0, total: 1 },
    ]);
  });
});

describe("listSetGradingProgress", () => {
  test("counts graded latest attempts per question of the set, in set order", async () => {
    const f = await fixture();
    expect(await listSetGradingProgress(db, f.scope, { setId: f.set.id })).toEqual([
      { questionId: f.question.id, graded: 1, total: 2 },
      { questionId: f.second.id, graded: 0, total: 1 },
    ]);
  });

  test("a set outside the coach's cohorts is NOT_FOUND", async () => {
    const f = await fixture();
    expect(
      await domainErrorCode(listSetGradingProgress(db, f.foreignScope, { setId: f.set.id })),
    ).toBe("NOT_FOUND");
  });
});
