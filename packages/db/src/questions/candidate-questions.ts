import {
  type DimensionKey,
  dimensionKeys,
  dimensionWeights,
  type QuestionKind,
} from "@debrief/core/rubric";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import { answers } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { scores } from "../schema/scores.ts";
import { type CandidateScope, questionVisibleTo } from "../scopes/candidate-scope.ts";

export interface QuestionListItem {
  id: string;
  slug: string | null;
  kind: QuestionKind;
  title: string;
  prompt: string;
  attemptCount: number;
  latestOverall: number | null;
  bestOverall: number | null;
  lastAttemptAt: Date | null;
}

/**
 * The score a candidate sees for an answer: the coach's once the answer is reviewed, else the
 * engine's. Joins `auto` and `coach` aliases of scores onto `answers`.
 */
export function scoreAliases() {
  const auto = alias(scores, "auto_score");
  const coach = alias(scores, "coach_score");
  return {
    auto,
    coach,
    autoJoin: and(eq(auto.answerId, answers.id), eq(auto.source, "auto")),
    // A coach's score is only shown once the review has landed (status reviewed).
    coachJoin: and(
      eq(coach.answerId, answers.id),
      eq(coach.source, "coach"),
      eq(answers.status, "reviewed"),
    ),
  };
}

/** Practice questions a candidate can see, with their own attempt statistics, in one query. */
export async function listQuestionsForCandidate(
  db: Db,
  scope: CandidateScope,
  filter: { kind?: QuestionKind } = {},
): Promise<QuestionListItem[]> {
  const { auto, coach, autoJoin, coachJoin } = scoreAliases();
  const effective = sql`coalesce(${coach.overall}, ${auto.overall})`;
  const stats = db
    .select({
      questionId: answers.questionId,
      attemptCount: sql<number>`count(*)::int`.as("attempt_count"),
      // The latest scored attempt: an unscorable one has no score to show.
      latestOverall: sql<number | null>`(array_agg(${effective} order by ${answers.attempt} desc)
        filter (where ${auto.id} is not null))[1]`.as("latest_overall"),
      bestOverall: sql<number | null>`max(${effective})`.as("best_overall"),
      lastAttemptAt: sql<Date | null>`max(${answers.submittedAt})`.as("last_attempt_at"),
    })
    .from(answers)
    .leftJoin(auto, autoJoin)
    .leftJoin(coach, coachJoin)
    .where(eq(answers.candidateId, scope.candidateId))
    .groupBy(answers.questionId)
    .as("stats");

  const rows = await db
    .select({
      id: questions.id,
      slug: questions.slug,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
      attemptCount: sql<number>`coalesce(${stats.attemptCount}, 0)`,
      latestOverall: stats.latestOverall,
      bestOverall: stats.bestOverall,
      lastAttemptAt: stats.lastAttemptAt,
    })
    .from(questions)
    .leftJoin(stats, eq(stats.questionId, questions.id))
    .where(
      and(
        questionVisibleTo(scope),
        isNull(questions.archivedAt),
        filter.kind ? eq(questions.kind, filter.kind) : undefined,
      ),
    )
    // Cohort-written questions after the bank; the enum sorts kinds in rubric order.
    .orderBy(sql`${questions.cohortId} nulls first`, asc(questions.kind), asc(questions.title));
  return rows.map((row) => ({
    ...row,
    lastAttemptAt: toDate(row.lastAttemptAt),
  }));
}

// Raw aggregates bypass drizzle's column mapping, so timestamps arrive as strings.
export function toDate(value: Date | string | null): Date | null {
  if (value === null) return null;
  return value instanceof Date ? value : new Date(value);
}

export interface QuestionDetail {
  id: string;
  kind: QuestionKind;
  title: string;
  prompt: string;
  guidance: string;
  exampleAnswer: string;
  cohortId: string | null;
}

/**
 * One question the candidate can see; archived ones stay readable so old attempts keep working.
 * Another cohort's question is NOT_FOUND, exactly like a missing one.
 */
export async function getQuestionForCandidate(
  db: Db,
  scope: CandidateScope,
  questionId: string,
): Promise<QuestionDetail> {
  if (!isUuid(questionId)) throw notFound("Question not found.");
  const [row] = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
      guidance: questions.guidance,
      exampleAnswer: questions.exampleAnswer,
      cohortId: questions.cohortId,
    })
    .from(questions)
    .where(and(eq(questions.id, questionId), questionVisibleTo(scope)))
    .limit(1);
  if (!row) throw notFound("Question not found.");
  return row;
}

