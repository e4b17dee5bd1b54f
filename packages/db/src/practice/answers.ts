import type { DimensionKey, Evidence, FlagKey, QuestionKind } from "@debrief/core";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { conflict, notFound } from "../errors.ts";
import { isUuid } from "../queries/users.ts";
import { type AnswerStatus, answers, drafts } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { type Score, scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { scoreAliases } from "./questions.ts";
import { type CandidateScope, questionVisibleTo } from "./scope.ts";

/** What the engine produced for one answer, as stored in the `auto` score row. */
export interface AutoScoreInput {
  overall: number;
  dimensions: Record<DimensionKey, number>;
  flags: readonly FlagKey[];
  evidence: readonly Evidence[];
  suggestions: readonly string[];
  engineVersion: string;
}

export interface RecordSubmittedAnswerInput {
  candidateId: string;
  questionId: string;
  cohortId: string;
  assignmentId: string | null;
  body: string;
  wordCount: number;
  idempotencyKey: string;
  score: AutoScoreInput;
  /** Defaults to the database clock; the demo seed passes history dates. */
  submittedAt?: Date;
}

export interface SubmitResult {
  answerId: string;
  attempt: number;
  isDuplicate: boolean;
}

// Namespace for pg_advisory_xact_lock(int, int): the second int is the candidate's hash.
const submitLockNamespace = 4_242_017;

/**
 * Stores a submitted answer, its auto score, and clears the draft, in one transaction.
 *
 * Per-candidate advisory lock: concurrent submits of one candidate take turns, so the
 * idempotency check sees the first request's committed row (a retry gets the FIRST result) and
 * attempt numbers are max+1 without gaps or unique violations. Different candidates never wait
 * on each other. The unique constraints stay as the backstop.
 */
export async function recordSubmittedAnswer(
  db: Db,
  input: RecordSubmittedAnswerInput,
): Promise<SubmitResult> {
  return db.transaction(async (tx) => {
    await tx.execute(
      sql`select pg_advisory_xact_lock(${submitLockNamespace}::int, hashtext(${input.candidateId}))`,
    );
    const [existing] = await tx
      .select({
        id: answers.id,
        attempt: answers.attempt,
        questionId: answers.questionId,
        body: answers.body,
      })
      .from(answers)
      .where(
        and(
          eq(answers.candidateId, input.candidateId),
          eq(answers.idempotencyKey, input.idempotencyKey),
        ),
      )
      .limit(1);
    if (existing) {
      if (existing.questionId !== input.questionId || existing.body !== input.body) {
        throw conflict(
          "idempotencyKey: this key was already used to submit a different answer. Use a new key for a new submission.",
        );
      }
      return { answerId: existing.id, attempt: existing.attempt, isDuplicate: true };
    }

    const [next] = await tx
      .select({ attempt: sql<number>`coalesce(max(${answers.attempt}), 0)::int + 1` })
      .from(answers)
      .where(
        and(eq(answers.candidateId, input.candidateId), eq(answers.questionId, input.questionId)),
      );
    const attempt = next?.attempt ?? 1;
    const [answer] = await tx
      .insert(answers)
      .values({
        candidateId: input.candidateId,
        questionId: input.questionId,
        cohortId: input.cohortId,
        assignmentId: input.assignmentId,
        attempt,
        body: input.body,
        wordCount: input.wordCount,
        idempotencyKey: input.idempotencyKey,
        ...(input.submittedAt ? { submittedAt: input.submittedAt } : {}),
      })
      .returning({ id: answers.id });
    if (!answer) throw new Error("insert into answers returned no row");
    await tx.insert(scores).values({
      answerId: answer.id,
      source: "auto",
      overall: input.score.overall,
      ...input.score.dimensions,
      flags: [...input.score.flags],
      evidence: input.score.evidence,
      suggestions: input.score.suggestions,
      engineVersion: input.score.engineVersion,
      ...(input.submittedAt ? { createdAt: input.submittedAt, updatedAt: input.submittedAt } : {}),
    });
    await tx
      .delete(drafts)
      .where(
        and(eq(drafts.candidateId, input.candidateId), eq(drafts.questionId, input.questionId)),
      );
    return { answerId: answer.id, attempt, isDuplicate: false };
  });
}

type ScoreColumns = Pick<Score, "overall" | DimensionKey>;

export interface ScoreSummary {
  overall: number;
  dimensions: Record<DimensionKey, number>;
}

function summarise(row: ScoreColumns): ScoreSummary {
  return {
    overall: row.overall,
    dimensions: {
      structure: row.structure,
      ownership: row.ownership,
      specificity: row.specificity,
      depth: row.depth,
      tradeoffs: row.tradeoffs,
      impact: row.impact,
      reflection: row.reflection,
      delivery: row.delivery,
    },
  };
}

export interface AnswerDetail {
  id: string;
  attempt: number;
  body: string;
  wordCount: number;
  status: AnswerStatus;
  submittedAt: Date;
  question: { id: string; kind: QuestionKind; title: string; prompt: string; guidance: string };
  auto: ScoreSummary & {
    flags: FlagKey[];
    evidence: Evidence[];
    suggestions: string[];
    engineVersion: string;
  };
  coach:
    | (ScoreSummary & {
        reviewerName: string | null;
        comment: string;
        comments: Array<{ start: number; end: number; quote: string; body: string }>;
      })
    | null;
  previousAttemptId: string | null;
  nextAttemptId: string | null;
}

/**
 * One of the candidate's own answers with its question, engine score and (once reviewed) the
 * coach's score and review. Anyone else's answer is NOT_FOUND, exactly like a missing id.
 */
export async function getAnswerForCandidate(
  db: Db,
  scope: Pick<CandidateScope, "candidateId">,
  answerId: string,
): Promise<AnswerDetail> {
  if (!isUuid(answerId)) throw notFound("Answer not found.");
  const { auto, coach, autoJoin, coachJoin } = scoreAliases();
  const reviewer = alias(users, "reviewer");
  const sibling = alias(answers, "sibling");
  const neighbour = (direction: "previous" | "next") =>
    sql<string | null>`(select ${sibling.id} from ${answers} as ${sql.identifier("sibling")}
      where ${sibling.candidateId} = ${answers.candidateId} and ${sibling.questionId} = ${answers.questionId}
        and ${direction === "previous" ? sql`${sibling.attempt} < ${answers.attempt}` : sql`${sibling.attempt} > ${answers.attempt}`}
      order by ${sibling.attempt} ${direction === "previous" ? sql`desc` : sql`asc`} limit 1)`;

  const [row] = await db
    .select({
      answer: answers,
      question: {
        id: questions.id,
        kind: questions.kind,
        title: questions.title,
        prompt: questions.prompt,
        guidance: questions.guidance,
      },
      auto,
      coach,
      review: { id: reviews.id, overallComment: reviews.overallComment },
      reviewerName: reviewer.name,
      previousAttemptId: neighbour("previous"),
      nextAttemptId: neighbour("next"),
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(auto, autoJoin)
    .leftJoin(coach, coachJoin)
    .leftJoin(reviews, and(eq(reviews.answerId, answers.id), eq(answers.status, "reviewed")))
    .leftJoin(reviewer, eq(reviewer.id, reviews.reviewerId))
    .where(and(eq(answers.id, answerId), eq(answers.candidateId, scope.candidateId)))
    .limit(1);
  if (!row) throw notFound("Answer not found.");
  // Every submit writes its auto score in the same transaction, so this is a broken invariant.
  if (!row.auto) throw new Error(`answer ${answerId} has no auto score`);

  const comments =
    row.coach && row.review
      ? await db
          .select({
            start: reviewComments.start,
            end: reviewComments.end,
            quote: reviewComments.quote,
            body: reviewComments.body,
          })
          .from(reviewComments)
          .where(eq(reviewComments.reviewId, row.review.id))
          .orderBy(asc(reviewComments.start), asc(reviewComments.createdAt))
      : [];

  const { answer } = row;
  return {
    id: answer.id,
    attempt: answer.attempt,
    body: answer.body,
    wordCount: answer.wordCount,
    status: answer.status,
    submittedAt: answer.submittedAt,
    question: row.question,
    auto: {
      ...summarise(row.auto),
      flags: row.auto.flags as FlagKey[],
      evidence: (row.auto.evidence ?? []) as Evidence[],
      suggestions: (row.auto.suggestions ?? []) as string[],
      engineVersion: row.auto.engineVersion ?? "unknown",
    },
    coach: row.coach
      ? {
          ...summarise(row.coach),
          reviewerName: row.reviewerName,
          comment: row.review?.overallComment ?? "",
          comments,
        }
      : null,
    previousAttemptId: row.previousAttemptId,
    nextAttemptId: row.nextAttemptId,
  };
}

export interface AttemptSummary {
  id: string;
  attempt: number;
  submittedAt: Date;
  body: string;
  wordCount: number;
  status: AnswerStatus;
  auto: ScoreSummary;
  coach: ScoreSummary | null;
}

/** The candidate's attempts at one question, oldest first; a question they can't see is NOT_FOUND. */
export async function listAttemptsForQuestion(
  db: Db,
  scope: CandidateScope,
  input: { questionId: string },
): Promise<AttemptSummary[]> {
  if (!isUuid(input.questionId)) throw notFound("Question not found.");
  const [visible] = await db
    .select({ id: questions.id })
    .from(questions)
    .where(and(eq(questions.id, input.questionId), questionVisibleTo(scope)))
    .limit(1);
  if (!visible) throw notFound("Question not found.");
  const { auto, coach, autoJoin, coachJoin } = scoreAliases();
  const rows = await db
    .select({ answer: answers, auto, coach })
    .from(answers)
    .innerJoin(auto, autoJoin)
    .leftJoin(coach, coachJoin)
    .where(
      and(eq(answers.candidateId, scope.candidateId), eq(answers.questionId, input.questionId)),
    )
    .orderBy(asc(answers.attempt));
  return rows.map(({ answer, auto: autoRow, coach: coachRow }) => ({
    id: answer.id,
    attempt: answer.attempt,
    submittedAt: answer.submittedAt,
    body: answer.body,
    wordCount: answer.wordCount,
    status: answer.status,
    auto: summarise(autoRow),
    coach: coachRow ? summarise(coachRow) : null,
  }));
}

export interface RecentAttempt {
  id: string;
  attempt: number;
  submittedAt: Date;
  status: AnswerStatus;
  /** The coach's overall once reviewed, else the engine's. */
  overall: number;
  question: { id: string; title: string; kind: QuestionKind };
}

/** The candidate's latest submitted answers across all questions, newest first. */
export async function listRecentAttempts(
  db: Db,
  scope: Pick<CandidateScope, "candidateId">,
  input: { limit: number },
): Promise<RecentAttempt[]> {
  const { auto, coach, autoJoin, coachJoin } = scoreAliases();
  return db
    .select({
      id: answers.id,
      attempt: answers.attempt,
      submittedAt: answers.submittedAt,
      status: answers.status,
      overall: sql<number>`coalesce(${coach.overall}, ${auto.overall})`,
      question: { id: questions.id, title: questions.title, kind: questions.kind },
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(auto, autoJoin)
    .leftJoin(coach, coachJoin)
    .where(eq(answers.candidateId, scope.candidateId))
    .orderBy(desc(answers.submittedAt), desc(answers.attempt))
    .limit(input.limit);
}
