import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { listAssignmentsForSet } from "../assignments/coach-assignments.ts";
import { getCohortDashboard } from "../dashboard/dashboard.ts";
import { streamCohortExportRows } from "../dashboard/cohort-export.ts";
import { getCandidateReport } from "../dashboard/candidate-report.ts";
import { answerFacts } from "../schema/answer-facts.ts";
import { answers } from "../schema/answers.ts";
import { notifications } from "../schema/notifications.ts";
import { scores } from "../schema/scores.ts";
import { findAnswerFactsDrift } from "../testing/answer-facts-drift.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import {
  getAnswerForCandidate,
  listAttemptsForQuestion,
  listRecentAttempts,
  recordSubmittedAnswer,
  supersedeOlderAttempts,
} from "./answers.ts";
import { listAssignmentsForCandidate } from "../assignments/candidate-assignments.ts";
import { listQuestionsForCandidate } from "../questions/candidate-questions.ts";

const { db } = useTestDatabase();

const day = 24 * 3_600_000;
const now = new Date("2026-03-10T09:00:00Z");
const daysFromNow = (days: number) => new Date(now.getTime() + days * day);

const verdict = {
  reason: "not_english",
  message: "This looks like Spanish; Debrief scores English answers for now.",
  engineVersion: "test-1",
};

/** Stores text the engine could not score, the way the submit service does. */
function submitUnscorable(
  input: { candidateId: string; questionId: string; cohortId: string },
  extra: { assignmentId?: string; submittedAt?: Date; idempotencyKey?: string } = {},
) {
  const body = "El año pasado tuvimos un problema en producción con la base de datos.";
  return recordSubmittedAnswer(db, {
    ...input,
    assignmentId: extra.assignmentId ?? null,
    body,
    wordCount: 12,
    idempotencyKey: extra.idempotencyKey ?? randomUUID(),
    submittedAt: extra.submittedAt,
    unscorable: verdict,
    notify: { origin: "http://localhost", digestSeconds: 0 },
  });
}