export interface NextBestQuestion {
  question: { id: string; kind: QuestionKind; title: string; prompt: string };
  /** The weakest dimension over recent attempts; null before the first attempt. */
  dimension: DimensionKey | null;
  /** Its average score (0–4) over those attempts; null with dimension. */
  average: number | null;
}

export interface PickNextBestQuestionInput {
  /** How many of the latest answers count as "recent". */
  recentLimit?: number;
  /** What to suggest before the candidate has any answers. */
  firstKind: QuestionKind;
}

/**
 * Finds the candidate's weakest dimension over their latest answers (the coach's score where
 * reviewed, else the engine's; a dimension only counts for answers whose kind weighs it), then
 * a question whose kind weighs that dimension most: unattempted first, else least recently
 * attempted; ties between equally weak dimensions go to the earlier in rubric order. Two queries,
 * both aggregates in SQL. Null when no question is visible at all.
 */
export async function pickNextBestQuestion(
  db: Db,
  scope: CandidateScope,
  input: PickNextBestQuestionInput,
): Promise<NextBestQuestion | null> {
  const recentLimit = input.recentLimit ?? 10;
  const weightRows = Object.entries(dimensionWeights).flatMap(([kind, byDimension]) =>
    dimensionKeys.map(
      (dimension, ordinal) =>
        sql`(${kind}, ${dimension}, ${byDimension[dimension]}::int, ${ordinal}::int)`,
    ),
  );
  const weightTable = sql`(values ${sql.join(weightRows, sql`, `)}) as w(kind, dimension, weight, ordinal)`;
  const { auto, coach, autoJoin, coachJoin } = scoreAliases();
  // Raw SQL renders an alias by its name only; the joins below spell out `scores as <alias>`.
  const dimensionValues = sql.join(
    dimensionKeys.map(
      (dimension) => sql`(${dimension}, coalesce(${coach[dimension]}, ${auto[dimension]}))`,
    ),
    sql`, `,
  );

  const weakest = await db.execute<{ dimension: DimensionKey; average: number }>(sql`
    with recent as (
      select ${questions.kind}::text as kind, d.dimension, d.score
      from ${answers}
      inner join ${questions} on ${questions.id} = ${answers.questionId}
      inner join ${scores} as ${sql.identifier("auto_score")} on ${autoJoin}
      left join ${scores} as ${sql.identifier("coach_score")} on ${coachJoin}
      cross join lateral (values ${dimensionValues}) as d(dimension, score)
      where ${answers.id} in (
        select ${answers.id} from ${answers}
        where ${answers.candidateId} = ${scope.candidateId}
        order by ${answers.submittedAt} desc
        limit ${recentLimit}
      )
    )
    select recent.dimension, avg(recent.score)::float8 as average
    from recent
    inner join ${weightTable} on w.kind = recent.kind and w.dimension = recent.dimension
    where w.weight > 0
    group by recent.dimension, w.ordinal
    order by average asc, w.ordinal asc
    limit 1
  `);
  const weak = weakest.rows[0];

  const lastAttempt = db
    .select({
      questionId: answers.questionId,
      lastAt: sql<Date>`max(${answers.submittedAt})`.as("last_at"),
    })
    .from(answers)
    .where(eq(answers.candidateId, scope.candidateId))
    .groupBy(answers.questionId)
    .as("last_attempt");

  // Rank kinds by their weight for the weak dimension; before any history, the first kind.
  const kindRank = weak
    ? sql`coalesce((select w.weight from ${weightTable} where w.kind = ${questions.kind}::text and w.dimension = ${weak.dimension}), 0)`
    : sql`case when ${questions.kind} = ${input.firstKind} then 1 else 0 end`;
  const [question] = await db
    .select({
      id: questions.id,
      kind: questions.kind,
      title: questions.title,
      prompt: questions.prompt,
    })
    .from(questions)
    .leftJoin(lastAttempt, eq(lastAttempt.questionId, questions.id))
    .where(and(questionVisibleTo(scope), isNull(questions.archivedAt)))
    .orderBy(
      sql`${kindRank} desc`,
      sql`${lastAttempt.lastAt} asc nulls first`,
      asc(questions.kind),
      asc(questions.title),
    )
    .limit(1);
  if (!question) return null;
  return {
    question,
    dimension: weak?.dimension ?? null,
    average: weak ? Number(weak.average) : null,
  };
}
