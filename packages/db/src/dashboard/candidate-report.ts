import { type DimensionKey, dimensionKeys, type QuestionKind } from "@debrief/core/rubric";
import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import type { LeadScope } from "../members/members.ts";
import { dimensionsFromRow, effectiveColumns } from "../scores/score-columns.ts";

export interface ReportAnswer {
  answerId: string;
  questionTitle: string;
  kind: QuestionKind;
  attempt: number;
  submittedAt: Date;
  engineOverall: number;
  /** Null until a coach's review is submitted. */
  coachOverall: number | null;
  /** The grade that counts: the coach's where reviewed, else the engine's. */
  overall: number;
  dimensions: Record<DimensionKey, number>;
  reviewedAt: Date | null;
  reviewerName: string | null;
  overallComment: string | null;
  comments: Array<{ quote: string; body: string }>;
}

export interface CandidateReport {
  cohort: { id: string; name: string };
  candidate: { id: string; name: string; email: string; joinedAt: Date };
  /** Latest attempt per question, coach grade where one exists (as the dashboard). */
  level: {
    overall: number | null;
    dimensions: Record<DimensionKey, number | null>;
    questionsPractised: number;
  };
  byKind: Array<{ kind: QuestionKind; overall: number; questions: number; attempts: number }>;
  trend: Array<{ weekStart: Date; overall: number; answers: number }>;
  totals: { answers: number; reviewed: number; firstAt: Date | null; lastAt: Date | null };
  recentAnswers: ReportAnswer[];
}

const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

/**
 * A printable progress report for one candidate of the lead's cohort (all of their answers in
 * it). A candidate who is not a candidate of this cohort is NOT_FOUND.
 */