// Issue 10 item 4: an unscorable attempt is stored as such and left out of every average.
describe("an unscorable attempt", () => {
  test("is stored with the engine's verdict, no score and no facts row; it counts nowhere", async () => {
    const { cohort, coaches, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const [candidate] = candidates;
    const [coach] = coaches;
    if (!candidate || !coach) throw new Error("fixture");
    const [assigned, practised] = await Promise.all([
      createQuestion(db, { title: "Assigned", kind: "deep_dive" }),
      createQuestion(db, { title: "Practised", kind: "deep_dive" }),
    ]);
    const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [assigned.id] });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: candidate.id,
      assignedById: coach.id,
      dueAt: daysFromNow(2),
      createdAt: daysFromNow(-3),
    });
    const scored = await createAnswer(db, {
      candidateId: candidate.id,
      questionId: practised.id,
      cohortId: cohort.id,
      submittedAt: daysFromNow(-1),
      overall: 60,
    });
    const keys = { candidateId: candidate.id, cohortId: cohort.id };
    const saved = await submitUnscorable(
      { ...keys, questionId: assigned.id },
      { assignmentId: assignment.id, submittedAt: daysFromNow(-1) },
    );
    expect(saved).toEqual({ answerId: expect.any(String), attempt: 1, isDuplicate: false });

    // Stored as such: the status and the verdict, with no auto score and no derived facts.
    const [row] = await db.select().from(answers).where(eq(answers.id, saved.answerId));
    expect(row).toMatchObject({
      status: "unscorable",
      unscorableReason: "not_english",
      unscorableMessage: verdict.message,
      unscorableEngineVersion: "test-1",
    });
    expect(await db.select().from(scores).where(eq(scores.answerId, saved.answerId))).toEqual([]);
    expect(
      await db.select().from(answerFacts).where(eq(answerFacts.answerId, saved.answerId)),
    ).toEqual([]);
    expect(await findAnswerFactsDrift(db)).toEqual([]);
    // Nobody is told: there is nothing to grade.
    expect(await db.select().from(notifications).where(eq(notifications.userId, coach.id))).toEqual(
      [],
    );

    // The candidate sees it, without a number.
    const scope = { candidateId: candidate.id, cohortIds: [cohort.id] };
    expect(await getAnswerForCandidate(db, scope, saved.answerId)).toMatchObject({
      status: "unscorable",
      auto: null,
      coach: null,
      unscorable: verdict,
    });
    expect(await listAttemptsForQuestion(db, scope, { questionId: assigned.id })).toMatchObject([
      { id: saved.answerId, auto: null, unscorable: verdict },
    ]);
    const recent = await listRecentAttempts(db, scope, { limit: 10 });
    expect(recent.map((r) => [r.id, r.overall])).toEqual(
      expect.arrayContaining([
        [saved.answerId, null],
        [scored.id, 60],
      ]),
    );
    const questionList = await listQuestionsForCandidate(db, scope);
    expect(questionList.find((q) => q.id === assigned.id)).toMatchObject({
      attemptCount: 1,
      latestOverall: null,
      bestOverall: null,
    });

    // It does not answer the assignment, for the candidate, the coach or the lead.
    const [listed] = await listAssignmentsForCandidate(db, scope, { now });
    expect(listed).toMatchObject({ id: assignment.id, completed: 0, total: 1 });
    expect(listed?.questions).toMatchObject([{ id: assigned.id, isAnswered: false }]);
    expect(
      await listAssignmentsForSet(
        db,
        { coachId: coach.id, cohortIds: [cohort.id] },
        { setId: set.id, now },
      ),
    ).toMatchObject([{ id: assignment.id, completed: 0 }]);

    // The lead's dashboard: only the scored answer, in every figure.
    const dashboard = await getCohortDashboard(
      db,
      { leadId: coach.id, cohortId: cohort.id },
      { from: daysFromNow(-7), to: daysFromNow(7), now, readinessThreshold: 70 },
    );
    expect(dashboard.completion.sets).toMatchObject([{ setId: set.id, onTime: 0, pending: 1 }]);
    expect(dashboard.heatmap.candidates).toMatchObject([
      { id: candidate.id, answers: 1, overall: 60 },
    ]);
    expect(dashboard.trends.weeks.reduce((n, w) => n + w.answers, 0)).toBe(1);
    expect(dashboard.trends.weeks.filter((w) => w.cohortOverall !== null)).toMatchObject([
      { cohortOverall: 60 },
    ]);
    // Only the scored answer waits for a coach.
    expect(dashboard.turnaround.cohort.openQueue).toBe(1);

    // The candidate report and the CSV export leave it out too.
    const report = await getCandidateReport(
      db,
      { leadId: coach.id, cohortId: cohort.id },
      { candidateId: candidate.id },
    );
    expect(report.level).toMatchObject({ overall: 60, questionsPractised: 1 });
    expect(report.trend).toMatchObject([{ overall: 60, answers: 1 }]);
    expect(report.totals.answers).toBe(1);
    expect(report.recentAnswers).toMatchObject([{ overall: 60 }]);
    const exported = [];
    for await (const exportRow of streamCohortExportRows(db, {
      leadId: coach.id,
      cohortId: cohort.id,
    })) {
      exported.push(exportRow);
    }
    expect(exported).toMatchObject([{ questionTitle: "Practised", engine: { overall: 60 } }]);
  });

  test("a retry with the same key returns the first result and stores one row", async () => {
    const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const [candidate] = candidates;
    if (!candidate) throw new Error("fixture");
    const question = await createQuestion(db, { kind: "deep_dive" });
    const keys = { candidateId: candidate.id, cohortId: cohort.id, questionId: question.id };
    const idempotencyKey = randomUUID();
    const first = await submitUnscorable(keys, { idempotencyKey });
    const again = await submitUnscorable(keys, { idempotencyKey });
    expect(again).toEqual({ answerId: first.answerId, attempt: 1, isDuplicate: true });
    const rows = await db.select().from(answers).where(eq(answers.candidateId, candidate.id));
    expect(rows.map((r) => r.status)).toEqual(["unscorable"]);
  });

  test("supersedes nothing: the real attempt before it stays gradeable until a scored one follows", async () => {
    const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const [candidate] = candidates;
    if (!candidate) throw new Error("fixture");
    const question = await createQuestion(db, { kind: "deep_dive" });
    const keys = { candidateId: candidate.id, cohortId: cohort.id, questionId: question.id };
    const real = await createAnswer(db, keys);
    const notAnAnswer = await submitUnscorable(keys);
    expect(notAnAnswer.attempt).toBe(2);
    const statusOf = async (id: string) =>
      (await db.select().from(answers).where(eq(answers.id, id)))[0]?.status;
    expect(await statusOf(real.id)).toBe("submitted");
    await supersedeOlderAttempts(db);
    expect(await statusOf(real.id)).toBe("submitted");
    expect(await statusOf(notAnAnswer.answerId)).toBe("unscorable");

    const next = await createAnswer(db, keys);
    expect(next.attempt).toBe(3);
    expect(await statusOf(real.id)).toBe("superseded");
    expect(await statusOf(notAnAnswer.answerId)).toBe("unscorable");
  });
});
