import { computeOverall, type DimensionKey, type QuestionKind } from "@debrief/core/rubric";
import { and, asc, count, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { badRequest, DomainError, forbidden, notFound } from "../errors.ts";
import type { LeadScope } from "../members/members.ts";
import { answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { gradeModerations, secondGrades } from "../schema/second-grades.ts";
import { users } from "../schema/users.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";
import { assertDimensionScores, dimensionsOf } from "../scores/score-columns.ts";
import { isUuid } from "../users/users.ts";
import { candidateIdentity } from "./candidate-identity.ts";
import { isSampledSql } from "./sampling.ts";

export interface DoubleScoringSettings {
  cohortId: string;
  /** Percentage of new answers (0–100) a second coach grades. */
  rate: number;
  /** When sampling began: answers submitted before it are never sampled. */
  since: Date | null;
}

/** The cohort's double-scoring rate, for its lead. */
export async function getDoubleScoringSettings(
  db: Db,
  scope: LeadScope,
): Promise<DoubleScoringSettings> {
  const [row] = await db
    .select({ rate: cohorts.doubleScoringRate, since: cohorts.doubleScoringSince })
    .from(cohorts)
    .where(eq(cohorts.id, scope.cohortId));
  if (!row) throw notFound("Cohort not found.");
  return { cohortId: scope.cohortId, rate: row.rate, since: row.since };
}

/**
 * Sets the cohort's double-scoring rate. Turning it on (from 0) starts the sample now, so a lead
 * does not wake up to a year of history to re-grade; changing a non-zero rate keeps the start.
 * Second grades already given stay whatever the rate becomes.
 */
export async function setDoubleScoringRate(
  db: Db,
  scope: LeadScope,
  input: { rate: number },
): Promise<DoubleScoringSettings> {
  if (!Number.isInteger(input.rate) || input.rate < 0 || input.rate > 100) {
    throw badRequest("rate: a whole percentage from 0 to 100.");
  }
  return db.transaction(async (tx) => {
    const [before] = await tx
      .select({ rate: cohorts.doubleScoringRate })
      .from(cohorts)
      .where(eq(cohorts.id, scope.cohortId))
      .for("update");
    if (!before) throw notFound("Cohort not found.");
    const [row] = await tx
      .update(cohorts)
      .set({
        doubleScoringRate: input.rate,
        doubleScoringSince:
          input.rate === 0
            ? null
            : before.rate === 0
              ? sql`now()`
              : sql`coalesce(${cohorts.doubleScoringSince}, now())`,
      })
      .where(eq(cohorts.id, scope.cohortId))
      .returning({ rate: cohorts.doubleScoringRate, since: cohorts.doubleScoringSince });
    if (!row) throw notFound("Cohort not found.");
    if (before.rate !== input.rate) {
      await recordAuditEvent(tx, {
        actorId: scope.leadId,
        action: "cohort.double_scoring_set",
        cohortId: scope.cohortId,
        subjectType: "cohort",
        subjectId: scope.cohortId,
        data: { from: before.rate, to: input.rate },
      });
    }
    return { cohortId: scope.cohortId, rate: row.rate, since: row.since };
  });
}

export interface SecondGradeQueueItem {
  answerId: string;
  /** Null while blind grading hides the candidate (the name is then the set's pseudonym). */
  candidateId: string | null;
  candidateName: string;
  cohortId: string;
  cohortName: string;
  questionTitle: string;
  kind: QuestionKind;
  attempt: number;
  submittedAt: Date;
}

export const secondGradeQueueLimit = 50;

/**
 * Sampled answers in the coach's cohorts still waiting for a second grade, oldest first. An
 * answer the caller graded first is not theirs to grade again; whether anyone has graded it first
 * is not shown (the two grades are blind to each other).
 */
export async function listSecondGradeQueue(
  db: Db,
  scope: CoachScope,
  input: { cohortId?: string } = {},
): Promise<{ items: SecondGradeQueueItem[]; total: number }> {
  const cohortIds = cohortsInScope(scope, input.cohortId);
  if (cohortIds.length === 0) return { items: [], total: 0 };
  const where = and(
    inArray(answers.cohortId, cohortIds),
    isSampledSql(),
    isNull(secondGrades.id),
    sql`(${reviews.reviewerId} is null or ${reviews.reviewerId} <> ${scope.coachId})`,
  );
  const base = () =>
    db
      .select({
        answerId: answers.id,
        ...candidateIdentity,
        cohortId: cohorts.id,
        cohortName: cohorts.name,
        questionTitle: questions.title,
        kind: questions.kind,
        attempt: answers.attempt,
        submittedAt: answers.submittedAt,
      })
      .from(answers)
      .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .leftJoin(secondGrades, eq(secondGrades.answerId, answers.id))
      .leftJoin(reviews, eq(reviews.answerId, answers.id))
      .where(where);
  const items = await base()
    .orderBy(asc(answers.submittedAt), asc(answers.id))
    .limit(secondGradeQueueLimit);
  const [total] = await db
    .select({ value: count() })
    .from(answers)
    .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
    .leftJoin(secondGrades, eq(secondGrades.answerId, answers.id))
    .leftJoin(reviews, eq(reviews.answerId, answers.id))
    .where(where);
  return { items, total: total?.value ?? 0 };
}

export interface GradeView {
  reviewerId: string | null;
  reviewerName: string;
  overall: number;
  dimensions: Record<DimensionKey, number>;
  comment: string;
  at: Date;
}

export interface AnswerForSecondGrade {
  answer: { id: string; body: string; attempt: number; wordCount: number; submittedAt: Date };
  /** Through blind grading's mask: id null and a pseudonym while the set hides the candidate. */
  candidate: { id: string | null; name: string };
  cohort: { id: string; name: string };
  question: { id: string; kind: QuestionKind; title: string; prompt: string };
  auto: { overall: number; dimensions: Record<DimensionKey, number> };
  /** Null until given. */
  secondGrade: GradeView | null;
  /** The first coach's submitted grade: only once the second is in (blind until both are). */
  firstGrade: GradeView | null;
  /** Why the caller cannot give the second grade, or null when they can. */
  blockedReason: string | null;
}

/**
 * The second-grade page: the answer and the engine's score, as the first coach sees them, but
 * not the first coach's grade until both grades are in.
 */
export async function getAnswerForSecondGrade(
  db: Db,
  scope: CoachScope,
  input: { answerId: string },
): Promise<AnswerForSecondGrade> {
  if (!isUuid(input.answerId) || scope.cohortIds.length === 0) throw notFound("Answer not found.");
  const auto = alias(scores, "auto_score");
  const [row] = await db
    .select({
      answer: {
        id: answers.id,
        body: answers.body,
        attempt: answers.attempt,
        wordCount: answers.wordCount,
        submittedAt: answers.submittedAt,
      },
      ...candidateIdentity,
      cohort: { id: cohorts.id, name: cohorts.name },
      question: {
        id: questions.id,
        kind: questions.kind,
        title: questions.title,
        prompt: questions.prompt,
      },
      auto,
      isSampled: sql<boolean>`${isSampledSql()}`,
    })
    .from(answers)
    .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
    .where(and(eq(answers.id, input.answerId), inArray(answers.cohortId, [...scope.cohortIds])))
    .limit(1);
  if (!row) throw notFound("Answer not found.");
  const second = await loadSecondGrade(db, row.answer.id);
  if (!row.isSampled && !second) throw notFound("This answer is not double-scored.");
  const first = await loadFirstGrade(db, row.answer.id);
  const blockedReason = second
    ? null
    : first?.reviewerId === scope.coachId
      ? "You graded this answer first; its second grade comes from another coach."
      : null;
  return {
    answer: row.answer,
    candidate: { id: row.candidateId, name: row.candidateName },
    cohort: row.cohort,
    question: row.question,
    auto: { overall: row.auto.overall, dimensions: dimensionsOf(row.auto) },
    secondGrade: second,
    firstGrade: second && first?.submitted ? first : null,
    blockedReason,
  };
}

async function loadSecondGrade(db: Db, answerId: string): Promise<GradeView | null> {
  const [row] = await db
    .select({ grade: secondGrades, reviewerName: users.name })
    .from(secondGrades)
    .innerJoin(users, eq(users.id, secondGrades.reviewerId))
    .where(eq(secondGrades.answerId, answerId));
  if (!row) return null;
  return {
    reviewerId: row.grade.reviewerId,
    reviewerName: row.reviewerName,
    overall: row.grade.overall,
    dimensions: dimensionsOf(row.grade),
    comment: row.grade.comment,
    at: row.grade.submittedAt,
  };
}

/**
 * The first coach's grade: the coach score row, or once a lead settled a disagreement (which
 * overwrote that row with the final grade), the first grade as moderation kept it.
 */
export async function loadFirstGrade(
  db: Db,
  answerId: string,
): Promise<(GradeView & { submitted: boolean }) | null> {
  const coach = alias(scores, "coach_score");
  const [row] = await db
    .select({
      review: reviews,
      reviewerName: users.name,
      coach,
      kept: { grade: gradeModerations.firstGrade, overall: gradeModerations.firstOverall },
    })
    .from(reviews)
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .innerJoin(coach, and(eq(coach.answerId, reviews.answerId), eq(coach.source, "coach")))
    .leftJoin(gradeModerations, eq(gradeModerations.answerId, reviews.answerId))
    .where(eq(reviews.answerId, answerId));
  if (!row) return null;
  return {
    reviewerId: row.review.reviewerId,
    reviewerName: row.reviewerName,
    overall: row.kept?.overall ?? row.coach.overall,
    dimensions: row.kept?.grade ? dimensionsOf(row.kept.grade) : dimensionsOf(row.coach),
    comment: row.review.overallComment,
    at: row.review.submittedAt ?? row.review.updatedAt,
    submitted: row.review.submittedAt !== null,
  };
}

export interface SaveSecondGradeInput {
  answerId: string;
  dimensions: Record<DimensionKey, number>;
  comment: string;
}

/**
 * Records a second coach's independent grade of a sampled answer. The first coach cannot give
 * it, and it is given once: a second attempt (or a race lost to another coach) is CONFLICT.
 */
export async function saveSecondGrade(
  db: Db,
  scope: CoachScope,
  input: SaveSecondGradeInput,
): Promise<{ answerId: string; overall: number }> {
  if (!isUuid(input.answerId) || scope.cohortIds.length === 0) throw notFound("Answer not found.");
  assertDimensionScores(input.dimensions);
  return db.transaction(async (tx) => {
    // Locks the answer so a first grade by the same coach cannot slip in between the checks.
    const [target] = await tx
      .select({
        id: answers.id,
        cohortId: answers.cohortId,
        status: answers.status,
        kind: questions.kind,
        isSampled: sql<boolean>`${isSampledSql()}`,
      })
      .from(answers)
      .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .where(and(eq(answers.id, input.answerId), inArray(answers.cohortId, [...scope.cohortIds])))
      .for("update", { of: answers })
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    const [existing] = await tx
      .select({ reviewerId: secondGrades.reviewerId, name: users.name })
      .from(secondGrades)
      .innerJoin(users, eq(users.id, secondGrades.reviewerId))
      .where(eq(secondGrades.answerId, target.id));
    if (existing) {
      throw new DomainError(
        "CONFLICT",
        existing.reviewerId === scope.coachId
          ? "You already gave this answer its second grade."
          : `${existing.name} already gave this answer its second grade.`,
      );
    }
    if (!target.isSampled) {
      throw badRequest("This answer is not in its cohort's double-scoring sample.");
    }
    const [first] = await tx
      .select({ reviewerId: reviews.reviewerId })
      .from(reviews)
      .where(eq(reviews.answerId, target.id));
    if (first?.reviewerId === scope.coachId) {
      throw forbidden("You graded this answer first; its second grade comes from another coach.");
    }
    const overall = computeOverall(target.kind, input.dimensions);
    const inserted = await tx
      .insert(secondGrades)
      .values({
        answerId: target.id,
        cohortId: target.cohortId,
        reviewerId: scope.coachId,
        overall,
        ...dimensionsOf(input.dimensions),
        comment: input.comment.trim(),
      })
      .onConflictDoNothing({ target: secondGrades.answerId })
      .returning({ id: secondGrades.id });
    if (inserted.length === 0) {
      throw new DomainError("CONFLICT", "Another coach just gave this answer its second grade.");
    }
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "second_grade.submitted",
      cohortId: target.cohortId,
      subjectType: "answer",
      subjectId: target.id,
      data: { overall },
    });
    return { answerId: target.id, overall };
  });
}
