import { computeOverall, dimensionKeys } from "@debrief/core/rubric";
import { and, asc, eq, isNull } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { Db } from "../client.ts";
import { getCoachAgreement } from "../agreement/agreement.ts";
import { listSetsForCoach } from "../question-sets/question-sets.ts";
import { listReviewQueue } from "../reviews/review-queue.ts";
import { getAnswerForReview } from "../reviews/reviews.ts";
import { listAssignmentsForCandidate } from "../assignments/candidate-assignments.ts";
import { getAnswerForCandidate } from "../answers/answers.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";
import { countUnreadNotifications } from "../notifications/inbox.ts";
import { answers } from "../schema/answers.ts";
import { memberships } from "../schema/memberships.ts";
import { questions } from "../schema/questions.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { createTestDatabase } from "../testing/test-database.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_CANDIDATE_EMAIL, DEMO_COACH_EMAIL } from "../users/demo-accounts.ts";
import { seedDemoIfEmpty } from "./organisation.ts";
import { seedDemoHistory } from "./history.ts";
import { seedDemoReviews } from "./reviews.ts";
import { questionBank } from "./question-bank.ts";

const now = new Date("2026-03-02T12:00:00Z");

async function seedAll(db: Db) {
  await syncQuestionBank(db, questionBank);
  await seedDemoIfEmpty(db);
  const history = await seedDemoHistory(db, { now });
  return seedDemoReviews(db, { now, history });
}

async function scopeOf(db: Db, email: string, role: "coach" | "candidate") {
  const rows = await db
    .select({ id: users.id, cohortId: memberships.cohortId })
    .from(users)
    .innerJoin(memberships, eq(memberships.userId, users.id))
    .where(and(eq(users.email, email), eq(memberships.role, role)));
  const id = rows[0]?.id;
  if (!id) throw new Error(`no ${role} ${email}`);
  return { id, cohortIds: rows.map((r) => r.cohortId) };
}

/** Everything a reader would notice if the seed changed, in a stable order. */
async function fingerprint(db: Db) {
  return db
    .select({
      email: users.email,
      slug: questions.slug,
      attempt: answers.attempt,
      status: answers.status,
      submittedAt: answers.submittedAt,
      coachOverall: scores.overall,
    })
    .from(answers)
    .innerJoin(users, eq(users.id, answers.candidateId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "coach")))
    .orderBy(asc(users.email), asc(questions.slug), asc(answers.attempt));
}

