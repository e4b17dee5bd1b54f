import { type DimensionKey, dimensionKeys, type QuestionKind } from "@debrief/core/rubric";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import type { LeadScope } from "../members/members.ts";

export interface ExportScores {
  overall: number;
  dimensions: Record<DimensionKey, number>;
}

export interface CohortExportRow {
  candidateName: string;
  candidateEmail: string;
  questionTitle: string;
  kind: QuestionKind;
  attempt: number;
  submittedAt: Date;
  engine: ExportScores;
  /** Only once the review is submitted: a coach's draft is not a grade yet. */
  coach: ExportScores | null;
  reviewedAt: Date | null;
}

export interface CohortExportInput {
  from?: Date;
  to?: Date;
  /** Rows per query; memory stays one batch whatever the cohort's size. */
  batchSize?: number;
  /** Called after each batch is fetched (tests and the bench watch the streaming with it). */
  onBatch?: (rows: number) => void;
}

type RawRow = Record<string, unknown> & {
  candidate_name: string;
  candidate_email: string;
  question_title: string;
  kind: QuestionKind;
  attempt: number;
  submitted_at: Date;
  cursor_at: string;
  id: string;
  reviewed_at: Date | null;
  has_coach: boolean;
};

const columns = (alias: "e" | "c") =>
  sql.join(
    ["overall", ...dimensionKeys].map(
      (key) =>
        sql`${sql.identifier(alias)}.${sql.identifier(key)} as ${sql.identifier(`${alias}_${key}`)}`,
    ),
    sql`, `,
  );

function scoresOf(row: RawRow, alias: "e" | "c"): ExportScores {
  const dimensions = {} as Record<DimensionKey, number>;
  for (const key of dimensionKeys) dimensions[key] = Number(row[`${alias}_${key}`]);
  return { overall: Number(row[`${alias}_overall`]), dimensions };
}

/**
 * Every answer of the lead's cohort (optionally submitted in [from, to)), oldest first, one
 * keyset page at a time on (submitted_at, id) — the cohort/submitted_at index serves each page
 * directly, so page 50 costs what page 1 does, and memory holds one batch, never the export.
 * The keyset position is PostgreSQL's own text of the timestamp: a JS Date would drop the
 * microseconds and repeat or skip rows.
 */
export async function* streamCohortExportRows(
  db: Db,
  scope: LeadScope,
  input: CohortExportInput = {},
): AsyncGenerator<CohortExportRow> {
  const batchSize = input.batchSize ?? 1000;
  let after: { at: string; id: string } | null = null;
  for (;;) {
    const position: ReturnType<typeof sql> = after
      ? sql`and (a.submitted_at, a.id) > (${after.at}::timestamptz, ${after.id}::uuid)`
      : sql``;
    const result = await db.execute<RawRow>(sql`
      select a.id, a.submitted_at, a.submitted_at::text as cursor_at, a.attempt,
        u.name as candidate_name, u.email as candidate_email,
        q.title as question_title, q.kind,
        ${columns("e")}, ${columns("c")}, c.answer_id is not null as has_coach,
        coalesce(r.submitted_at, a.reviewed_at) as reviewed_at
      from answers a
      inner join users u on u.id = a.candidate_id
      inner join questions q on q.id = a.question_id
      -- Scored answers only: an unscorable attempt has no auto score and is not exported.
      inner join scores e on e.answer_id = a.id and e.source = 'auto'
      left join scores c on c.answer_id = a.id and c.source = 'coach' and a.status = 'reviewed'
      left join reviews r on r.answer_id = a.id and a.status = 'reviewed'
      where a.cohort_id = ${scope.cohortId}
        ${input.from ? sql`and a.submitted_at >= ${input.from}` : sql``}
        ${input.to ? sql`and a.submitted_at < ${input.to}` : sql``}
        ${position}
      order by a.submitted_at, a.id
      limit ${sql.raw(String(Math.max(1, Math.trunc(batchSize))))}
    `);
    const rows = result.rows;
    input.onBatch?.(rows.length);
    for (const row of rows) {
      yield {
        candidateName: row.candidate_name,
        candidateEmail: row.candidate_email,
        questionTitle: row.question_title,
        kind: row.kind,
        attempt: Number(row.attempt),
        submittedAt: new Date(row.submitted_at),
        engine: scoresOf(row, "e"),
        coach: row.has_coach ? scoresOf(row, "c") : null,
        reviewedAt: row.has_coach && row.reviewed_at ? new Date(row.reviewed_at) : null,
      };
    }
    const last = rows.at(-1);
    if (!last || rows.length < batchSize) return;
    after = { at: last.cursor_at, id: last.id };
  }
}
