import { dimensionKeys } from "@debrief/core/rubric";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";

const dimensions = ["overall", ...dimensionKeys] as const;

/**
 * Answer ids whose answer_facts row differs from what the base tables say now (or is missing,
 * or should not exist). Empty when the triggers of migration 0003 did their job. Recomputes
 * independently of refresh_answer_facts, so a mistake there shows up here.
 */
export async function findAnswerFactsDrift(db: Db): Promise<string[]> {
  const counted = sql.join(
    dimensions.map(
      (d) =>
        sql`case when a.status = 'reviewed' and c.id is not null then c.${sql.identifier(d)} else e.${sql.identifier(d)} end`,
    ),
    sql`, `,
  );
  const side = (alias: "e" | "c") =>
    sql.join(
      dimensions.map((d) => sql`${sql.identifier(alias)}.${sql.identifier(d)}`),
      sql`, `,
    );
  const stored = (prefix: "" | "e_" | "c_") =>
    sql.join(
      dimensions.map((d) => sql`f.${sql.identifier(`${prefix}${d}`)}`),
      sql`, `,
    );
  const result = await db.execute<{ answer_id: string }>(sql`
    with expected as (
      select a.id as answer_id, a.cohort_id, a.candidate_id, a.question_id, q.kind, a.attempt,
        a.status, a.submitted_at,
        date_trunc('week', a.submitted_at at time zone 'UTC') at time zone 'UTC' as week_start,
        ${counted}, ${side("e")}, ${side("c")}, r.reviewer_id, r.submitted_at as reviewed_at
      from answers a
      inner join questions q on q.id = a.question_id
      inner join scores e on e.answer_id = a.id and e.source = 'auto'
      left join scores c on c.answer_id = a.id and c.source = 'coach'
      left join reviews r on r.answer_id = a.id
    ),
    actual as (
      select f.answer_id, f.cohort_id, f.candidate_id, f.question_id, f.kind, f.attempt,
        f.status, f.submitted_at, f.week_start, ${stored("")}, ${stored("e_")}, ${stored("c_")},
        f.reviewer_id, f.reviewed_at
      from answer_facts f
    )
    select answer_id from ((select * from expected except select * from actual)
      union (select * from actual except select * from expected)) drift
  `);
  return [...new Set(result.rows.map((row) => row.answer_id))];
}