describe("seedDemoReviews", () => {
  const testDb = useTestDatabase();
  let summary: Awaited<ReturnType<typeof seedAll>>;
  beforeAll(async () => {
    summary = await seedAll(testDb.db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("gives each cohort two assigned sets of 4–6 bank questions, one overdue, one upcoming", async () => {
    const { db } = testDb;
    const coach = await scopeOf(db, DEMO_COACH_EMAIL, "coach");
    const sets = await listSetsForCoach(db, { coachId: coach.id, cohortIds: coach.cohortIds });
    expect(summary.sets).toBe(4);
    expect(sets).toHaveLength(2);
    for (const set of sets) {
      expect(set.itemCount).toBeGreaterThanOrEqual(4);
      expect(set.itemCount).toBeLessThanOrEqual(6);
      expect(set.assignedCount).toBe(6);
    }
    const candidate = await scopeOf(db, DEMO_CANDIDATE_EMAIL, "candidate");
    const mine = await listAssignmentsForCandidate(
      db,
      { candidateId: candidate.id, cohortIds: candidate.cohortIds },
      { now },
    );
    expect(mine).toHaveLength(2);
    expect(mine.some((a) => a.dueAt < now)).toBe(true);
    expect(mine.some((a) => a.dueAt > now)).toBe(true);
    expect(summary.assignedAnswers).toBeGreaterThan(0);
  });

  test("leaves a realistic queue: waiting answers (some due), some in review, most older graded", async () => {
    const { db } = testDb;
    const coach = await scopeOf(db, DEMO_COACH_EMAIL, "coach");
    const scope = { coachId: coach.id, cohortIds: coach.cohortIds };
    const toReview = await listReviewQueue(db, scope, { limit: 100 });
    const inReview = await listReviewQueue(db, scope, { status: "in_review", limit: 100 });
    const reviewed = await listReviewQueue(db, scope, { status: "reviewed", limit: 100 });
    expect(toReview.items.length).toBeGreaterThanOrEqual(5);
    expect(toReview.items.some((i) => i.dueAt !== null)).toBe(true);
    expect(toReview.items.some((i) => i.dueAt === null)).toBe(true);
    expect(inReview.items.length).toBeGreaterThanOrEqual(1);
    expect(reviewed.items.length).toBeGreaterThan(toReview.items.length);
    expect(summary.reviewed).toBeGreaterThan(summary.toReview);
  });

  test("grades mostly agree with the engine, and every override has a reason", async () => {
    const { db } = testDb;
    for (const email of [DEMO_COACH_EMAIL, "ingrid.solberg@demo.debrief.dev"]) {
      const coach = await scopeOf(db, email, "coach");
      const scope = { coachId: coach.id, cohortIds: coach.cohortIds };
      const agreement = await getCoachAgreement(db, scope, { dimensionKeys });
      expect(agreement.reviews, email).toBeGreaterThanOrEqual(8);
      const exact = agreement.dimensions.map((d) => d.exact);
      expect(Math.min(...exact), email).toBeGreaterThan(0.6);
      expect(Math.min(...exact), email).toBeLessThan(1);
      expect(agreement.dimensions.every((d) => d.withinOne === 1)).toBe(true);

      const reviewed = await listReviewQueue(db, scope, { status: "reviewed", limit: 100 });
      for (const item of reviewed.items) {
        const detail = await getAnswerForReview(db, scope, { answerId: item.answerId });
        // Reviewed answers are scored ones (an unscorable attempt has no auto score).
        if (!detail.auto) throw new Error(`${item.answerId} has no auto score`);
        const review = detail.review;
        expect(review?.submittedAt).toBeInstanceOf(Date);
        expect(review?.overallComment.length).toBeGreaterThan(0);
        for (const key of dimensionKeys) {
          if (review?.dimensions[key] !== detail.auto.dimensions[key]) {
            expect(review?.overrideReasons[key]?.length, `${item.answerId} ${key}`).toBeGreaterThan(
              0,
            );
          }
        }
        expect(review?.overall).toBe(
          computeOverall(detail.question.kind, review?.dimensions ?? detail.auto.dimensions),
        );
        for (const comment of review?.comments ?? []) {
          expect(comment.quote).toBe(detail.answer.body.slice(comment.start, comment.end));
        }
        expect(detail.answer.submittedAt.getTime()).toBeLessThan(
          review?.submittedAt?.getTime() ?? 0,
        );
        expect(review?.submittedAt?.getTime()).toBeLessThan(now.getTime());
      }
    }
  });

  test("the demo candidate has unread review notifications and reads the coach's comments", async () => {
    const { db } = testDb;
    const candidate = await scopeOf(db, DEMO_CANDIDATE_EMAIL, "candidate");
    expect(await countUnreadNotifications(db, { userId: candidate.id })).toEqual({ count: 2 });
    const [reviewed] = await db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.candidateId, candidate.id), eq(answers.status, "reviewed")))
      .orderBy(asc(answers.submittedAt));
    if (!reviewed) throw new Error("the demo candidate has no reviewed answer");
    const detail = await getAnswerForCandidate(db, { candidateId: candidate.id }, reviewed.id);
    expect(detail.coach?.reviewerName).toBe("Marcus Oyelaran");
    expect(detail.coach?.comments.length).toBeGreaterThan(0);
    const orphanDrafts = await db
      .select({ id: answers.id })
      .from(answers)
      .where(and(eq(answers.status, "reviewed"), isNull(answers.reviewedAt)));
    expect(orphanDrafts).toEqual([]);
  });

  test("is deterministic for a given now", async () => {
    const other = await createTestDatabase();
    try {
      await seedAll(other.db);
      expect(await fingerprint(other.db)).toEqual(await fingerprint(testDb.db));
    } finally {
      await other.close();
    }
  });
});
