import { type DimensionKey, dimensionKeys, type QuestionKind } from "@debrief/core/rubric";
import { and, asc, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { notFound } from "../errors.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questionSetItems, questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { isUuid } from "../users/users.ts";
import { findSetInScope } from "../question-sets/question-sets.ts";
import { candidateNameInSetForCoach } from "./blind.ts";

// Grading a set question by question (as in Gradescope's "grade by question"): for one question
// of a set, every assigned candidate's latest gradeable attempt, how many are graded, and the
// spread of the grades given so far.
//
// Who is listed: the candidates the set is assigned to, not everyone in the cohort who practised
// the question. The set is what the coach grades (and what its settings, such as blind grading,
// apply to); a cohort member who answered the question on their own is in the review queue.
// Which attempt: their latest that is not superseded and not unscorable, at this question in the
// set's cohort, whichever way it was submitted (from the set or as practice), because only the
// latest attempt per candidate and question is gradeable.

/** The statuses of an attempt a coach can grade (superseded and unscorable never are). */
const gradeableStatuses = ["submitted", "in_review", "reviewed"] as const;
export type GradeableStatus = (typeof gradeableStatuses)[number];

/** A histogram of the overall grades: ten buckets of ten points (100 counts in the last). */
export const overallBucketCount = 10;

export interface QuestionGradingAttempt {
  answerId: string;
  /** How the coach sees who wrote it: the one place this view names a candidate. */
  candidateName: string;
  attempt: number;
  submittedAt: Date;
  status: GradeableStatus;
  wordCount: number;
  /** The engine's overall score. */
  autoOverall: number | null;
  /** The submitted coach grade; null until the review is submitted. */
  coachOverall: number | null;
  /** A review is submitted: graded, whether or not its set has released it to the candidate. */
  isGraded: boolean;
  /** Submitted in a set that holds reviews, and not published yet. */
  isHeld: boolean;
}

export interface GradeSpread {
  /** How many submitted grades the spread is made of. */
  count: number;
  /** Counts per ten-point bucket of the overall grade: [0–9, 10–19, …, 90–100]. */
  overall: number[];
  meanOverall: number | null;
  /** Per dimension, how many grades gave 0, 1, 2, 3 and 4. */
  dimensions: Record<DimensionKey, number[]>;
}

export interface QuestionGrading {
  set: { id: string; title: string; cohortId: string; cohortName: string };
  question: { id: string; title: string; kind: QuestionKind; prompt: string; position: number };
  /** Oldest submitted first (the queue's order; it does not depend on who wrote them). */
  attempts: QuestionGradingAttempt[];
  progress: {
    graded: number;
    total: number;
    /** Candidates the set is assigned to, answered or not. */
    assigned: number;
  };
  spread: GradeSpread;
}

export interface SetGradingProgress {
  questionId: string;
  graded: number;
  total: number;
}

/**
 * Who wrote the attempt `answerId`, as the coach may see them: every column of this view that
 * identifies a candidate comes from here. Through the blind-grading helper, which reads the
 * `answers` row unaliased in its FROM (so a LATERAL look-up by primary key, per listed row): in
 * a blind set, the set's pseudonym until the review is published.
 */
function candidateIdentity(db: Db, setId: string, answerId: SQL | AnyPgColumn) {
  return db
    .select({
      candidateName: sql<string>`${candidateNameInSetForCoach(setId, users.name)}`.as(
        "candidate_name",
      ),
    })
    .from(answers)
    .innerJoin(users, eq(users.id, answers.candidateId))
    .where(eq(answers.id, answerId))
    .limit(1)
    .as("identity");
}

/** The set (in the coach's cohorts, not archived) and its item for this question, or NOT_FOUND. */
async function findSetQuestion(db: Db, scope: CoachScope, setId: string, questionId: string) {
  if (!isUuid(setId) || !isUuid(questionId) || scope.cohortIds.length === 0) {
    throw notFound("Question set not found.");
  }
  const [row] = await db
    .select({
      set: {
        id: questionSets.id,
        title: questionSets.title,
        cohortId: questionSets.cohortId,
        cohortName: cohorts.name,
      },
      question: {
        id: questions.id,
        title: questions.title,
        kind: questions.kind,
        prompt: questions.prompt,
        position: questionSetItems.position,
      },
      assigned: sql<number>`(select count(*)::int from ${assignments} where ${assignments.setId} = ${questionSets.id})`,
    })
    .from(questionSets)
    .innerJoin(cohorts, eq(cohorts.id, questionSets.cohortId))
    .innerJoin(
      questionSetItems,
      and(eq(questionSetItems.setId, questionSets.id), eq(questionSetItems.questionId, questionId)),
    )
    .innerJoin(questions, eq(questions.id, questionSetItems.questionId))
    .where(
      and(
        eq(questionSets.id, setId),
        inArray(questionSets.cohortId, [...scope.cohortIds]),
        isNull(questionSets.archivedAt),
      ),
    )
    .limit(1);
  if (!row) throw notFound("Question not found in this set.");
  return row;
}

function spreadOf(grades: Array<{ overall: number; dimensions: Record<DimensionKey, number> }>) {
  const overall = Array.from({ length: overallBucketCount }, () => 0);
  const dimensions = Object.fromEntries(
    dimensionKeys.map((key) => [key, [0, 0, 0, 0, 0]]),
  ) as Record<DimensionKey, number[]>;
  let sum = 0;
  for (const grade of grades) {
    const bucket = Math.min(overallBucketCount - 1, Math.max(0, Math.floor(grade.overall / 10)));
    overall[bucket] = (overall[bucket] ?? 0) + 1;
    sum += grade.overall;
    for (const key of dimensionKeys) {
      const counts = dimensions[key];
      const value = grade.dimensions[key];
      if (value >= 0 && value <= 4) counts[value] = (counts[value] ?? 0) + 1;
    }
  }
  return {
    count: grades.length,
    overall,
    meanOverall: grades.length > 0 ? Math.round((sum / grades.length) * 10) / 10 : null,
    dimensions,
  };
}

/**
 * One question of a set, for grading by question: each assigned candidate's latest gradeable
 * attempt, progress and the spread of the submitted coach grades. A set outside the coach's
 * cohorts, or a question not in the set, is NOT_FOUND.
 *
 * Two statements: the set and item lookup, then one query whose inner DISTINCT ON picks each
 * candidate's latest gradeable attempt at the question, and whose outer part keeps those the set
 * is assigned to and joins names and scores for just those rows (see bench/grade-by-question-bench.ts).
 */
export async function getQuestionGrading(
  db: Db,
  scope: CoachScope,
  input: { setId: string; questionId: string },
): Promise<QuestionGrading> {
  const found = await findSetQuestion(db, scope, input.setId, input.questionId);
  // Latest per candidate first, then keep the assigned ones: the same rows as filtering first
  // (which attempt is latest does not depend on the set), but it walks the partial index on
  // (question_id, cohort_id, candidate_id, attempt desc) in order, with no sort, and carries
  // every answer column it needs so nothing joins answers again.
  const latest = db
    .selectDistinctOn([answers.candidateId], {
      id: answers.id,
      candidateId: answers.candidateId,
      attempt: answers.attempt,
      submittedAt: answers.submittedAt,
      status: answers.status,
      wordCount: answers.wordCount,
    })
    .from(answers)
    .where(
      and(
        eq(answers.questionId, found.question.id),
        eq(answers.cohortId, found.set.cohortId),
        inArray(answers.status, [...gradeableStatuses]),
      ),
    )
    .orderBy(answers.candidateId, sql`${answers.attempt} desc`)
    .as("latest");
  // The engine's and the coach's scores of just those rows in one look-up per row: an aggregate
  // LATERAL over the answer's one or two score rows, by the (answer_id, source) unique index.
  // PostgreSQL cannot flatten it into a plain join, which it would hash over every score of the
  // cohort (40–60 ms on the large demo; see bench/grade-by-question-bench.ts).
  const coachMax = (column: AnyPgColumn) =>
    sql<number | null>`max(${column}) filter (where ${scores.source} = 'coach')`;
  const scored = db
    .select({
      autoOverall: sql<
        number | null
      >`max(${scores.overall}) filter (where ${scores.source} = 'auto')`.as("auto_overall"),
      coachOverall: coachMax(scores.overall).as("coach_overall"),
      ...Object.fromEntries(
        dimensionKeys.map((key) => [key, coachMax(scores[key]).as(`coach_${key}`)]),
      ),
    })
    .from(scores)
    .where(eq(scores.answerId, latest.id))
    .as("scored");
  const identity = candidateIdentity(db, found.set.id, latest.id);
  const rows = await db
    .select({
      answerId: latest.id,
      candidateName: identity.candidateName,
      attempt: latest.attempt,
      submittedAt: latest.submittedAt,
      status: latest.status,
      wordCount: latest.wordCount,
      // Graded = the review is submitted. A set that holds reviews keeps the answer "in review"
      // until it publishes them, so the status alone would count held grades as not done.
      review: sql<"held" | "published" | null>`(
        select case when r.published_at is null then 'held' else 'published' end
        from ${reviews} r where r.answer_id = ${latest.id} and r.submitted_at is not null
      )`,
      autoOverall: sql<number | null>`${scored.autoOverall}`,
      coachOverall: sql<number | null>`${scored.coachOverall}`,
      ...Object.fromEntries(
        dimensionKeys.map((key) => [
          `coach_${key}`,
          sql<number | null>`${sql.identifier("scored")}.${sql.identifier(`coach_${key}`)}`,
        ]),
      ),
    })
    .from(latest)
    .innerJoin(
      assignments,
      and(eq(assignments.setId, found.set.id), eq(assignments.candidateId, latest.candidateId)),
    )
    .innerJoinLateral(identity, sql`true`)
    .innerJoinLateral(scored, sql`true`)
    .orderBy(asc(latest.submittedAt), asc(latest.id));

  const grades: Array<{ overall: number; dimensions: Record<DimensionKey, number> }> = [];
  const attempts = rows.map((row): QuestionGradingAttempt => {
    const coachOverall = row.coachOverall === null ? null : Number(row.coachOverall);
    // A draft grade (in review) is not a grade yet: it counts neither as graded nor in the spread.
    const isGraded = row.review !== null && coachOverall !== null;
    if (isGraded) {
      const dimensions = {} as Record<DimensionKey, number>;
      for (const key of dimensionKeys) {
        dimensions[key] = Number((row as Record<string, unknown>)[`coach_${key}`]);
      }
      grades.push({ overall: coachOverall, dimensions });
    }
    return {
      answerId: row.answerId,
      candidateName: row.candidateName,
      attempt: row.attempt,
      submittedAt: row.submittedAt,
      status: row.status as GradeableStatus,
      wordCount: row.wordCount,
      autoOverall: row.autoOverall === null ? null : Number(row.autoOverall),
      coachOverall: isGraded ? coachOverall : null,
      isGraded,
      isHeld: isGraded && row.review === "held",
    };
  });
  return {
    set: found.set,
    question: found.question,
    attempts,
    progress: {
      graded: attempts.filter((a) => a.isGraded).length,
      total: attempts.length,
      assigned: Number(found.assigned),
    },
    spread: spreadOf(grades),
  };
}

/**
 * For each question of a set, how many of the assigned candidates' latest gradeable attempts
 * are graded, in one query. A set outside the coach's cohorts is NOT_FOUND.
 */
export async function listSetGradingProgress(
  db: Db,
  scope: CoachScope,
  input: { setId: string },
): Promise<SetGradingProgress[]> {
  const set = await findSetInScope(db, scope, input.setId);
  // Per question of the set, each candidate's latest gradeable attempt read in index order
  // (a LATERAL per item walks the partial index with no sort), then the assigned ones counted.
  const latest = db
    .selectDistinctOn([answers.candidateId], {
      id: answers.id,
      candidateId: answers.candidateId,
    })
    .from(answers)
    .where(
      and(
        eq(answers.questionId, questionSetItems.questionId),
        eq(answers.cohortId, set.cohortId),
        inArray(answers.status, [...gradeableStatuses]),
      ),
    )
    .orderBy(answers.candidateId, sql`${answers.attempt} desc`)
    .as("latest");
  const counts = await db
    .select({
      questionId: questionSetItems.questionId,
      graded: sql<number>`count(*) filter (where exists (
        select 1 from ${reviews} r where r.answer_id = ${latest.id} and r.submitted_at is not null
      ))::int`,
      total: sql<number>`count(*)::int`,
    })
    .from(questionSetItems)
    .innerJoinLateral(latest, sql`true`)
    .innerJoin(
      assignments,
      and(eq(assignments.setId, set.id), eq(assignments.candidateId, latest.candidateId)),
    )
    .where(eq(questionSetItems.setId, set.id))
    .groupBy(questionSetItems.questionId);
  const byQuestion = new Map(counts.map((row) => [row.questionId, row]));
  const items = await db
    .select({ questionId: questionSetItems.questionId })
    .from(questionSetItems)
    .where(eq(questionSetItems.setId, set.id))
    .orderBy(asc(questionSetItems.position));
  return items.map(({ questionId }) => ({
    questionId,
    graded: Number(byQuestion.get(questionId)?.graded ?? 0),
    total: Number(byQuestion.get(questionId)?.total ?? 0),
  }));
}
