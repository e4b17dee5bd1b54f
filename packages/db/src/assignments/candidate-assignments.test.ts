import { describe, expect, test } from "vitest";
import { listAssignmentsForSet } from "./coach-assignments.ts";
import { getCohortDashboard } from "../dashboard/dashboard.ts";
import {
  addMembership,
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { listAssignmentsForCandidate } from "./candidate-assignments.ts";

const { db } = useTestDatabase();

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

describe("progress counts only work done in the assignment's cohort", () => {
  test("an answer in another organisation's cohort counts for neither candidate, coach nor lead", async () => {
    const { cohort: ours, coaches } = await createCohortWithMembers(db, { candidates: 0 });
    const { cohort: theirs, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const candidate = candidates[0];
    const coach = coaches[0];
    if (!candidate || !coach) throw new Error("fixture");
    await addMembership(db, { userId: candidate.id, cohortId: ours.id, role: "candidate" });
    const question = await createQuestion(db, { title: "Shared", kind: "deep_dive" });
    const set = await createQuestionSet(db, { cohortId: ours.id, questionIds: [question.id] });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: ours.id,
      candidateId: candidate.id,
      assignedById: coach.id,
      dueAt: daysFromNow(2),
      createdAt: daysFromNow(-3),
    });
    // Answered after the assignment, but in the other organisation's cohort.
    await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: theirs.id,
      submittedAt: daysFromNow(-1),
    });
    const scope = { candidateId: candidate.id, cohortIds: [ours.id, theirs.id] };
    const [listed] = await listAssignmentsForCandidate(db, scope, { now });
    expect(listed).toMatchObject({ id: assignment.id, completed: 0, total: 1 });
    expect(listed?.questions).toMatchObject([{ id: question.id, isAnswered: false }]);
    const forCoach = await listAssignmentsForSet(
      db,
      { coachId: coach.id, cohortIds: [ours.id] },
      { setId: set.id, now },
    );
    expect(forCoach).toMatchObject([{ id: assignment.id, completed: 0 }]);
    const range = { from: daysFromNow(-7), to: daysFromNow(7) };
    const dashboard = await getCohortDashboard(
      db,
      { leadId: coach.id, cohortId: ours.id },
      { ...range, now, readinessThreshold: 70 },
    );
    expect(dashboard.completion.sets).toMatchObject([{ setId: set.id, onTime: 0, pending: 1 }]);

    // The same answer in the assignment's cohort does count, everywhere.
    await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: ours.id,
      submittedAt: daysFromNow(-1),
    });
    const [again] = await listAssignmentsForCandidate(db, scope, { now });
    expect(again).toMatchObject({ completed: 1 });
    const dashboardAgain = await getCohortDashboard(
      db,
      { leadId: coach.id, cohortId: ours.id },
      { ...range, now, readinessThreshold: 70 },
    );
    expect(dashboardAgain.completion.sets).toMatchObject([{ setId: set.id, onTime: 1 }]);
  });
});