export async function getCandidateReport(
  db: Db,
  scope: LeadScope,
  input: { candidateId: string; recentLimit?: number },
): Promise<CandidateReport> {
  if (!isUuid(input.candidateId)) throw notFound("Candidate not found in this cohort.");
  const recentLimit = Math.min(Math.max(1, Math.trunc(input.recentLimit ?? 10)), 50);
  const header = await db.execute<{
    cohort_name: string;
    name: string;
    email: string;
    joined_at: Date;
  }>(sql`
    select co.name as cohort_name, u.name, u.email, m.created_at as joined_at
    from memberships m
    inner join users u on u.id = m.user_id
    inner join cohorts co on co.id = m.cohort_id
    where m.cohort_id = ${scope.cohortId} and m.user_id = ${input.candidateId}
      and m.role = 'candidate'
  `);
  const person = header.rows[0];
  if (!person) throw notFound("Candidate not found in this cohort.");

  const averages = sql.join(
    dimensionKeys.map(
      (key) =>
        sql`round(avg(${sql.identifier(key)})::numeric, 2)::float8 as ${sql.identifier(key)}`,
    ),
    sql`, `,
  );
  const mine = sql`a.cohort_id = ${scope.cohortId} and a.candidate_id = ${input.candidateId}`;
  const scored = sql`
    select a.id, a.question_id, a.attempt, a.submitted_at, q.kind, ${effectiveColumns("c", "e")}
    from answers a
    inner join questions q on q.id = a.question_id
    inner join scores e on e.answer_id = a.id and e.source = 'auto'
    left join scores c on c.answer_id = a.id and c.source = 'coach' and a.status = 'reviewed'
    where ${mine}`;
  const [levelResult, kindResult, trendResult, totalsResult, recentResult] = await Promise.all([
    db.execute<Record<string, unknown>>(sql`
      with latest as (
        select distinct on (question_id) * from (${scored}) s
        order by question_id, attempt desc
      )
      select round(avg(overall)::numeric, 1)::float8 as overall, ${averages},
        count(*)::int as questions from latest
    `),
    db.execute<{ kind: QuestionKind; overall: number; questions: number; attempts: number }>(sql`
      with s as (${scored}),
      latest as (select distinct on (question_id) * from s order by question_id, attempt desc)
      select l.kind, round(avg(l.overall)::numeric, 1)::float8 as overall,
        count(*)::int as questions,
        (select count(*)::int from s where s.kind = l.kind) as attempts
      from latest l group by l.kind order by l.kind
    `),
    db.execute<{ week_start: Date; overall: number; answers: number }>(sql`
      select date_trunc('week', submitted_at at time zone 'UTC') at time zone 'UTC' as week_start,
        round(avg(overall)::numeric, 1)::float8 as overall, count(*)::int as answers
      from (${scored}) s group by 1 order by 1
    `),
    db.execute<{ answers: number; reviewed: number; first_at: Date | null; last_at: Date | null }>(
      sql`
      select count(*)::int as answers,
        count(*) filter (where a.status = 'reviewed')::int as reviewed,
        min(a.submitted_at) as first_at, max(a.submitted_at) as last_at
      from answers a where ${mine} and a.status <> 'unscorable'
    `,
    ),
    db.execute<Record<string, unknown>>(sql`
      with recent as (
        select a.id, a.attempt, a.submitted_at, a.status, q.title, q.kind,
          e.overall as engine_overall, c.overall as coach_overall, ${effectiveColumns("c", "e")},
          r.id as review_id, r.submitted_at as reviewed_at, r.overall_comment, rv.name as reviewer_name
        from answers a
        inner join questions q on q.id = a.question_id
        inner join scores e on e.answer_id = a.id and e.source = 'auto'
        left join scores c on c.answer_id = a.id and c.source = 'coach' and a.status = 'reviewed'
        left join reviews r on r.answer_id = a.id and a.status = 'reviewed'
        left join users rv on rv.id = r.reviewer_id
        where ${mine}
        order by a.submitted_at desc, a.id desc
        limit ${sql.raw(String(recentLimit))}
      )
      select recent.*,
        coalesce((select json_agg(json_build_object('quote', rc.quote, 'body', rc.body)
            order by rc.start, rc.id)
          from review_comments rc where rc.review_id = recent.review_id), '[]'::json) as comments
      from recent order by recent.submitted_at desc, recent.id desc
    `),
  ]);
  const level = levelResult.rows[0] ?? {};
  const totals = totalsResult.rows[0];
  return {
    cohort: { id: scope.cohortId, name: person.cohort_name },
    candidate: {
      id: input.candidateId,
      name: person.name,
      email: person.email,
      joinedAt: new Date(person.joined_at),
    },
    level: {
      overall: num(level.overall),
      dimensions: dimensionsFromRow(level),
      questionsPractised: Number(level.questions ?? 0),
    },
    byKind: kindResult.rows.map((row) => ({
      kind: row.kind,
      overall: Number(row.overall),
      questions: Number(row.questions),
      attempts: Number(row.attempts),
    })),
    trend: trendResult.rows.map((row) => ({
      weekStart: new Date(row.week_start),
      overall: Number(row.overall),
      answers: Number(row.answers),
    })),
    totals: {
      answers: Number(totals?.answers ?? 0),
      reviewed: Number(totals?.reviewed ?? 0),
      firstAt: totals?.first_at ? new Date(totals.first_at) : null,
      lastAt: totals?.last_at ? new Date(totals.last_at) : null,
    },
    recentAnswers: recentResult.rows.map((row) => {
      const dimensions = dimensionsFromRow(row) as Record<DimensionKey, number>;
      const reviewed = row.coach_overall !== null && row.coach_overall !== undefined;
      return {
        answerId: String(row.id),
        questionTitle: String(row.title),
        kind: row.kind as QuestionKind,
        attempt: Number(row.attempt),
        submittedAt: new Date(row.submitted_at as Date),
        engineOverall: Number(row.engine_overall),
        coachOverall: num(row.coach_overall),
        overall: Number(row.overall),
        dimensions,
        reviewedAt: reviewed && row.reviewed_at ? new Date(row.reviewed_at as Date) : null,
        reviewerName: reviewed ? ((row.reviewer_name as string | null) ?? null) : null,
        overallComment: reviewed ? ((row.overall_comment as string | null) ?? null) : null,
        comments: reviewed ? (row.comments as Array<{ quote: string; body: string }>) : [],
      };
    }),
  };
}
