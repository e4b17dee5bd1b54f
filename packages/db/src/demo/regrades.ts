import { and, desc, eq, gt, inArray, isNotNull, ne } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { regradeRequests } from "../schema/regrade-requests.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { dimensionsOf } from "../scores/score-columns.ts";
import { DEMO_CANDIDATE_EMAIL, DEMO_COHORT_NAMES } from "../users/demo-accounts.ts";

const dayMs = 86_400_000;

/**
 * One pending regrade request in the first demo cohort, so the coach's "Regrade requests" view
 * is not empty: on the most recently released review of a candidate other than the demo
 * candidate (whose own attempt pages the journeys read), asked a day after its release. No
 * notification: the demo's unread counts stay as they were. Returns how many it made (0 or 1).
 */
export async function seedDemoRegrades(db: Db, options: { now: Date }): Promise<number> {
  const [cohort] = await db
    .select({ id: cohorts.id })
    .from(cohorts)
    .where(inArray(cohorts.name, [...DEMO_COHORT_NAMES]))
    .orderBy(cohorts.name)
    .limit(1);
  if (!cohort) return 0;
  // Inside the default week, with room for the request a day after the release.
  const since = new Date(options.now.getTime() - 6 * dayMs);
  const [target] = await db
    .select({
      answerId: answers.id,
      candidateId: answers.candidateId,
      reviewId: reviews.id,
      reviewerId: reviews.reviewerId,
      publishedAt: reviews.publishedAt,
      coach: scores,
    })
    .from(answers)
    .innerJoin(users, eq(users.id, answers.candidateId))
    .innerJoin(reviews, eq(reviews.answerId, answers.id))
    .innerJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "coach")))
    .where(
      and(
        eq(answers.cohortId, cohort.id),
        eq(answers.status, "reviewed"),
        ne(users.email, DEMO_CANDIDATE_EMAIL),
        isNotNull(reviews.publishedAt),
        gt(reviews.publishedAt, since),
      ),
    )
    .orderBy(desc(reviews.publishedAt), answers.id)
    .limit(1);
  if (!target?.publishedAt) return 0;
  const dimensions = dimensionsOf(target.coach);
  // The dimension the coach scored lowest: what a candidate would most likely contest.
  const [lowest] = Object.entries(dimensions).sort((a, b) => a[1] - b[1]);
  if (!lowest) return 0;
  const createdAt = new Date(
    Math.min(target.publishedAt.getTime() + dayMs, options.now.getTime() - 3_600_000),
  );
  await db.insert(regradeRequests).values({
    reviewId: target.reviewId,
    answerId: target.answerId,
    cohortId: cohort.id,
    candidateId: target.candidateId,
    reviewerId: target.reviewerId,
    dimensions: [lowest[0]],
    reason:
      "I think this score misses the part where I explain what I measured and what changed afterwards. Could you look at it again?",
    scoresBefore: { overall: target.coach.overall, dimensions },
    createdAt,
    updatedAt: createdAt,
  });
  return 1;
}
