import { dimensionKeys } from "@debrief/core/rubric";
import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, test } from "vitest";
import { getCoachCoachAgreementForCohort } from "../double-scoring/coach-agreement.ts";
import { listModeration } from "../double-scoring/moderation.ts";
import { getAnswerForReview } from "../reviews/reviews.ts";
import { listReviewQueue } from "../reviews/review-queue.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { users } from "../schema/users.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_COHORT_NAMES, DEMO_LEAD_EMAIL } from "../users/demo-accounts.ts";
import {
  DEMO_SECOND_COACH,
  type SeededDoubleScoring,
  seedDemoDoubleScoring,
} from "./double-scoring.ts";
import { seedDemoHistory } from "./history.ts";
import { seedDemoIfEmpty } from "./organisation.ts";
import { questionBank } from "./question-bank.ts";
import { seedDemoReviews } from "./reviews.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";

const now = new Date("2026-03-02T12:00:00Z");

describe("seedDemoDoubleScoring", () => {
  const { db } = useTestDatabase();
  let seeded: SeededDoubleScoring;
  beforeAll(async () => {
    await syncQuestionBank(db, questionBank);
    await seedDemoIfEmpty(db);
    const history = await seedDemoHistory(db, { now });
    await seedDemoReviews(db, { now, history });
    seeded = await seedDemoDoubleScoring(db, { now });
  });

  test("the spring cohort double-scores; the lead's moderation list has a case", async () => {
    const [spring] = await db.select().from(cohorts).where(eq(cohorts.name, DEMO_COHORT_NAMES[0]));
    const [lead] = await db.select().from(users).where(eq(users.email, DEMO_LEAD_EMAIL));
    if (!spring || !lead) throw new Error("demo");
    expect(spring.doubleScoringRate).toBe(20);
    expect(seeded.secondGrades).toBeGreaterThan(0);
    expect(seeded.disagreements).toBe(1);
    const scope = { leadId: lead.id, cohortId: spring.id };
    const open = await listModeration(db, scope);
    expect(open.total).toBe(1);
    const agreement = await getCoachCoachAgreementForCohort(db, scope, { dimensionKeys });
    expect(agreement.pairs).toBe(seeded.secondGrades);
  });

  test("the second coach sees every first grade of the answers graded before", async () => {
    const [second] = await db
      .select({ id: users.id })
      .from(users)
      .where(eq(users.email, DEMO_SECOND_COACH.email));
    if (!second) throw new Error("demo");
    const cohortIds = (
      await db
        .select({ id: memberships.cohortId })
        .from(memberships)
        .where(and(eq(memberships.userId, second.id), eq(memberships.role, "coach")))
    ).map((r) => r.id);
    expect(cohortIds).toHaveLength(1);
    const scope = { coachId: second.id, cohortIds };
    const reviewed = await listReviewQueue(db, scope, { status: "reviewed", limit: 100 });
    for (const item of reviewed.items) {
      const detail = await getAnswerForReview(db, scope, { answerId: item.answerId });
      expect(detail.review, item.answerId).not.toBeNull();
    }
  });
});
