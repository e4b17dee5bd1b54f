import { computeOverall, type DimensionKey, dimensionKeys } from "@debrief/core/rubric";
import { and, asc, eq, isNotNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { secondGrades } from "../schema/second-grades.ts";
import { dimensionsOf } from "../scores/score-columns.ts";
import { createUser } from "../testing/factories.ts";
import { DEMO_COHORT_NAMES, DEMO_PASSWORD } from "../users/demo-accounts.ts";

/** The share of the spring cohort's answers the demo double-scores. */
export const demoDoubleScoringRate = 20;
/** The spring cohort's second coach, who gives the demo's second grades. */
export const DEMO_SECOND_COACH = {
  email: "tariq.haddad@demo.debrief.dev",
  name: "Tariq Haddad",
} as const;
const hourMs = 3_600_000;

export interface SeededDoubleScoring {
  secondGrades: number;
  disagreements: number;
}

/**
 * Double-scoring in the demo's spring cohort: a second coach joins it (a person of their own:
 * the autumn coach stays the page-authorization suite's "coach of another cohort"), the
 * lead samples 20% of its answers from the start of its history, and every sampled answer the
 * demo coach already graded gets the second coach's grade — mostly the same or a point apart,
 * the oldest one three points apart on a dimension, so the lead's moderation list has a case.
 * Sampled answers still waiting are left for the demo coaches' "Second grades" lists.
 */
export async function seedDemoDoubleScoring(
  db: Db,
  options: { now: Date },
): Promise<SeededDoubleScoring> {
  const [spring] = await db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(eq(cohorts.name, DEMO_COHORT_NAMES[0]));
  if (!spring) return { secondGrades: 0, disagreements: 0 };
  const second = await createUser(db, { ...DEMO_SECOND_COACH, password: DEMO_PASSWORD });
  // Sampling starts with the cohort's history, so the demo has double-scored answers to show.
  const [first] = await db
    .select({ at: sql<Date>`min(${answers.submittedAt})`.mapWith((v) => new Date(v)) })
    .from(answers)
    .where(eq(answers.cohortId, spring.id));
  const historyStart = first?.at && !Number.isNaN(first.at.getTime()) ? first.at : options.now;
  await db
    .insert(memberships)
    .values({ userId: second.id, cohortId: spring.id, role: "coach" })
    .onConflictDoNothing();
  await db
    .update(cohorts)
    .set({ doubleScoringRate: demoDoubleScoringRate, doubleScoringSince: historyStart })
    .where(eq(cohorts.id, spring.id));

  const sampled = await db
    .select({
      answerId: answers.id,
      kind: questions.kind,
      reviewedAt: reviews.submittedAt,
      coach: scores,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(reviews, and(eq(reviews.answerId, answers.id), isNotNull(reviews.submittedAt)))
    .innerJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "coach")))
    .where(
      and(
        eq(answers.cohortId, spring.id),
        eq(answers.status, "reviewed"),
        sql`${answers.submittedAt} >= ${historyStart}`,
        sql`${answers.sampleBucket} < ${demoDoubleScoringRate}`,
      ),
    )
    .orderBy(asc(answers.submittedAt), asc(answers.id));

  let disagreements = 0;
  for (const [index, row] of sampled.entries()) {
    const dims: Record<DimensionKey, number> = dimensionsOf(row.coach);
    let comment = "Reads the same to me.";
    if (index === 0) {
      // The disagreement: three points apart on impact (or on the first dimension that can be).
      const key = dimensionKeys.find((k) => dims[k] >= 3 || dims[k] <= 1) ?? "impact";
      dims[key] = dims[key] >= 2 ? Math.max(0, dims[key] - 3) : Math.min(4, dims[key] + 3);
      comment = `I read ${key} very differently: the answer asserts it but never shows it.`;
      disagreements += 1;
    } else if (index % 2 === 1) {
      const key = dimensionKeys[index % dimensionKeys.length] ?? "depth";
      dims[key] = dims[key] >= 4 ? 3 : dims[key] + 1;
      comment = `A point apart on ${key}; otherwise the same.`;
    }
    const reviewedAt = row.reviewedAt ?? options.now;
    const at = new Date(
      Math.min(options.now.getTime() - hourMs, reviewedAt.getTime() + 6 * hourMs),
    );
    await db.insert(secondGrades).values({
      answerId: row.answerId,
      cohortId: spring.id,
      reviewerId: second.id,
      overall: computeOverall(row.kind, dims),
      ...dims,
      comment,
      submittedAt: at,
    });
  }
  return { secondGrades: sampled.length, disagreements };
}
