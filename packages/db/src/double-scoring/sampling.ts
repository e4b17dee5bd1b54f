import { eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { gradeModerations, secondGrades } from "../schema/second-grades.ts";

/**
 * Whether an answer (the `answers` row in the query) is in its cohort's double-scoring sample:
 * the cohort (joined as `cohorts`) samples, the answer came in since double-scoring was turned
 * on, and its bucket (`answers.sample_bucket`, 0–99 from the md5 of its id: stable across
 * processes and restarts, uniform whatever produced the id) is under the rate, so raising the
 * rate only adds answers. Unscorable and superseded attempts are never graded.
 */
export function isSampledSql(): SQL {
  return sql`(${cohorts.doubleScoringRate} > 0
    and ${cohorts.doubleScoringSince} is not null
    and ${answers.submittedAt} >= ${cohorts.doubleScoringSince}
    and ${answers.status} in ('submitted', 'in_review', 'reviewed')
    and ${answers.sampleBucket} < ${cohorts.doubleScoringRate})`;
}

export interface DoubleScoringState {
  /** In the sample, or already second-graded (a lowered rate never drops a given grade). */
  isDoubleScored: boolean;
  secondReviewerId: string | null;
  isSettled: boolean;
}

/** Where one answer stands in double-scoring; the first-grade commands consult it. */
export async function loadDoubleScoringState(
  db: Db,
  answerId: string,
): Promise<DoubleScoringState> {
  const [row] = await db
    .select({
      isSampled: sql<boolean>`${isSampledSql()}`,
      secondReviewerId: secondGrades.reviewerId,
      settledAt: gradeModerations.settledAt,
    })
    .from(answers)
    .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
    .leftJoin(secondGrades, eq(secondGrades.answerId, answers.id))
    .leftJoin(gradeModerations, eq(gradeModerations.answerId, answers.id))
    .where(eq(answers.id, answerId))
    .limit(1);
  if (!row) return { isDoubleScored: false, secondReviewerId: null, isSettled: false };
  return {
    isDoubleScored: row.isSampled || row.secondReviewerId !== null,
    secondReviewerId: row.secondReviewerId,
    isSettled: row.settledAt !== null,
  };
}
