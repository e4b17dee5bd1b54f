import {
  type DimensionKey,
  dimensionKeys,
  type Evidence,
  type FlagKey,
  type QuestionKind,
} from "@debrief/core/rubric";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { conflict, notFound } from "../errors.ts";
import { isUuid } from "../users/users.ts";
import { type AnswerStatus, answers, drafts } from "../schema/answers.ts";
import { candidateNameForCoach } from "../reviews/blind.ts";
import { listRepliesForReview, type ReviewReplyView } from "../reviews/review-replies.ts";
import { notifyUser } from "../notifications/notify.ts";
import { assignments } from "../schema/assignments.ts";
import { memberships } from "../schema/memberships.ts";
import { questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { type Score, scores } from "../schema/scores.ts";
import { dimensionsOf } from "../scores/score-columns.ts";
import { users } from "../schema/users.ts";
import { scoreAliases } from "../questions/candidate-questions.ts";
import { type CandidateScope, questionVisibleTo } from "../scopes/candidate-scope.ts";

/** What the engine produced for one answer, as stored in the `auto` score row. */
export interface AutoScoreInput {
  overall: number;
  dimensions: Record<DimensionKey, number>;
  flags: readonly FlagKey[];
  evidence: readonly Evidence[];
  suggestions: readonly string[];
  engineVersion: string;
}

/** The engine's verdict on text that is not an answer, stored on an "unscorable" attempt. */
export interface UnscorableVerdict {
  /** The engine's reason code (e.g. "not_english", "prompt_echo"). */
  reason: string;
  /** The sentence the candidate saw. */
  message: string;
  engineVersion: string;
}

export type RecordSubmittedAnswerInput = SubmittedAnswerFields &
  (
    | { score: AutoScoreInput; unscorable?: undefined }
    // No auto score row: the attempt is stored with status "unscorable" and the verdict.
    | { score?: undefined; unscorable: UnscorableVerdict }
  );

interface SubmittedAnswerFields {
  candidateId: string;
  questionId: string;
  cohortId: string;
  assignmentId: string | null;
  body: string;
  wordCount: number;
  idempotencyKey: string;
  /** Defaults to the database clock; the demo seed passes history dates. */
  submittedAt?: Date;
  /**
   * Tell the coach who assigned the set (in-app and, batched over `digestSeconds`, by email).
   * Left out by the demo seed. Never sent for an unscorable attempt: there is nothing to grade.
   */
  notify?: { origin: string; digestSeconds: number };
}

export interface SubmitResult {
  answerId: string;
  attempt: number;
  isDuplicate: boolean;
}

// Named by drizzle-kit from the schema's unique() (see migration 0001).
const attemptConstraint = "answers_candidateId_questionId_attempt_unique";
const maxAttemptRaces = 20;

/**
 * Stores a submitted answer with its auto score and clears the draft: one statement, so one
 * transaction and one round trip on the hot path.
 *
 * Idempotency: `on conflict (candidate_id, idempotency_key) do nothing`. A concurrent insert of
 * the same key waits for the first to commit and then inserts nothing; the follow-up read returns
 * the FIRST result (`isDuplicate: true`), or CONFLICT when the key came with a different answer.
 * Attempt numbers are max+1; two different submits racing for the same number make one fail the
 * (candidate, question, attempt) unique constraint, and that one simply retries with a fresh max.
 */
export async function recordSubmittedAnswer(
  db: Db,
  input: RecordSubmittedAnswerInput,
): Promise<SubmitResult> {
  for (let race = 1; ; race++) {
    try {
      const inserted = await db.transaction(async (tx) => {
        const row = await insertAnswer(tx, input);
        if (row && input.notify && input.assignmentId && !input.unscorable) {
          await notifyAssigningCoach(tx, row.answerId, input.notify);
        }
        return row;
      });
      if (inserted) return { ...inserted, isDuplicate: false };
      const replay = await findReplay(db, input);
      // Not inserted yet not found: the conflicting row was rolled back meanwhile. Try again.
      if (replay) return replay;
    } catch (error) {
      if (!isUniqueViolation(error, attemptConstraint) || race >= maxAttemptRaces) throw error;
    }
  }
}

async function insertAnswer(
  db: Db,
  input: RecordSubmittedAnswerInput,
): Promise<{ answerId: string; attempt: number } | null> {
  const { score, unscorable } = input;
  const submittedAt = input.submittedAt
    ? sql`${input.submittedAt.toISOString()}::timestamptz`
    : sql`now()`;
  const dimensionColumns = sql.join(
    dimensionKeys.map((key) => sql.identifier(key)),
    sql`, `,
  );
  // An unscorable attempt writes no score row, and it supersedes nothing: the attempt before it
  // is still the latest real answer, and stays gradeable.
  const scored = score
    ? sql`, scored as (
      insert into ${scores} (answer_id, source, overall, ${dimensionColumns}, flags, evidence,
        suggestions, engine_version, created_at, updated_at)
      select inserted.id, 'auto', ${score.overall}::smallint, ${sql.join(
        dimensionKeys.map((key) => sql`${score.dimensions[key]}::smallint`),
        sql`, `,
      )},
        array(select jsonb_array_elements_text(${JSON.stringify(score.flags)}::jsonb)),
        ${JSON.stringify(score.evidence)}::jsonb, ${JSON.stringify(score.suggestions)}::jsonb,
        ${score.engineVersion}, inserted.submitted_at, inserted.submitted_at
      from inserted
    ), superseded as (
      -- Only the latest attempt is gradeable: older ones still waiting for a coach close now.
      -- (The statement's snapshot does not see the row inserted above, so it is never touched.)
      update ${answers} set status = 'superseded', version = ${answers.version} + 1
      where ${answers.candidateId} = ${input.candidateId} and ${answers.questionId} = ${input.questionId}
        and ${answers.status} in ('submitted', 'in_review')
        -- A review submitted and held for publishing is finished work: it stays, to be published.
        and not exists (select 1 from ${reviews} held
          where held.answer_id = ${answers.id} and held.submitted_at is not null)
        and exists (select 1 from inserted)
    )`
    : sql``;
  const result = await db.execute<{ id: string; attempt: number }>(sql`
    with next_attempt as (
      select coalesce(max(${answers.attempt}), 0) + 1 as attempt
      from ${answers}
      where ${answers.candidateId} = ${input.candidateId} and ${answers.questionId} = ${input.questionId}
    ), inserted as (
      insert into ${answers} (candidate_id, question_id, cohort_id, assignment_id, attempt, body,
        word_count, idempotency_key, submitted_at, status, unscorable_reason, unscorable_message,
        unscorable_engine_version)
      select ${input.candidateId}::uuid, ${input.questionId}::uuid, ${input.cohortId}::uuid,
        ${input.assignmentId}::uuid, next_attempt.attempt, ${input.body}, ${input.wordCount}::int,
        ${input.idempotencyKey}, ${submittedAt},
        ${unscorable ? "unscorable" : "submitted"}::answer_status, ${unscorable?.reason ?? null},
        ${unscorable?.message ?? null}, ${unscorable?.engineVersion ?? null}
      from next_attempt
      on conflict (candidate_id, idempotency_key) do nothing
      returning id, attempt, submitted_at
    )${scored}, cleared as (
      delete from ${drafts}
      where ${drafts.candidateId} = ${input.candidateId} and ${drafts.questionId} = ${input.questionId}
        and exists (select 1 from inserted)
    )
    select id, attempt from inserted
  `);
  const [row] = result.rows;
  return row ? { answerId: row.id, attempt: Number(row.attempt) } : null;
}

/**
 * "Answer submitted in a set you coach": tells the coach who assigned the set. Emails for one
 * coach are held for the digest window and go out as one message if several arrive.
 */
async function notifyAssigningCoach(
  db: Db,
  answerId: string,
  notify: { origin: string; digestSeconds: number },
): Promise<void> {
  const candidate = alias(users, "candidate");
  const [row] = await db
    .select({
      coachId: assignments.assignedById,
      // Stored in the notification: in a blind set the coach reads the pseudonym.
      candidateName: candidateNameForCoach(candidate.name),
      questionTitle: questions.title,
      setTitle: questionSets.title,
      attempt: answers.attempt,
      cohortId: answers.cohortId,
    })
    .from(answers)
    .innerJoin(assignments, eq(assignments.id, answers.assignmentId))
    .innerJoin(questionSets, eq(questionSets.id, assignments.setId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(candidate, eq(candidate.id, answers.candidateId))
    // Only while they still coach the cohort.
    .innerJoin(
      memberships,
      and(
        eq(memberships.userId, assignments.assignedById),
        eq(memberships.cohortId, answers.cohortId),
        eq(memberships.role, "coach"),
      ),
    )
    .where(eq(answers.id, answerId))
    .limit(1);
  if (!row?.coachId) return;
  await notifyUser(db, {
    userId: row.coachId,
    kind: "answer_submitted",
    subjectId: answerId,
    data: {
      answerId,
      candidateName: row.candidateName,
      questionTitle: row.questionTitle,
      setTitle: row.setTitle,
      attempt: row.attempt,
    },
    origin: notify.origin,
    digestKey: `answer_submitted:${row.coachId}`,
    sendAfter: new Date(Date.now() + notify.digestSeconds * 1000),
  });
}

async function findReplay(db: Db, input: RecordSubmittedAnswerInput): Promise<SubmitResult | null> {
  const [existing] = await db
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
  if (!existing) return null;
  if (existing.questionId !== input.questionId || existing.body !== input.body) {
    throw conflict(
      "idempotencyKey: this key was already used to submit a different answer. Use a new key for a new submission.",
    );
  }
  return { answerId: existing.id, attempt: existing.attempt, isDuplicate: true };
}

function isUniqueViolation(error: unknown, constraint: string): boolean {
  // drizzle wraps the driver's error; node-postgres puts the SQLSTATE and constraint on it.
  for (let current: unknown = error; current instanceof Error; current = current.cause) {
    const { code, constraint: name } = current as { code?: string; constraint?: string };
    if (code === "23505") return name === constraint;
  }
  return false;
}

type ScoreColumns = Pick<Score, "overall" | DimensionKey>;

export interface ScoreSummary {
  overall: number;
  dimensions: Record<DimensionKey, number>;
}

function summarise(row: ScoreColumns): ScoreSummary {
  return {
    overall: row.overall,
    dimensions: dimensionsOf(row),
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
  /** The engine's score; null exactly when the attempt is unscorable. */
  auto:
    | (ScoreSummary & {
        flags: FlagKey[];
        evidence: Evidence[];
        suggestions: string[];
        engineVersion: string;
      })
    | null;
  /** Why the engine gave no score (status "unscorable"), else null. */
  unscorable: UnscorableVerdict | null;
  coach:
    | (ScoreSummary & {
        reviewerName: string | null;
        comment: string;
        /** The coach's one-line reason for every dimension they scored differently. */
        overrideReasons: Partial<Record<DimensionKey, string>>;
        comments: Array<{ id: string; start: number; end: number; quote: string; body: string }>;
        replies: ReviewReplyView[];
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
      review: {
        id: reviews.id,
        overallComment: reviews.overallComment,
        overrideReasons: reviews.overrideReasons,
      },
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
  // (An unscorable attempt has none, by design.)
  if (!row.auto && row.answer.status !== "unscorable") {
    throw new Error(`answer ${answerId} has no auto score`);
  }

  const comments =
    row.coach && row.review
      ? await db
          .select({
            id: reviewComments.id,
            start: reviewComments.start,
            end: reviewComments.end,
            quote: reviewComments.quote,
            body: reviewComments.body,
          })
          .from(reviewComments)
          .where(eq(reviewComments.reviewId, row.review.id))
          .orderBy(asc(reviewComments.start), asc(reviewComments.createdAt))
      : [];
  const replies = row.coach && row.review ? await listRepliesForReview(db, row.review.id) : [];

  const { answer } = row;
  return {
    id: answer.id,
    attempt: answer.attempt,
    body: answer.body,
    wordCount: answer.wordCount,
    status: answer.status,
    submittedAt: answer.submittedAt,
    question: row.question,
    auto: row.auto
      ? {
          ...summarise(row.auto),
          flags: row.auto.flags as FlagKey[],
          evidence: (row.auto.evidence ?? []) as Evidence[],
          suggestions: (row.auto.suggestions ?? []) as string[],
          engineVersion: row.auto.engineVersion ?? "unknown",
        }
      : null,
    unscorable: unscorableVerdictOf(answer),
    coach: row.coach
      ? {
          ...summarise(row.coach),
          reviewerName: row.reviewerName,
          comment: row.review?.overallComment ?? "",
          overrideReasons: (row.review?.overrideReasons ?? {}) as Partial<
            Record<DimensionKey, string>
          >,
          comments,
          replies,
        }
      : null,
    previousAttemptId: row.previousAttemptId,
    nextAttemptId: row.nextAttemptId,
  };
}

/** The stored verdict of an "unscorable" attempt; null for every other status. */
export function unscorableVerdictOf(
  answer: Pick<
    typeof answers.$inferSelect,
    "status" | "unscorableReason" | "unscorableMessage" | "unscorableEngineVersion"
  >,
): UnscorableVerdict | null {
  if (answer.status !== "unscorable") return null;
  return {
    reason: answer.unscorableReason ?? "unknown",
    message: answer.unscorableMessage ?? "Debrief could not score this text as an answer.",
    engineVersion: answer.unscorableEngineVersion ?? "unknown",
  };
}

export interface AttemptSummary {
  id: string;
  attempt: number;
  submittedAt: Date;
  body: string;
  wordCount: number;
  status: AnswerStatus;
  /** Null for an unscorable attempt (see `unscorable`). */
  auto: ScoreSummary | null;
  coach: ScoreSummary | null;
  unscorable: UnscorableVerdict | null;
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
    .leftJoin(auto, autoJoin)
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
    auto: autoRow ? summarise(autoRow) : null,
    coach: coachRow ? summarise(coachRow) : null,
    unscorable: unscorableVerdictOf(answer),
  }));
}

export interface RecentAttempt {
  id: string;
  attempt: number;
  submittedAt: Date;
  status: AnswerStatus;
  /** The coach's overall once reviewed, else the engine's; null when unscorable. */
  overall: number | null;
  question: { id: string; title: string; kind: QuestionKind };
}

/** The candidate's latest submitted answers across all questions, newest first (unscorable ones too). */
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
      overall: sql<number | null>`coalesce(${coach.overall}, ${auto.overall})`,
      question: { id: questions.id, title: questions.title, kind: questions.kind },
    })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(auto, autoJoin)
    .leftJoin(coach, coachJoin)
    .where(eq(answers.candidateId, scope.candidateId))
    .orderBy(desc(answers.submittedAt), desc(answers.attempt))
    .limit(input.limit);
}

/**
 * Applies the latest-attempt rule to rows written before it existed (or by bulk seeding): an
 * unreviewed attempt with a newer attempt beside it is superseded. Idempotent; run on start.
 */
export async function supersedeOlderAttempts(db: Db): Promise<number> {
  const result = await db.execute(sql`
    update ${answers} as a set status = 'superseded', version = a.version + 1
    where a.status in ('submitted', 'in_review')
      and not exists (select 1 from ${reviews} held
        where held.answer_id = a.id and held.submitted_at is not null)
      and exists (
        select 1 from ${answers} as b
        where b.candidate_id = a.candidate_id and b.question_id = a.question_id
          and b.attempt > a.attempt and b.status <> 'unscorable')
  `);
  return result.rowCount ?? 0;
}
