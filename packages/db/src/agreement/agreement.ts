import type { DimensionKey } from "@debrief/core/rubric";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { addPairCount, agreementFromCounts, emptyPairCounts } from "./kappa.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";

export interface DimensionAgreement {
  dimension: DimensionKey;
  n: number;
  /** Share of reviews where the coach gave the engine's score (0..1). */
  exact: number;
  /** Share within one point. */
  withinOne: number;
  /** Quadratic-weighted kappa; null with no reviews or no variance on either side. */
  qwk: number | null;
}

export interface CoachAgreement {
  reviews: number;
  dimensions: DimensionAgreement[];
}

/**
 * How the caller's submitted grades compare with the engine's, per dimension. SQL counts the
 * (engine, coach) pairs per dimension — at most 8 × 25 rows whatever the review count — and the
 * 5×5 confusion counts become exact, within-one and kappa here.
 */
export async function getCoachAgreement(
  db: Db,
  scope: CoachScope,
  input: { cohortId?: string; dimensionKeys: readonly DimensionKey[] },
): Promise<CoachAgreement> {
  const cohortIds = cohortsInScope(scope, input.cohortId);
  const counts = new Map<DimensionKey, number[][]>(
    input.dimensionKeys.map((key) => [key, emptyPairCounts()]),
  );
  let total = 0;
  if (cohortIds.length > 0) {
    const pairs = sql.join(
      input.dimensionKeys.map(
        (key) =>
          sql`(${key}, ${sql.identifier("auto_score")}.${sql.identifier(key)}, ${sql.identifier("coach_score")}.${sql.identifier(key)})`,
      ),
      sql`, `,
    );
    const result = await db.execute<{
      dimension: DimensionKey;
      auto: number;
      coach: number;
      n: number;
      reviews: number;
    }>(sql`
      with graded as (
        select ${answers.id} as answer_id from ${reviews}
        inner join ${answers} on ${answers.id} = ${reviews.answerId}
        where ${reviews.reviewerId} = ${scope.coachId}
          and ${reviews.submittedAt} is not null
          -- Published, or submitted and held for publishing: the coach's grade either way.
          and ${answers.status} in ('reviewed', 'in_review')
          and ${answers.cohortId} in (${sql.join(
            cohortIds.map((id) => sql`${id}::uuid`),
            sql`, `,
          )})
      )
      select p.dimension, p.auto::int as auto, p.coach::int as coach, count(*)::int as n,
        (select count(*)::int from graded) as reviews
      from graded
      inner join ${scores} as ${sql.identifier("auto_score")}
        on ${sql.identifier("auto_score")}.answer_id = graded.answer_id and ${sql.identifier("auto_score")}.source = 'auto'
      inner join ${scores} as ${sql.identifier("coach_score")}
        on ${sql.identifier("coach_score")}.answer_id = graded.answer_id and ${sql.identifier("coach_score")}.source = 'coach'
      cross join lateral (values ${pairs}) as p(dimension, auto, coach)
      group by 1, 2, 3
    `);
    for (const row of result.rows) {
      total = Number(row.reviews);
      addPairCount(counts.get(row.dimension), row.auto, row.coach, Number(row.n));
    }
  }
  return {
    reviews: total,
    dimensions: input.dimensionKeys.map((dimension) => ({
      dimension,
      ...agreementFromCounts(counts.get(dimension) ?? []),
    })),
  };
}
