import {
  type DimensionKey,
  dimensionKeys,
  type QuestionKind,
  questionKinds,
} from "@debrief/core/rubric";
import { eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { addPairCount, agreementFromCounts, emptyPairCounts } from "../agreement/kappa.ts";
import { badRequest, notFound } from "../errors.ts";
import { cohorts } from "../schema/cohorts.ts";
import type { LeadScope } from "../members/members.ts";
import { dimensionsFromRow } from "../scores/score-columns.ts";

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

/**
 * One candidate's weekly overall, position by position with `trends.weeks` (null in a week
 * without answers): 1,000 candidates × 12 weeks stay a few hundred kB rather than megabytes of
 * repeated dates and names.
 */
export interface CandidateTrend {
  candidateId: string;
  name: string;
  overall: Array<number | null>;
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
// know the reader's zone, and a fixed one keeps weeks comparable across requests. Each answer's
// bucket is answer_facts.week_start (computed the same way by migration 0003).
interface Scope {
  cohortId: string;
  from: Date;
  to: Date;
}

const inRange = (s: Scope) =>
  sql`f.cohort_id = ${s.cohortId} and f.submitted_at >= ${s.from} and f.submitted_at < ${s.to}`;

const scoreKeys = ["overall", ...dimensionKeys] as const;

interface LevelRow {
  id: string;
  name: string;
  overall: number | null;
  dims: Record<DimensionKey, number> | null;
  overall_by_kind: Partial<Record<QuestionKind, number>> | null;
  kinds: QuestionKind[] | null;
  weakest_kind: QuestionKind | null;
  is_ready: boolean | null;
}

/** A candidate with answers in the range: how many, and the weeks they fell in. */
interface CandidateWeeksRow {
  candidate_id: string;
  answers: number;
  /** Position in `weeks` (0 = the range's first week) of each week with answers… */
  week_index: number[];
  /** …and that week's mean overall. */
  overall: number[];
}

type TrendFiguresRow = {
  weeks: Array<{ week_start: string; overall: number | null; answers: number }> | null;
  candidates: CandidateWeeksRow[] | null;
};

type ReviewFiguresRow = {
  pairs: Array<{ dimension: DimensionKey; auto: number; coach: number; n: number }> | null;
  turnaround: Array<{
    coach_id: string | null;
    name: string | null;
    p50: number | null;
    p95: number | null;
    reviewed: number;
    open_queue: number;
  }> | null;
  open_total: number;
};

type CohortFiguresRow = TrendFiguresRow & ReviewFiguresRow;

/**
 * The heat map levels and readiness: each candidate's latest attempt per question in the range,
 * averaged overall, per dimension and per kind. Reads answer_facts (each answer with its engine
 * score, coach score and review on one row — see schema/answer-facts.ts): a narrow scan instead
 * of a four-way join is what keeps 50,000 answers inside the budget.
 */
async function loadCandidateFigures(db: Db, s: Scope, threshold: number) {
  // answer_facts' unprefixed scores are the ones that count (the coach's once reviewed).
  const levelColumns = sql.join(
    scoreKeys.map((key) => sql`f.${sql.identifier(key)}`),
    sql`, `,
  );
  const levelAverages = sql.join(
    dimensionKeys.map(
      (key) => sql`${key}::text, round(avg(${sql.identifier(key)})::numeric, 2)::float8`,
    ),
    sql`, `,
  );
  const result = await db.execute<{ levels: LevelRow[] | null }>(sql`
    with candidates as (
      select m.user_id as id, u.name from memberships m inner join users u on u.id = m.user_id
      where m.cohort_id = ${s.cohortId} and m.role = 'candidate'
    ),
    -- The recent level: each question's latest attempt in the range, read in the order of
    -- answer_facts_latest_index (an index-only scan, no sort).
    latest as materialized (
      select distinct on (f.candidate_id, f.question_id) f.candidate_id, f.kind, ${levelColumns}
      from answer_facts f
      where ${inRange(s)}
      order by f.candidate_id, f.question_id, f.attempt desc
    ),
    levels as (
      select candidate_id, round(avg(overall)::numeric, 1)::float8 as overall,
        json_build_object(${levelAverages}) as dims
      from latest group by candidate_id
    ),
    by_kind as (
      select candidate_id, kind, round(avg(overall)::numeric, 1)::float8 as overall
      from latest group by candidate_id, kind
    ),
    readiness as (
      select candidate_id,
        json_object_agg(kind, overall) as overall_by_kind,
        array_agg(kind::text order by kind) as kinds,
        (array_agg(kind::text order by overall, kind))[1] as weakest_kind,
        bool_and(overall >= ${threshold}) as is_ready
      from by_kind group by candidate_id
    )
    select json_agg(json_build_object(
        'id', c.id, 'name', c.name, 'overall', levels.overall, 'dims', levels.dims,
        'overall_by_kind', readiness.overall_by_kind, 'kinds', readiness.kinds,
        'weakest_kind', readiness.weakest_kind, 'is_ready', readiness.is_ready
      ) order by c.name, c.id) as levels
    from candidates c
    left join levels on levels.candidate_id = c.id
    left join readiness on readiness.candidate_id = c.id
  `);
  return result.rows[0]?.levels ?? [];
}

/**
 * Everything else answer-based, in two more statements run beside the first so PostgreSQL can
 * use both cores: weekly trends for the cohort and each candidate (with their answer counts);
 * and engine–coach agreement pairs, review turnaround and the open queues.
 */
async function loadCohortFigures(db: Db, s: Scope): Promise<CohortFiguresRow> {
  // One pass with a grouping set per dimension: cheaper than unpivoting every reviewed answer
  // into eight rows. In each output row only that dimension's pair is non-null.
  const pairSets = sql.join(
    dimensionKeys.map((key) => sql`(${sql.identifier(`e_${key}`)}, ${sql.identifier(`c_${key}`)})`),
    sql`, `,
  );
  const pairDimension = sql.join(
    dimensionKeys.map(
      (key) => sql`when grouping(${sql.identifier(`e_${key}`)}) = 0 then ${sql.raw(`'${key}'`)}`,
    ),
    sql` `,
  );
  const pairValue = (side: "e" | "c") =>
    sql`coalesce(${sql.join(
      dimensionKeys.map((key) => sql.identifier(`${side}_${key}`)),
      sql`, `,
    )})`;
  const pairColumns = sql.join(
    dimensionKeys.flatMap((key) => [sql.identifier(`e_${key}`), sql.identifier(`c_${key}`)]),
    sql`, `,
  );
  const trends = db.execute<TrendFiguresRow>(sql`
    with weekly as (
      select f.week_start, f.candidate_id, grouping(f.candidate_id) as g,
        round(avg(f.overall)::numeric, 1)::float8 as overall, count(*)::int as answers
      from answer_facts f
      where ${inRange(s)}
      group by grouping sets ((f.week_start), (f.candidate_id, f.week_start))
    ),
    candidate_trends as (
      select candidate_id, sum(answers)::int as answers,
        array_agg((extract(epoch from week_start - (
          date_trunc('week', ${s.from}::timestamptz at time zone 'UTC') at time zone 'UTC'
        )) / 604800)::int order by week_start) as week_index,
        array_agg(overall order by week_start) as overall
      from weekly where g = 0 group by candidate_id
    ),
    weeks as (
      select generate_series(
        date_trunc('week', ${s.from}::timestamptz at time zone 'UTC'),
        date_trunc('week', ${s.to}::timestamptz at time zone 'UTC' - interval '1 microsecond'),
        interval '1 week'
      ) at time zone 'UTC' as week_start
    )
    select
      (select json_agg(json_build_object(
          'week_start', w.week_start, 'overall', wk.overall, 'answers', coalesce(wk.answers, 0)
        ) order by w.week_start)
        from weeks w left join weekly wk on wk.week_start = w.week_start and wk.g = 1) as weeks,
      (select json_agg(candidate_trends) from candidate_trends) as candidates
  `);
  const reviewing = db.execute<ReviewFiguresRow>(sql`
    -- Reviewed answers only: a coach's draft scores are not yet the cohort's figure.
    with agreement_pairs as (
      select case ${pairDimension} end as dimension,
        ${pairValue("e")}::int as auto, ${pairValue("c")}::int as coach, count(*)::int as n
      from (
        select ${pairColumns} from answer_facts f
        where ${inRange(s)} and f.status = 'reviewed' and f.c_overall is not null
      ) reviewed
      group by grouping sets (${pairSets})
    ),
    done as (
      select f.reviewer_id, extract(epoch from (f.reviewed_at - f.submitted_at)) / 3600.0 as hours
      from answer_facts f
      where ${inRange(s)} and f.reviewed_at is not null
    ),
    stats as (
      select reviewer_id, grouping(reviewer_id) = 1 as is_cohort,
        percentile_cont(0.5) within group (order by hours) as p50,
        percentile_cont(0.95) within group (order by hours) as p95,
        count(*)::int as reviewed
      from done group by grouping sets ((reviewer_id), ())
    ),
    -- Not range-bound: what is waiting now. A draft is its reviewer's; an untouched answer to
    -- an assignment is the assigning coach's; free practice nobody has opened is nobody's yet.
    open_answers as (
      select coalesce(r.reviewer_id, asg.assigned_by_id) as coach_id
      from answers a
      left join reviews r on r.answer_id = a.id
      left join assignments asg on asg.id = a.assignment_id
      where a.cohort_id = ${s.cohortId} and a.status in ('submitted', 'in_review')
    ),
    open_by_coach as (select coach_id, count(*)::int as n from open_answers group by coach_id),
    coaches as (
      select user_id as coach_id from memberships
      where cohort_id = ${s.cohortId} and role = 'coach'
      union
      select reviewer_id from stats where not is_cohort
    )
    select
      (select json_agg(agreement_pairs) from agreement_pairs) as pairs,
      (select json_agg(json_build_object(
          'coach_id', t.coach_id, 'name', t.name, 'p50', t.p50, 'p95', t.p95,
          'reviewed', t.reviewed, 'open_queue', t.open_queue
        ) order by t.coach_id is not null, t.name, t.coach_id)
        from (
          select null::uuid as coach_id, null::text as name, st.p50, st.p95,
            coalesce(st.reviewed, 0) as reviewed, 0 as open_queue
          from (select 1) one left join stats st on st.is_cohort
          union all
          select co.coach_id, u.name, st.p50, st.p95, coalesce(st.reviewed, 0),
            coalesce(ob.n, 0)
          from coaches co
          inner join users u on u.id = co.coach_id
          left join stats st on st.reviewer_id = co.coach_id and not st.is_cohort
          left join open_by_coach ob on ob.coach_id = co.coach_id
        ) t) as turnaround,
      (select count(*)::int from open_answers) as open_total
  `);
  const [trendRows, reviewRows] = await Promise.all([trends, reviewing]);
  const [trendRow] = trendRows.rows;
  const [reviewRow] = reviewRows.rows;
  if (!trendRow || !reviewRow) throw new Error("dashboard query returned no row");
  return { ...trendRow, ...reviewRow };
}

function shapeLevels(rows: LevelRow[], weeksByCandidate: Map<string, CandidateWeeksRow>) {
  const heatmap: HeatmapCandidate[] = [];
  const readiness: CandidateReadiness[] = [];
  for (const row of rows) {
    heatmap.push({
      id: row.id,
      name: row.name,
      answers: Number(weeksByCandidate.get(row.id)?.answers ?? 0),
      overall: num(row.overall),
      dimensions: dimensionsFromRow(row.dims ?? {}),
    });
    const practised = new Set<string>(row.kinds ?? []);
    readiness.push({
      candidateId: row.id,
      name: row.name,
      isReady: row.is_ready === true,
      kindsPractised: questionKinds.filter((kind) => practised.has(kind)),
      missingKinds: questionKinds.filter((kind) => !practised.has(kind)),
      weakestKind: row.weakest_kind ?? null,
      overallByKind: row.overall_by_kind ?? {},
    });
  }
  return { heatmap, readiness };
}

function shapeTrends(
  row: CohortFiguresRow,
  levels: LevelRow[],
  weeksByCandidate: Map<string, CandidateWeeksRow>,
): CohortDashboard["trends"] {
  const weeks = (row.weeks ?? []).map((week) => ({
    weekStart: new Date(week.week_start),
    cohortOverall: num(week.overall),
    answers: Number(week.answers),
  }));
  const perCandidate: CandidateTrend[] = [];
  // In the heat map's order (name, then id); only candidates with answers in the range.
  for (const level of levels) {
    const row = weeksByCandidate.get(level.id);
    if (!row) continue;
    const overall = new Array<number | null>(weeks.length).fill(null);
    row.week_index.forEach((index, i) => {
      if (index >= 0 && index < overall.length) overall[index] = num(row.overall[i]);
    });
    perCandidate.push({ candidateId: level.id, name: level.name, overall });
  }
  return { weeks, perCandidate };
}

function shapeTurnaround(row: CohortFiguresRow): CohortDashboard["turnaround"] {
  const hours = (value: number | null) => (value === null ? null : Math.round(value * 10) / 10);
  let cohort: CohortDashboard["turnaround"]["cohort"] = {
    p50Hours: null,
    p95Hours: null,
    reviewed: 0,
    openQueue: Number(row.open_total),
  };
  const coaches: CoachTurnaround[] = [];
  for (const line of row.turnaround ?? []) {
    const stats = {
      p50Hours: hours(num(line.p50)),
      p95Hours: hours(num(line.p95)),
      reviewed: Number(line.reviewed),
    };
    if (line.coach_id === null) {
      cohort = { ...stats, openQueue: Number(row.open_total) };
    } else {
      coaches.push({
        coachId: line.coach_id,
        name: line.name ?? "",
        ...stats,
        openQueue: Number(line.open_queue),
      });
    }
  }
  return { cohort, coaches };
}

/** Exact, within-one and kappa per dimension from the (engine, coach) pair counts. */
function shapeAgreement(row: CohortFiguresRow): CohortAgreement[] {
  const counts = new Map(dimensionKeys.map((key) => [key, emptyPairCounts()]));
  for (const pair of row.pairs ?? []) {
    addPairCount(counts.get(pair.dimension), Number(pair.auto), Number(pair.coach), Number(pair.n));
  }
  return dimensionKeys.map((dimension) => ({
    dimension,
    ...agreementFromCounts(counts.get(dimension) ?? []),
  }));
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
    -- When each set question was first answered for the assignment: one hash join rather
    -- than a lookup per (assignment, question).
    items as (
      select due.id, min(ans.submitted_at) as answered_at
      from due
      inner join question_set_items qsi on qsi.set_id = due.set_id
      left join answers ans on ans.candidate_id = due.candidate_id
        and ans.cohort_id = ${s.cohortId}
        and ans.question_id = qsi.question_id
        and (ans.assignment_id = due.id or ans.submitted_at >= due.created_at)
        and ans.status <> 'unscorable'
      group by due.id, qsi.id
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
 * The lead's cohort dashboard. Every figure is an SQL aggregate (latest attempts, grouping sets,
 * percentile_cont, FILTER, date_trunc weeks); JavaScript only reshapes the aggregated rows.
 * Four statements — levels, trends, reviewing, and assignments — run concurrently on a pool
 * (one after the other inside a transaction, which has one connection).
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
  const [levelRows, figures, completion] = await Promise.all([
    loadCandidateFigures(db, s, input.readinessThreshold),
    loadCohortFigures(db, s),
    loadCompletion(db, s, input.now),
  ]);
  const weeksByCandidate = new Map(
    (figures.candidates ?? []).map((row) => [row.candidate_id, row]),
  );
  const levels = shapeLevels(levelRows, weeksByCandidate);
  return {
    cohort,
    range,
    heatmap: { candidates: levels.heatmap },
    trends: shapeTrends(figures, levelRows, weeksByCandidate),
    completion,
    turnaround: shapeTurnaround(figures),
    readiness: { threshold: input.readinessThreshold, candidates: levels.readiness },
    agreement: shapeAgreement(figures),
  };
}
