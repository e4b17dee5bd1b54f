import {
  computeOverall,
  type DimensionKey,
  dimensionKeys,
  type QuestionKind,
} from "@debrief/core/rubric";
import { and, asc, desc, eq, isNotNull, isNull, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { badRequest, DomainError, notFound } from "../errors.ts";
import { maxModerationReasonLength } from "../limits.ts";
import type { LeadScope } from "../members/members.ts";
import { defaultOrigin } from "../notifications/notify.ts";
import { notifyReviewLanded } from "../reviews/review-landed.ts";
import { answers } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { gradeModerations, secondGrades } from "../schema/second-grades.ts";
import { users } from "../schema/users.ts";
import { assertDimensionScores, dimensionsOf } from "../scores/score-columns.ts";
import { isUuid } from "../users/users.ts";
import { candidateIdentity } from "./candidate-identity.ts";
import { type GradeView, loadFirstGrade } from "./double-scoring.ts";

/** Two coaches this far apart on any one dimension send the answer to moderation. */
export const moderationGap = 2;

export const moderationListLimit = 100;

export type ModerationStatus = "open" | "settled";

export interface ModerationItem {
  answerId: string;
  version: number;
  /** Null while blind grading hides the candidate (the name is then the set's pseudonym). */
  candidateId: string | null;
  candidateName: string;
  questionTitle: string;
  kind: QuestionKind;
  firstCoachName: string;
  secondCoachName: string;
  firstOverall: number;
  secondOverall: number;
  /** The largest gap between the two grades on one dimension. */
  gap: number;
  /** The dimensions where the two grades differ by the moderation gap or more. */
  disputed: DimensionKey[];
  secondGradedAt: Date;
  settled: {
    overall: number;
    byName: string | null;
    reason: string;
    at: Date;
  } | null;
}

const secondCoach = alias(users, "second_coach");
const settler = alias(users, "settler");
const coachScore = alias(scores, "coach_score");

/** First grade per dimension: the kept copy once settled, else the coach score row. */
const firstScore = (key: DimensionKey): SQL =>
  sql`coalesce((${gradeModerations.firstGrade} ->> ${key})::int, ${coachScore[key]})`;

const gapSql = sql<number>`greatest(${sql.join(
  dimensionKeys.map((key) => sql`abs(${firstScore(key)} - ${secondGrades[key]})`),
  sql`, `,
)})`;

const disputedSql = sql<DimensionKey[]>`array_remove(array[${sql.join(
  dimensionKeys.map(
    (key) =>
      sql`case when abs(${firstScore(key)} - ${secondGrades[key]}) >= ${moderationGap} then ${key} end`,
  ),
  sql`, `,
)}]::text[], null)`;

/**
 * The lead's moderation list: double-scored answers whose two coaches differ by two or more on
 * some dimension, waiting to be settled ("open", oldest first) or settled (newest first). Both
 * grades must be in: a first grade still in draft is not a disagreement yet.
 */
export async function listModeration(
  db: Db,
  scope: LeadScope,
  input: { status?: ModerationStatus } = {},
): Promise<{ items: ModerationItem[]; total: number }> {
  const status = input.status ?? "open";
  // first_gap (kept by triggers) narrows the scan to the disagreements through a partial index;
  // the gap is recomputed from the grades themselves for what is shown.
  const where = and(
    eq(secondGrades.cohortId, scope.cohortId),
    sql`${secondGrades.firstGap} >= 2`,
    status === "open" ? isNull(gradeModerations.id) : isNotNull(gradeModerations.id),
    sql`${gapSql} >= ${moderationGap}`,
  );
  const rows = await db
    .select({
      answerId: answers.id,
      version: answers.version,
      ...candidateIdentity,
      questionTitle: questions.title,
      kind: questions.kind,
      firstCoachName: sql<string>`(select ${users.name} from ${users} where ${users.id} = coalesce(${gradeModerations.firstReviewerId}, ${reviews.reviewerId}))`,
      secondCoachName: sql<string>`(select ${users.name} from ${users} where ${users.id} = ${secondGrades.reviewerId})`,
      firstOverall: sql<number>`coalesce(${gradeModerations.firstOverall}, ${coachScore.overall})`,
      secondOverall: secondGrades.overall,
      gap: gapSql,
      disputed: disputedSql,
      secondGradedAt: secondGrades.submittedAt,
      settledOverall: gradeModerations.finalOverall,
      settledByName: sql<
        string | null
      >`(select ${users.name} from ${users} where ${users.id} = ${gradeModerations.settledById})`,
      settledReason: gradeModerations.reason,
      settledAt: gradeModerations.settledAt,
      total: sql<number>`count(*) over ()`.mapWith(Number),
    })
    .from(secondGrades)
    .innerJoin(answers, and(eq(answers.id, secondGrades.answerId), eq(answers.status, "reviewed")))
    .innerJoin(
      reviews,
      and(eq(reviews.answerId, secondGrades.answerId), isNotNull(reviews.submittedAt)),
    )
    .innerJoin(
      coachScore,
      and(eq(coachScore.answerId, secondGrades.answerId), eq(coachScore.source, "coach")),
    )
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(gradeModerations, eq(gradeModerations.answerId, secondGrades.answerId))
    .where(where)
    .orderBy(
      status === "open" ? asc(secondGrades.submittedAt) : desc(gradeModerations.settledAt),
      asc(secondGrades.answerId),
    )
    .limit(moderationListLimit);
  return {
    total: rows[0]?.total ?? 0,
    items: rows.map((row) => ({
      answerId: row.answerId,
      version: row.version,
      candidateId: row.candidateId,
      candidateName: row.candidateName,
      questionTitle: row.questionTitle,
      kind: row.kind,
      firstCoachName: row.firstCoachName,
      secondCoachName: row.secondCoachName,
      firstOverall: Number(row.firstOverall),
      secondOverall: row.secondOverall,
      gap: Number(row.gap),
      disputed: row.disputed,
      secondGradedAt: row.secondGradedAt,
      settled:
        row.settledAt !== null && row.settledOverall !== null
          ? {
              overall: row.settledOverall,
              byName: row.settledByName,
              reason: row.settledReason ?? "",
              at: row.settledAt,
            }
          : null,
    })),
  };
}

export interface ModerationCase {
  answer: { id: string; body: string; version: number; submittedAt: Date };
  /** Through blind grading's mask: id null and a pseudonym while the set hides the candidate. */
  candidate: { id: string | null; name: string };
  question: { id: string; kind: QuestionKind; title: string; prompt: string };
  auto: { overall: number; dimensions: Record<DimensionKey, number> };
  firstGrade: GradeView;
  secondGrade: GradeView;
  disputed: DimensionKey[];
  settled: {
    overall: number;
    dimensions: Record<DimensionKey, number>;
    byName: string | null;
    reason: string;
    at: Date;
  } | null;
}

/** One answer of the moderation list with both grades side by side, for its lead. */
export async function getModerationCase(
  db: Db,
  scope: LeadScope,
  input: { answerId: string },
): Promise<ModerationCase> {
  if (!isUuid(input.answerId)) throw notFound("Answer not found.");
  const auto = alias(scores, "auto_score");
  const [row] = await db
    .select({
      answer: {
        id: answers.id,
        body: answers.body,
        version: answers.version,
        submittedAt: answers.submittedAt,
      },
      ...candidateIdentity,
      question: {
        id: questions.id,
        kind: questions.kind,
        title: questions.title,
        prompt: questions.prompt,
      },
      auto,
      second: secondGrades,
      secondName: secondCoach.name,
      moderation: gradeModerations,
      settledByName: settler.name,
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
    .innerJoin(secondGrades, eq(secondGrades.answerId, answers.id))
    .innerJoin(secondCoach, eq(secondCoach.id, secondGrades.reviewerId))
    .leftJoin(gradeModerations, eq(gradeModerations.answerId, answers.id))
    .leftJoin(settler, eq(settler.id, gradeModerations.settledById))
    .where(and(eq(answers.id, input.answerId), eq(answers.cohortId, scope.cohortId)))
    .limit(1);
  if (!row) throw notFound("Answer not found.");
  const first = await loadFirstGrade(db, row.answer.id);
  if (!first?.submitted) throw notFound("This answer has no first grade yet.");
  const second = dimensionsOf(row.second);
  return {
    answer: row.answer,
    candidate: { id: row.candidateId, name: row.candidateName },
    question: row.question,
    auto: { overall: row.auto.overall, dimensions: dimensionsOf(row.auto) },
    firstGrade: first,
    secondGrade: {
      reviewerId: row.second.reviewerId,
      reviewerName: row.secondName,
      overall: row.second.overall,
      dimensions: second,
      comment: row.second.comment,
      at: row.second.submittedAt,
    },
    disputed: disputedDimensions(first.dimensions, second),
    settled: row.moderation
      ? {
          overall: row.moderation.finalOverall,
          dimensions: dimensionsOf(row.moderation.finalGrade),
          byName: row.settledByName,
          reason: row.moderation.reason,
          at: row.moderation.settledAt,
        }
      : null,
  };
}

export function disputedDimensions(
  first: Record<DimensionKey, number>,
  second: Record<DimensionKey, number>,
): DimensionKey[] {
  return dimensionKeys.filter((key) => Math.abs(first[key] - second[key]) >= moderationGap);
}

export interface SettleModerationInput {
  answerId: string;
  expectedVersion: number;
  dimensions: Record<DimensionKey, number>;
  reason: string;
  /** Public origin for the candidate's email link (APP_URL, or the request's). */
  origin?: string;
}

/**
 * Settles a disagreement: the final grade becomes the coach score the candidate and dashboards
 * see, moderation keeps the first coach's grade as it stood (the second stays in second_grades),
 * with who settled and why. The version check makes a lead who opened the case before the first
 * coach changed their grade (or before another lead settled it) get CONFLICT, not overwrite.
 */
export async function settleModeration(
  db: Db,
  scope: LeadScope,
  input: SettleModerationInput,
): Promise<{ version: number; overall: number }> {
  if (!isUuid(input.answerId)) throw notFound("Answer not found.");
  const reason = input.reason.replace(/\s+/g, " ").trim();
  if (reason.length === 0) throw badRequest("reason: say why this is the final grade.");
  if (reason.length > maxModerationReasonLength) {
    throw badRequest(`reason: keep it under ${maxModerationReasonLength} characters.`);
  }
  assertDimensionScores(input.dimensions);
  return db.transaction(async (tx) => {
    const [target] = await tx
      .select({
        id: answers.id,
        status: answers.status,
        version: answers.version,
        kind: questions.kind,
        candidateId: answers.candidateId,
        attempt: answers.attempt,
        questionTitle: questions.title,
      })
      .from(answers)
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .where(and(eq(answers.id, input.answerId), eq(answers.cohortId, scope.cohortId)))
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    const [settledBefore] = await tx
      .select({ at: gradeModerations.settledAt, byName: users.name })
      .from(gradeModerations)
      .leftJoin(users, eq(users.id, gradeModerations.settledById))
      .where(eq(gradeModerations.answerId, target.id));
    if (settledBefore) {
      throw new DomainError(
        "CONFLICT",
        `${settledBefore.byName ?? "Someone"} already settled this grade at ${settledBefore.at.toISOString().slice(11, 16)} UTC — reload to see it.`,
      );
    }
    const [second] = await tx
      .select()
      .from(secondGrades)
      .where(eq(secondGrades.answerId, target.id));
    const first = await loadFirstGrade(tx, target.id);
    if (!second || !first?.submitted || target.status !== "reviewed") {
      throw badRequest("Both coaches' grades must be in before a grade can be settled.");
    }
    if (disputedDimensions(first.dimensions, dimensionsOf(second)).length === 0) {
      throw badRequest(
        "The two grades are within one point on every dimension; there is nothing to settle.",
      );
    }
    const [bumped] = await tx
      .update(answers)
      .set({ version: sql`${answers.version} + 1` })
      .where(and(eq(answers.id, target.id), eq(answers.version, input.expectedVersion)))
      .returning({ version: answers.version });
    if (!bumped) {
      throw new DomainError(
        "CONFLICT",
        "The first coach's grade changed since you opened this — reload to see it before settling.",
      );
    }
    const finalGrade = dimensionsOf(input.dimensions);
    const overall = computeOverall(target.kind, finalGrade);
    await tx.insert(gradeModerations).values({
      answerId: target.id,
      firstReviewerId: first.reviewerId,
      firstGrade: first.dimensions,
      firstOverall: first.overall,
      finalGrade,
      finalOverall: overall,
      settledById: scope.leadId,
      reason,
    });
    await tx
      .update(scores)
      .set({ ...finalGrade, overall, updatedAt: sql`now()` })
      .where(and(eq(scores.answerId, target.id), eq(scores.source, "coach")));
    // The candidate already reads the first coach's grade: where the final one differs, the
    // lead's reason replaces the first coach's reason beside that score, and the candidate is told.
    const changedKeys = dimensionKeys.filter((key) => finalGrade[key] !== first.dimensions[key]);
    if (changedKeys.length > 0) {
      const settledReasons = Object.fromEntries(changedKeys.map((key) => [key, reason]));
      await tx
        .update(reviews)
        .set({
          overrideReasons: sql`${reviews.overrideReasons} || ${JSON.stringify(settledReasons)}::jsonb`,
        })
        .where(eq(reviews.answerId, target.id));
      await notifyReviewLanded(
        tx,
        {
          candidateId: target.candidateId,
          answerId: target.id,
          questionTitle: target.questionTitle,
          attempt: target.attempt,
          overall,
        },
        input.origin ?? defaultOrigin,
        first.overall,
      );
    }
    await recordAuditEvent(tx, {
      actorId: scope.leadId,
      action: "moderation.settled",
      cohortId: scope.cohortId,
      subjectType: "answer",
      subjectId: target.id,
      data: {
        overall,
        firstOverall: first.overall,
        secondOverall: second.overall,
        reason,
      },
    });
    return { version: bumped.version, overall };
  });
}
