import type { DimensionKey } from "@debrief/core/rubric";
import { type SQL, sql } from "drizzle-orm";
import type { DimensionAgreement } from "../agreement/agreement.ts";
import { addPairCount, agreementFromCounts, emptyPairCounts } from "../agreement/kappa.ts";
import type { Db } from "../client.ts";
import type { LeadScope } from "../members/members.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";

export interface CoachCoachAgreement {
  /** Answers graded by two coaches, both grades in. */
  pairs: number;
  dimensions: DimensionAgreement[];
}

/**
 * Per dimension, how two coaches' independent grades of the same answers agree. The first grade
 * is the one its coach gave: after moderation, the copy moderation kept, not the settled grade.
 */
async function coachCoachAgreement(
  db: Db,
  input: { cohortIds: readonly string[]; coachId?: string; dimensionKeys: readonly DimensionKey[] },
): Promise<CoachCoachAgreement> {
  const counts = new Map<DimensionKey, number[][]>(
    input.dimensionKeys.map((key) => [key, emptyPairCounts()]),
  );
  let total = 0;
  if (input.cohortIds.length > 0) {
    const firstOf = (key: DimensionKey): SQL =>
      sql`coalesce((sg.first_grade ->> ${key})::int, c.${sql.identifier(key)})`;
    const pairs = sql.join(
      input.dimensionKeys.map(
        (key) => sql`(${key}, ${firstOf(key)}, sg.${sql.identifier(key)}::int)`,
      ),
      sql`, `,
    );
    const mine = input.coachId
      ? sql`and (sg.reviewer_id = ${input.coachId} or coalesce(m.first_reviewer_id, r.reviewer_id) = ${input.coachId})`
      : sql``;
    const result = await db.execute<{
      dimension: DimensionKey;
      first: number;
      second: number;
      n: number;
      pairs: number;
    }>(sql`
      with graded as (
        select sg.*, m.first_grade
        from second_grades sg
        inner join answers a on a.id = sg.answer_id and a.status = 'reviewed'
        inner join reviews r on r.answer_id = sg.answer_id and r.submitted_at is not null
        left join grade_moderations m on m.answer_id = sg.answer_id
        where sg.cohort_id in (${sql.join(
          input.cohortIds.map((id) => sql`${id}::uuid`),
          sql`, `,
        )}) ${mine}
      ),
      paired as (
        select p.dimension, p.first, p.second
        from graded sg
        inner join scores c on c.answer_id = sg.answer_id and c.source = 'coach'
        cross join lateral (values ${pairs}) as p(dimension, first, second)
      )
      select dimension, first::int as first, second::int as second, count(*)::int as n,
        (select count(*)::int from graded) as pairs
      from paired
      group by 1, 2, 3
    `);
    for (const row of result.rows) {
      total = Number(row.pairs);
      addPairCount(counts.get(row.dimension), row.first, row.second, Number(row.n));
    }
  }
  return {
    pairs: total,
    dimensions: input.dimensionKeys.map((dimension) => ({
      dimension,
      ...agreementFromCounts(counts.get(dimension) ?? []),
    })),
  };
}

/** The caller's double-scored answers (as first or second coach) in their cohorts. */
export function getCoachCoachAgreementForCoach(
  db: Db,
  scope: CoachScope,
  input: { cohortId?: string; dimensionKeys: readonly DimensionKey[] },
): Promise<CoachCoachAgreement> {
  return coachCoachAgreement(db, {
    cohortIds: cohortsInScope(scope, input.cohortId),
    coachId: scope.coachId,
    dimensionKeys: input.dimensionKeys,
  });
}

/** Every double-scored answer of the lead's cohort. */
export function getCoachCoachAgreementForCohort(
  db: Db,
  scope: LeadScope,
  input: { dimensionKeys: readonly DimensionKey[] },
): Promise<CoachCoachAgreement> {
  return coachCoachAgreement(db, {
    cohortIds: [scope.cohortId],
    dimensionKeys: input.dimensionKeys,
  });
}
