import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { createTestDatabase, type TestDatabase } from "../testing/test-database.ts";
import { listAssignmentsForCandidate } from "./assignments.ts";

let testDb: TestDatabase;
let db: Db;
beforeAll(async () => {
  testDb = await createTestDatabase();
  db = testDb.db;
});
afterAll(async () => {
  await testDb.close();
});

const day = 24 * 3_600_000;
const now = new Date("2026-03-10T09:00:00Z");
const daysFromNow = (days: number) => new Date(now.getTime() + days * day);

describe("listAssignmentsForCandidate", () => {
  test("progress, overdue and order, scoped to the candidate", async () => {
    const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
      name: "Spring",
      candidates: 2,
    });
    const [alice, bob] = candidates;
    const coach = coaches[0];
    if (!alice || !bob || !coach) throw new Error("fixture");
    const [q1, q2, q3] = await Promise.all([
      createQuestion(db, { title: "One", kind: "deep_dive" }),
      createQuestion(db, { title: "Two", kind: "intro" }),
      createQuestion(db, { title: "Three", kind: "conflict" }),
    ]);
    if (!q1 || !q2 || !q3) throw new Error("fixture");
    const stories = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Stories",
      description: "Three stories",
      questionIds: [q1.id, q2.id, q3.id],
    });
    const intro = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Intro",
      questionIds: [q2.id],
    });
    const assignedAt = daysFromNow(-10);
    // Before the assignment existed: does not count towards it.
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: q3.id,
      cohortId: cohort.id,
      submittedAt: daysFromNow(-20),
    });
    const overdue = await createAssignment(db, {
      setId: stories.id,
      cohortId: cohort.id,
      candidateId: alice.id,
      assignedById: coach.id,
      dueAt: daysFromNow(-1),
      createdAt: assignedAt,
    });
    const later = await createAssignment(db, {
      setId: intro.id,
      cohortId: cohort.id,
      candidateId: alice.id,
      dueAt: daysFromNow(3),
      createdAt: assignedAt,
    });
    await createAssignment(db, {
      setId: stories.id,
      cohortId: cohort.id,
      candidateId: bob.id,
      dueAt: daysFromNow(-5),
    });
    // Answered for the assignment, and answered in free practice after it was assigned.
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: q1.id,
      cohortId: cohort.id,
      assignmentId: overdue.id,
      submittedAt: daysFromNow(-4),
    });

    const scope = { candidateId: alice.id, cohortIds: [cohort.id] };
    const before = await listAssignmentsForCandidate(db, scope, { now });
    expect(before.map((a) => a.id)).toEqual([overdue.id, later.id]);
    expect(before[0]).toEqual({
      id: overdue.id,
      dueAt: daysFromNow(-1),
      isOverdue: true,
      set: { id: stories.id, title: "Stories", description: "Three stories" },
      cohortName: "Spring",
      total: 3,
      completed: 1,
      questions: [
        { id: q1.id, title: "One", kind: "deep_dive", isAnswered: true },
        { id: q2.id, title: "Two", kind: "intro", isAnswered: false },
        { id: q3.id, title: "Three", kind: "conflict", isAnswered: false },
      ],
    });
    expect(before[1]).toMatchObject({ isOverdue: false, total: 1, completed: 0 });

    await createAnswer(db, {
      candidateId: alice.id,
      questionId: q2.id,
      cohortId: cohort.id,
      submittedAt: daysFromNow(-2),
    });
    const after = await listAssignmentsForCandidate(db, scope, { now });
    expect(after[0]).toMatchObject({ completed: 2, isOverdue: true });
    expect(after[1]).toMatchObject({ completed: 1, total: 1, isOverdue: false });
    // Complete sets are never overdue, even past their date.
    const muchLater = await listAssignmentsForCandidate(db, scope, { now: daysFromNow(30) });
    expect(muchLater.map((a) => a.isOverdue)).toEqual([true, false]);
  });

  test("nothing outside the candidate's cohorts", async () => {
    const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const candidate = candidates[0];
    if (!candidate) throw new Error("fixture");
    const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [] });
    await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: candidate.id,
      dueAt: now,
    });
    const { cohort: other } = await createCohortWithMembers(db, { candidates: [candidate] });
    expect(
      await listAssignmentsForCandidate(
        db,
        { candidateId: candidate.id, cohortIds: [other.id] },
        { now },
      ),
    ).toEqual([]);
    expect(
      await listAssignmentsForCandidate(
        db,
        { candidateId: candidate.id, cohortIds: [cohort.id] },
        { now },
      ),
    ).toMatchObject([{ total: 0, completed: 0, questions: [], isOverdue: false }]);
  });
});
