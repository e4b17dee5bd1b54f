import type { DimensionKey, QuestionKind } from "@debrief/core";
import { eq, type SQL, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { quadraticWeightedKappaFromCounts } from "../coach/kappa.ts";
import { badRequest, notFound } from "../errors.ts";
import { cohorts } from "../schema/cohorts.ts";
import type { LeadScope } from "./members.ts";
import {
  dimensionsFromRow,
  effectiveColumns,
  leadQuestionKinds,
  scoreDimensions,
} from "./rubric-columns.ts";

export interface DashboardRangeInput {
  from?: Date;
  to?: Date;
  now: Date;
}

export interface DashboardInput extends DashboardRangeInput {
  /** Readiness: every practised kind's recent overall at or above this (0–100). */
  readinessThreshold: number;
}

export interface HeatmapCandidate {
  id: string;
  name: string;
  /** Every attempt submitted in the range. */
  answers: number;
  /** Mean overall of the recent level (one decimal); null with no answers in the range. */
  overall: number | null;
  /** Mean per dimension, 0–4 (two decimals). */
  dimensions: Record<DimensionKey, number | null>;
}

export interface TrendWeek {
  weekStart: Date;
  cohortOverall: number | null;
  answers: number;
}

export interface CandidateTrend {
  candidateId: string;
  name: string;
  points: Array<{ weekStart: Date; overall: number }>;
}

export interface CompletionCounts {
  onTime: number;
  late: number;
  /** Past due with questions still unanswered. */
  missing: number;
  /** Not yet due and not yet complete (neither late nor missing yet). */
  pending: number;
}

export interface TurnaroundStats {
  p50Hours: number | null;
  p95Hours: number | null;
  reviewed: number;
}

export interface CoachTurnaround extends TurnaroundStats {
  coachId: string;
  name: string;
  /** Answers awaiting review that are this coach's: their drafts, and their assignments' answers. */
  openQueue: number;
}

export interface CandidateReadiness {
  candidateId: string;
  name: string;
  isReady: boolean;
  kindsPractised: QuestionKind[];
  missingKinds: QuestionKind[];
  weakestKind: QuestionKind | null;
  overallByKind: Partial<Record<QuestionKind, number>>;
}

export interface CohortAgreement {
  dimension: DimensionKey;
  n: number;
  exact: number;
  withinOne: number;
  qwk: number | null;
}

export interface CohortDashboard {
  cohort: { id: string; name: string };
  range: { from: Date; to: Date };
  heatmap: { candidates: HeatmapCandidate[] };
  trends: { weeks: TrendWeek[]; perCandidate: CandidateTrend[] };
  completion: {
    sets: Array<{ setId: string; title: string } & CompletionCounts>;
    candidates: Array<{ candidateId: string; name: string } & CompletionCounts>;
  };
  turnaround: {
    cohort: TurnaroundStats & { openQueue: number };
    coaches: CoachTurnaround[];
  };
  readiness: { threshold: number; candidates: CandidateReadiness[] };
  agreement: CohortAgreement[];
}

const dayMs = 86_400_000;
/** Without a `from`, the dashboard shows the last 12 weeks. */
export const defaultRangeDays = 84;
// Bounds generate_series over weeks (and the work per call) whatever the client sends.
const maxRangeDays = 3 * 366;

/** The half-open range [from, to) the figures cover; answers filter on submittedAt. */
export function resolveRange(input: DashboardRangeInput): { from: Date; to: Date } {
  const to = input.to ?? input.now;
  const from = input.from ?? new Date(to.getTime() - defaultRangeDays * dayMs);
  if (from.getTime() >= to.getTime()) throw badRequest("from: must be before to.");
  if (to.getTime() - from.getTime() > maxRangeDays * dayMs) {
    throw badRequest("from: the range can span at most three years.");
  }
  return { from, to };
}

const num = (value: unknown): number | null =>
  value === null || value === undefined ? null : Number(value);

// Week buckets start on Monday 00:00 UTC whatever the session time zone: the server does not
// know the reader's zone, and a fixed one keeps weeks comparable across requests.
const weekOf = (column: SQL) =>
  sql`(date_trunc('week', ${column} at time zone 'UTC') at time zone 'UTC')`;

interface Scope {
  cohortId: string;
  from: Date;
  to: Date;
}

const inRange = (s: Scope) =>
  sql`a.cohort_id = ${s.cohortId} and a.submitted_at >= ${s.from} and a.submitted_at < ${s.to}`;

/**
 * Joins the engine score (`e`) and, for reviewed answers, the coach score (`c`) of answer `a`.
 * A coach's draft grade (answer still in review) is not yet the cohort's figure.
 */
const scoreJoins = sql`
  inner join scores e on e.answer_id = a.id and e.source = 'auto'
  left join scores c on c.answer_id = a.id and c.source = 'coach' and a.status = 'reviewed'`;

/** Heat map and readiness: both read each candidate's recent level. */
async function loadLevels(db: Db, s: Scope, threshold: number) {
  const dimensionAverages = sql.join(
    ["overall", ...scoreDimensions].map((key) => {
      const digits = key === "overall" ? 1 : 2;
      return sql`round(avg(l.${sql.identifier(key)})::numeric, ${sql.raw(String(digits))})::float8 as ${sql.identifier(key)}`;
    }),
    sql`, `,
  );
  const result = await db.execute<Record<string, unknown>>(sql`
    with latest as materialized (
      -- The recent level: each question's latest attempt in the range.
      select distinct on (a.candidate_id, a.question_id)
        a.id, a.candidate_id, a.question_id, a.status
      from answers a
      where ${inRange(s)}
      order by a.candidate_id, a.question_id, a.attempt desc
    ),
    leveled as materialized (
      select l.candidate_id, q.kind, ${effectiveColumns("c", "e")}
      from latest l
      inner join answers a on a.id = l.id
      inner join questions q on q.id = l.question_id
      ${scoreJoins}
    ),
    levels as (
      select l.candidate_id, ${dimensionAverages} from leveled l group by l.candidate_id
    ),
    by_kind as (
      select candidate_id, kind, round(avg(overall)::numeric, 1)::float8 as overall
      from leveled group by candidate_id, kind
    ),
    readiness as (
      select candidate_id,
        jsonb_object_agg(kind, overall) as overall_by_kind,
        array_agg(kind::text order by kind) as kinds,
        (array_agg(kind::text order by overall, kind))[1] as weakest_kind,
        bool_and(overall >= ${threshold}) as is_ready
      from by_kind group by candidate_id
    ),
    counts as (
      select a.candidate_id, count(*)::int as n from answers a where ${inRange(s)}
      group by a.candidate_id
    )
    select m.user_id as id, u.name, coalesce(counts.n, 0) as answers, levels.*,
      readiness.overall_by_kind, readiness.kinds, readiness.weakest_kind,
      coalesce(readiness.is_ready, false) as is_ready
    from memberships m
    inner join users u on u.id = m.user_id
    left join levels on levels.candidate_id = m.user_id
    left join readiness on readiness.candidate_id = m.user_id
    left join counts on counts.candidate_id = m.user_id
    where m.cohort_id = ${s.cohortId} and m.role = 'candidate'
    order by u.name, u.id
  `);
  const heatmap: HeatmapCandidate[] = [];
  const readiness: CandidateReadiness[] = [];
  for (const row of result.rows) {
    const id = String(row.id);
    const name = String(row.name);
    heatmap.push({
      id,
      name,
      answers: Number(row.answers),
      overall: num(row.overall),
      dimensions: dimensionsFromRow(row),
    });
    const practised = new Set((row.kinds as string[] | null) ?? []);
    readiness.push({
      candidateId: id,
      name,
      isReady: row.is_ready === true,
      kindsPractised: leadQuestionKinds.filter((kind) => practised.has(kind)),
      missingKinds: leadQuestionKinds.filter((kind) => !practised.has(kind)),
      weakestKind: (row.weakest_kind as QuestionKind | null) ?? null,
      overallByKind: (row.overall_by_kind as Partial<Record<QuestionKind, number>> | null) ?? {},
    });
  }
  return { heatmap, readiness };
}

/** Weekly mean overall (every attempt, coach grade where reviewed) for the cohort and each candidate. */
async function loadTrends(db: Db, s: Scope) {
  const result = await db.execute<{
    level: "week" | "candidate";
    week_start: Date | string;
    candidate_id: string | null;
    name: string | null;
    overall: number | null;
    answers: number;
  }>(sql`
    with eff as (
      select a.candidate_id, ${weekOf(sql`a.submitted_at`)} as week_start,
        coalesce(c.overall, e.overall) as overall
      from answers a ${scoreJoins}
      where ${inRange(s)}
    ),
    agg as (
      select candidate_id, week_start, grouping(candidate_id) as g,
        round(avg(overall)::numeric, 1)::float8 as overall, count(*)::int as answers
      from eff group by grouping sets ((week_start), (candidate_id, week_start))
    ),
    weeks as (
      select generate_series(
        date_trunc('week', ${s.from}::timestamptz at time zone 'UTC'),
        date_trunc('week', ${s.to}::timestamptz at time zone 'UTC' - interval '1 microsecond'),
        interval '1 week'
      ) at time zone 'UTC' as week_start
    )
    select 'week' as level, w.week_start, null::uuid as candidate_id, null as name,
      agg.overall, coalesce(agg.answers, 0) as answers
    from weeks w left join agg on agg.week_start = w.week_start and agg.g = 1
    union all
    select 'candidate', agg.week_start, agg.candidate_id, u.name, agg.overall, agg.answers
    from agg
    inner join memberships m on m.user_id = agg.candidate_id
      and m.cohort_id = ${s.cohortId} and m.role = 'candidate'
    inner join users u on u.id = agg.candidate_id
    where agg.g = 0
    order by 1 desc, 4, 3, 2
  `);
  const weeks: TrendWeek[] = [];
  const perCandidate: CandidateTrend[] = [];
  let current: CandidateTrend | undefined;
  for (const row of result.rows) {
    const weekStart = new Date(row.week_start);
    if (row.level === "week") {
      weeks.push({ weekStart, cohortOverall: num(row.overall), answers: Number(row.answers) });
      continue;
    }
    if (!row.candidate_id) continue;
    if (current?.candidateId !== row.candidate_id) {
      current = { candidateId: row.candidate_id, name: row.name ?? "", points: [] };
      perCandidate.push(current);
    }
    current.points.push({ weekStart, overall: Number(row.overall) });
  }
  return { weeks, perCandidate };
}

/**
 * Assignments due in the range, each classified once: complete by the due date (every set
 * question answered for it — see isAnsweredSql), complete after it, past due and incomplete, or
 * not yet due. Then counted per set and per candidate with grouping sets.
 */
async function loadCompletion(db: Db, s: Scope, now: Date) {
  const result = await db.execute<{
    g_set: number;
    set_id: string | null;
    title: string | null;
    candidate_id: string | null;
    name: string | null;
    on_time: number;
    late: number;
    missing: number;
    pending: number;
  }>(sql`
    with due as (
      select asg.id, asg.set_id, asg.candidate_id, asg.due_at, asg.created_at
      from assignments asg
      inner join question_sets qs on qs.id = asg.set_id and qs.archived_at is null
      where asg.cohort_id = ${s.cohortId} and asg.due_at >= ${s.from} and asg.due_at < ${s.to}
    ),
    items as (
      select due.id,
        (select min(ans.submitted_at) from answers ans
          where ans.candidate_id = due.candidate_id and ans.question_id = qsi.question_id
            and (ans.assignment_id = due.id or ans.submitted_at >= due.created_at)) as answered_at
      from due inner join question_set_items qsi on qsi.set_id = due.set_id
    ),
    per_assignment as (
      select due.id, due.set_id, due.candidate_id,
        case
          when count(items.id) > 0 and bool_and(items.answered_at is not null) then
            case when max(items.answered_at) <= due.due_at then 'on_time' else 'late' end
          when due.due_at < ${now} then 'missing'
          else 'pending'
        end as status
      from due left join items on items.id = due.id
      group by due.id, due.set_id, due.candidate_id, due.due_at
    )
    select grouping(p.set_id) as g_set, p.set_id, qs.title, p.candidate_id, u.name,
      count(*) filter (where p.status = 'on_time')::int as on_time,
      count(*) filter (where p.status = 'late')::int as late,
      count(*) filter (where p.status = 'missing')::int as missing,
      count(*) filter (where p.status = 'pending')::int as pending
    from per_assignment p
    inner join question_sets qs on qs.id = p.set_id
    inner join users u on u.id = p.candidate_id
    group by grouping sets ((p.set_id, qs.title), (p.candidate_id, u.name))
    order by 1, 3, 2, 5, 4
  `);
  const sets: CohortDashboard["completion"]["sets"] = [];
  const candidates: CohortDashboard["completion"]["candidates"] = [];
  for (const row of result.rows) {
    const counts = {
      onTime: Number(row.on_time),
      late: Number(row.late),
      missing: Number(row.missing),
      pending: Number(row.pending),
    };
    if (Number(row.g_set) === 0 && row.set_id) {
      sets.push({ setId: row.set_id, title: row.title ?? "", ...counts });
    } else if (row.candidate_id) {
      candidates.push({ candidateId: row.candidate_id, name: row.name ?? "", ...counts });
    }
  }
  return { sets, candidates };
}

/**
 * Submission-to-review hours (reviews submitted for answers submitted in the range), p50/p95
 * per reviewer and for the cohort; plus each coach's current open queue (not range-bound).
 */
async function loadTurnaround(db: Db, s: Scope) {
  const result = await db.execute<{
    is_cohort: boolean;
    coach_id: string | null;
    name: string | null;
    p50: number | null;
    p95: number | null;
    reviewed: number;
    open_queue: number;
  }>(sql`
    with done as (
      select r.reviewer_id, extract(epoch from (r.submitted_at - a.submitted_at)) / 3600.0 as hours
      from reviews r inner join answers a on a.id = r.answer_id
      where ${inRange(s)} and r.submitted_at is not null
    ),
    stats as (
      select reviewer_id, grouping(reviewer_id) = 1 as is_cohort,
        percentile_cont(0.5) within group (order by hours) as p50,
        percentile_cont(0.95) within group (order by hours) as p95,
        count(*)::int as reviewed
      from done group by grouping sets ((reviewer_id), ())
    ),
    open_by_coach as (
      select coalesce(r.reviewer_id, asg.assigned_by_id) as coach_id, count(*)::int as n
      from answers a
      left join reviews r on r.answer_id = a.id
      left join assignments asg on asg.id = a.assignment_id
      where a.cohort_id = ${s.cohortId} and a.status in ('submitted', 'in_review')
      group by 1
    ),
    coaches as (
      select user_id as coach_id from memberships
      where cohort_id = ${s.cohortId} and role = 'coach'
      union
      select reviewer_id from stats where not is_cohort
    )
    select true as is_cohort, null::uuid as coach_id, null as name, st.p50, st.p95,
      coalesce(st.reviewed, 0) as reviewed,
      (select count(*)::int from answers a
        where a.cohort_id = ${s.cohortId} and a.status in ('submitted', 'in_review')) as open_queue
    from (select 1) one left join stats st on st.is_cohort
    union all
    select false, co.coach_id, u.name, st.p50, st.p95, coalesce(st.reviewed, 0),
      coalesce((select n from open_by_coach ob where ob.coach_id = co.coach_id), 0)
    from coaches co
    inner join users u on u.id = co.coach_id
    left join stats st on st.reviewer_id = co.coach_id and not st.is_cohort
    order by 1 desc, 3, 2
  `);
  const hours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  let cohort: CohortDashboard["turnaround"]["cohort"] = {
    p50Hours: null,
    p95Hours: null,
    reviewed: 0,
    openQueue: 0,
  };
  const coaches: CoachTurnaround[] = [];
  for (const row of result.rows) {
    const stats = {
      p50Hours: hours(num(row.p50)),
      p95Hours: hours(num(row.p95)),
      reviewed: Number(row.reviewed),
    };
    if (row.is_cohort) {
      cohort = { ...stats, openQueue: Number(row.open_queue) };
    } else if (row.coach_id) {
      coaches.push({
        coachId: row.coach_id,
        name: row.name ?? "",
        ...stats,
        openQueue: Number(row.open_queue),
      });
    }
  }
  return { cohort, coaches };
}

const scale = 5;

/**
 * Engine vs coach per dimension over the cohort's reviewed answers in the range. SQL counts the
 * (engine, coach) pairs — at most 8 × 25 rows — and exact, within-one and kappa come from those.
 */
async function loadAgreement(db: Db, s: Scope): Promise<CohortAgreement[]> {
  const pairs = sql.join(
    scoreDimensions.map((key) => sql`(${key}, e.${sql.identifier(key)}, c.${sql.identifier(key)})`),
    sql`, `,
  );
  const result = await db.execute<{
    dimension: DimensionKey;
    auto: number;
    coach: number;
    n: number;
  }>(sql`
    select p.dimension, p.auto::int as auto, p.coach::int as coach, count(*)::int as n
    from answers a
    inner join scores e on e.answer_id = a.id and e.source = 'auto'
    inner join scores c on c.answer_id = a.id and c.source = 'coach'
    cross join lateral (values ${pairs}) as p(dimension, auto, coach)
    where ${inRange(s)} and a.status = 'reviewed'
    group by 1, 2, 3
  `);
  const counts = new Map<DimensionKey, number[][]>(
    scoreDimensions.map((key) => [
      key,
      Array.from({ length: scale }, () => new Array<number>(scale).fill(0)),
    ]),
  );
  for (const row of result.rows) {
    const line = counts.get(row.dimension)?.[Number(row.auto)];
    const coach = Number(row.coach);
    if (line && coach >= 0 && coach < scale) line[coach] = Number(row.n);
  }
  return scoreDimensions.map((dimension) => {
    const matrix = counts.get(dimension) ?? [];
    let n = 0;
    let exact = 0;
    let withinOne = 0;
    for (const [i, line] of matrix.entries()) {
      for (const [j, count] of line.entries()) {
        n += count;
        if (i === j) exact += count;
        if (Math.abs(i - j) <= 1) withinOne += count;
      }
    }
    return {
      dimension,
      n,
      exact: n === 0 ? 0 : exact / n,
      withinOne: n === 0 ? 0 : withinOne / n,
      qwk: quadraticWeightedKappaFromCounts(matrix),
    };
  });
}

/**
 * The lead's cohort dashboard. Every figure is one SQL aggregate (window/distinct-on, grouping
 * sets, percentile_cont, FILTER); JavaScript only reshapes the aggregated rows. The five queries
 * run concurrently on a pool (sequentially inside a transaction, which has one connection).
 */
export async function getCohortDashboard(
  db: Db,
  scope: LeadScope,
  input: DashboardInput,
): Promise<CohortDashboard> {
  if (
    !Number.isFinite(input.readinessThreshold) ||
    input.readinessThreshold < 0 ||
    input.readinessThreshold > 100
  ) {
    throw badRequest("readinessThreshold: must be between 0 and 100.");
  }
  const range = resolveRange(input);
  const [cohort] = await db
    .select({ id: cohorts.id, name: cohorts.name })
    .from(cohorts)
    .where(eq(cohorts.id, scope.cohortId))
    .limit(1);
  if (!cohort) throw notFound("Cohort not found.");
  const s: Scope = { cohortId: scope.cohortId, ...range };
  const [levels, trends, completion, turnaround, agreement] = await Promise.all([
    loadLevels(db, s, input.readinessThreshold),
    loadTrends(db, s),
    loadCompletion(db, s, input.now),
    loadTurnaround(db, s),
    loadAgreement(db, s),
  ]);
  return {
    cohort,
    range,
    heatmap: { candidates: levels.heatmap },
    trends,
    completion,
    turnaround,
    readiness: { threshold: input.readinessThreshold, candidates: levels.readiness },
    agreement,
  };
}
