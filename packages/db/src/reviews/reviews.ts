import {
  computeOverall,
  type DimensionKey,
  dimensionKeys,
  type Evidence,
  type FlagKey,
  type QuestionKind,
} from "@debrief/core/rubric";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { type UnscorableVerdict, unscorableVerdictOf } from "../answers/answers.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { linkReviewToBank, listReviewBankLinks } from "../comment-bank/comment-bank.ts";
import { loadDoubleScoringState } from "../double-scoring/sampling.ts";
import { badRequest, DomainError, notFound } from "../errors.ts";
import { defaultOrigin } from "../notifications/notify.ts";
import { type AnswerStatus, answers } from "../schema/answers.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questions } from "../schema/questions.ts";
import { reviewComments, reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { dimensionsOf } from "../scores/score-columns.ts";
import { isUuid } from "../users/users.ts";
import { answerIsBlind, candidateFieldForCoach, candidateNameForCoach } from "./blind.ts";
import { releaseModeOfAnswer } from "./publish.ts";
import { notifyReviewLanded } from "./review-landed.ts";
import { listReviewQueue } from "./review-queue.ts";
import { listRepliesForReview, type ReviewReplyView } from "./review-replies.ts";

export interface ReviewView {
  reviewerId: string;
  reviewerName: string;
  dimensions: Record<DimensionKey, number>;
  overall: number;
  overrideReasons: Partial<Record<DimensionKey, string>>;
  overallComment: string;
  /** The comment-bank entries inserted in the overall comment. */
  overallBankEntryIds: string[];
  comments: Array<{
    id: string;
    start: number;
    end: number;
    quote: string;
    body: string;
    bankEntryIds: string[];
  }>;
  /** Null while the review is a saved draft (answer in review). */
  submittedAt: Date | null;
  /** Null while held for publishing (or a draft): the candidate cannot see it yet. */
  publishedAt: Date | null;
  /** The threads under the comments (commentId null: under the overall comment). */
  replies: ReviewReplyView[];
}

export interface AnswerForReview {
  answer: {
    id: string;
    body: string;
    attempt: number;
    wordCount: number;
    status: AnswerStatus;
    version: number;
    submittedAt: Date;
  };
  /** The candidate's newest attempt at this question when this one is not it. */
  newerAttempt: { id: string; attempt: number } | null;
  /**
   * Who wrote it. In a blind set until the review is published: the set's pseudonym, no id (so
   * no link to the member page) and `isBlind` (see blind.ts).
   */
  candidate: { id: string | null; name: string; isBlind: boolean };
  cohort: { id: string; name: string };
  question: { id: string; kind: QuestionKind; title: string; prompt: string };
  /** Null exactly when the attempt is unscorable: there is nothing to grade. */
  auto: {
    overall: number;
    dimensions: Record<DimensionKey, number>;
    flags: FlagKey[];
    evidence: Evidence[];
    suggestions: string[];
    engineVersion: string;
  } | null;
  /** The engine's verdict on an unscorable attempt (what the candidate saw), else null. */
  unscorable: UnscorableVerdict | null;
  review: ReviewView | null;
}

/** The review of an answer (draft or submitted) with the coach's scores and comments. */
async function loadReview(
  db: Db,
  answerId: string,
): Promise<{ view: ReviewView; savedAt: Date } | null> {
  const reviewer = alias(users, "reviewer");
  const coach = alias(scores, "coach_score");
  const [row] = await db
    .select({ review: reviews, reviewerName: reviewer.name, coach })
    .from(reviews)
    .innerJoin(reviewer, eq(reviewer.id, reviews.reviewerId))
    .leftJoin(coach, and(eq(coach.answerId, reviews.answerId), eq(coach.source, "coach")))
    .where(eq(reviews.answerId, answerId))
    .limit(1);
  if (!row) return null;
  const comments = await db
    .select({
      id: reviewComments.id,
      start: reviewComments.start,
      end: reviewComments.end,
      quote: reviewComments.quote,
      body: reviewComments.body,
    })
    .from(reviewComments)
    .where(eq(reviewComments.reviewId, row.review.id))
    .orderBy(asc(reviewComments.start), asc(reviewComments.end), asc(reviewComments.id));
  const { review } = row;
  const replies = await listRepliesForReview(db, review.id);
  const links = await listReviewBankLinks(db, review.id);
  const entriesOf = (commentId: string | null) =>
    links.filter((link) => link.commentId === commentId).map((link) => link.entryId);
  return {
    savedAt: review.updatedAt,
    view: {
      reviewerId: review.reviewerId,
      reviewerName: row.reviewerName,
      // A review row is always written with its coach score; zeros only if that ever broke.
      dimensions: row.coach ? dimensionsOf(row.coach) : dimensionsOf(zeroDimensions),
      overall: row.coach?.overall ?? 0,
      overrideReasons: review.overrideReasons as Partial<Record<DimensionKey, string>>,
      overallComment: review.overallComment,
      overallBankEntryIds: entriesOf(null),
      comments: comments.map((comment) => ({ ...comment, bankEntryIds: entriesOf(comment.id) })),
      submittedAt: review.submittedAt,
      publishedAt: review.publishedAt,
      replies,
    },
  };
}

const zeroDimensions: Record<DimensionKey, number> = {
  structure: 0,
  ownership: 0,
  specificity: 0,
  depth: 0,
  tradeoffs: 0,
  impact: 0,
  reflection: 0,
  delivery: 0,
};

/** The grading panel's data; an answer outside the coach's cohorts is NOT_FOUND. */
export async function getAnswerForReview(
  db: Db,
  scope: CoachScope,
  input: { answerId: string },
): Promise<AnswerForReview> {
  if (!isUuid(input.answerId) || scope.cohortIds.length === 0) throw notFound("Answer not found.");
  const auto = alias(scores, "auto_score");
  const candidate = alias(users, "candidate");
  const [row] = await db
    .select({
      answer: {
        id: answers.id,
        body: answers.body,
        attempt: answers.attempt,
        wordCount: answers.wordCount,
        status: answers.status,
        version: answers.version,
        submittedAt: answers.submittedAt,
      },
      verdict: {
        status: answers.status,
        unscorableReason: answers.unscorableReason,
        unscorableMessage: answers.unscorableMessage,
        unscorableEngineVersion: answers.unscorableEngineVersion,
      },
      candidateId: answers.candidateId,
      candidate: {
        id: candidateFieldForCoach<string>(candidate.id),
        name: candidateNameForCoach(candidate.name),
        isBlind: answerIsBlind,
      },
      cohort: { id: cohorts.id, name: cohorts.name },
      question: {
        id: questions.id,
        kind: questions.kind,
        title: questions.title,
        prompt: questions.prompt,
      },
      auto,
    })
    .from(answers)
    .innerJoin(candidate, eq(candidate.id, answers.candidateId))
    .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .leftJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
    .where(and(eq(answers.id, input.answerId), inArray(answers.cohortId, [...scope.cohortIds])))
    .limit(1);
  if (!row) throw notFound("Answer not found.");
  // Every submit stores its auto score in the same transaction (an unscorable attempt has none,
  // by design): any other missing one is a bug.
  if (!row.auto && row.answer.status !== "unscorable") {
    throw new Error(`answer ${input.answerId} has no auto score`);
  }
  const loaded = await loadReview(db, row.answer.id);
  // Double-scoring is blind: while a sampled answer waits for its second grade, the first grade
  // is shown only to the coach who gave it.
  const review =
    loaded &&
    loaded.view.reviewerId !== scope.coachId &&
    (await isAwaitingSecondGrade(db, row.answer.id))
      ? null
      : loaded;
  const [newest] = await db
    .select({ id: answers.id, attempt: answers.attempt })
    .from(answers)
    .where(
      and(
        eq(answers.candidateId, row.candidateId),
        eq(answers.questionId, row.question.id),
        sql`${answers.attempt} > ${row.answer.attempt}`,
        // An unscorable attempt replaces nothing.
        sql`${answers.status} <> 'unscorable'`,
      ),
    )
    .orderBy(desc(answers.attempt))
    .limit(1);
  return {
    answer: row.answer,
    newerAttempt: newest ?? null,
    candidate: { ...row.candidate, isBlind: Boolean(row.candidate.isBlind) },
    cohort: row.cohort,
    question: row.question,
    auto: row.auto
      ? {
          overall: row.auto.overall,
          dimensions: dimensionsOf(row.auto),
          flags: row.auto.flags as FlagKey[],
          evidence: (row.auto.evidence ?? []) as Evidence[],
          suggestions: (row.auto.suggestions ?? []) as string[],
          engineVersion: row.auto.engineVersion ?? "unknown",
        }
      : null,
    unscorable: unscorableVerdictOf(row.verdict),
    review: review?.view ?? null,
  };
}

export interface SaveReviewInput {
  answerId: string;
  expectedVersion: number;
  dimensions: Record<DimensionKey, number>;
  overrideReasons: Partial<Record<DimensionKey, string>>;
  overallComment: string;
  /** Comment-bank entries inserted in the overall comment (kept while their text is in it). */
  overallBankEntryIds?: readonly string[];
  comments: ReadonlyArray<{
    start: number;
    end: number;
    body: string;
    bankEntryIds?: readonly string[];
  }>;
  submit: boolean;
  /** Public origin for the email telling the candidate (APP_URL or the request's). */
  origin?: string;
}

export interface SaveReviewResult {
  version: number;
  /** After a submit, "in_review" means held: the set releases its reviews when published. */
  status: "in_review" | "reviewed";
  nextAnswerId: string | null;
}

/** What a CONFLICT carries so the grading panel can show the grade that won. */
export interface ReviewConflict {
  answerId: string;
  version: number;
  status: AnswerStatus;
  review: ReviewView | null;
}

function formatClock(date: Date): string {
  // The server does not know the reader's time zone, so it says which one it uses.
  return `${date.toISOString().slice(11, 16)} UTC`;
}

/**
 * Saves a coach's grade in one transaction. The version check (update … where version =
 * expectedVersion) makes the second of two concurrent saves fail with CONFLICT naming who saved
 * and carrying their review, instead of silently overwriting it.
 *
 * Every save writes the review, its comments and the coach score row (the candidate sees the
 * coach score only once the answer is reviewed). `submit` marks the answer reviewed, notifies
 * the candidate and records an audit event; without it the answer is "in review" (a reviewed
 * answer re-opened this way is hidden from the candidate again until it is resubmitted).
 */
export async function saveReview(
  db: Db,
  scope: CoachScope,
  input: SaveReviewInput,
): Promise<SaveReviewResult> {
  if (!isUuid(input.answerId) || scope.cohortIds.length === 0) throw notFound("Answer not found.");
  return db.transaction(async (tx) => {
    const auto = alias(scores, "auto_score");
    const [target] = await tx
      .select({
        id: answers.id,
        body: answers.body,
        attempt: answers.attempt,
        status: answers.status,
        candidateId: answers.candidateId,
        cohortId: answers.cohortId,
        organisationId: cohorts.organisationId,
        questionId: answers.questionId,
        kind: questions.kind,
        questionTitle: questions.title,
        auto,
      })
      .from(answers)
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .innerJoin(cohorts, eq(cohorts.id, answers.cohortId))
      .leftJoin(auto, and(eq(auto.answerId, answers.id), eq(auto.source, "auto")))
      .where(and(eq(answers.id, input.answerId), inArray(answers.cohortId, [...scope.cohortIds])))
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    if (target.status === "superseded") throw await supersededConflict(tx, target);
    if (!target.auto) {
      throw badRequest(
        "This attempt was not scored (it is not an answer), so there is nothing to grade.",
      );
    }
    await assertFirstGradeOpen(tx, scope, target.id);

    const engine = dimensionsOf(target.auto);
    const reasons: Partial<Record<DimensionKey, string>> = {};
    for (const key of dimensionKeys) {
      if (input.dimensions[key] === engine[key]) continue;
      // One line: the panel shows it beside the score.
      const reason = input.overrideReasons[key]?.replace(/\s+/g, " ").trim() ?? "";
      if (reason.length === 0) {
        throw badRequest(
          `overrideReasons.${key}: you changed ${key} from ${engine[key]} to ${input.dimensions[key]}; give a one-line reason.`,
        );
      }
      reasons[key] = reason;
    }
    for (const [index, comment] of input.comments.entries()) {
      if (comment.start < 0 || comment.end <= comment.start || comment.end > target.body.length) {
        throw badRequest(
          `comments.${index}: the range ${comment.start}–${comment.end} is not inside the answer (${target.body.length} characters).`,
        );
      }
    }

    // In a set held for publishing, a submitted review waits (answer in review, unpublished,
    // nobody told) until a coach publishes the set: see publish.ts.
    const isHeld = input.submit && (await releaseModeOfAnswer(tx, target.id)) === "on_publish";
    const isReleased = input.submit && !isHeld;
    const status = isReleased ? "reviewed" : "in_review";
    const [bumped] = await tx
      .update(answers)
      .set({
        version: sql`${answers.version} + 1`,
        status,
        reviewedAt: isReleased ? sql`now()` : null,
      })
      .where(
        and(
          eq(answers.id, target.id),
          eq(answers.version, input.expectedVersion),
          sql`${answers.status} not in ('superseded', 'unscorable')`,
        ),
      )
      .returning({ version: answers.version });
    if (!bumped) throw await reviewConflict(tx, target.id);

    const submittedAt = input.submit ? sql`now()` : null;
    const publishedAt = isReleased ? sql`now()` : null;
    const [review] = await tx
      .insert(reviews)
      .values({
        answerId: target.id,
        reviewerId: scope.coachId,
        overallComment: input.overallComment,
        overrideReasons: reasons,
        submittedAt,
        publishedAt,
      })
      .onConflictDoUpdate({
        target: reviews.answerId,
        set: {
          reviewerId: scope.coachId,
          overallComment: input.overallComment,
          overrideReasons: reasons,
          submittedAt,
          publishedAt,
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: reviews.id });
    if (!review) throw new Error("upsert into reviews returned no row");
    // Comments the coach kept unchanged keep their ids, and so the candidate's replies to them;
    // removed or edited ones are replaced (a reply to a removed comment goes with it).
    const existing = await tx
      .select({
        id: reviewComments.id,
        start: reviewComments.start,
        end: reviewComments.end,
        body: reviewComments.body,
      })
      .from(reviewComments)
      .where(eq(reviewComments.reviewId, review.id));
    const keyOf = (c: { start: number; end: number; body: string }) =>
      `${c.start}:${c.end}:${c.body}`;
    const kept = new Map(existing.map((c) => [keyOf(c), c.id]));
    const fresh = input.comments.filter((comment) => !kept.delete(keyOf(comment)));
    const removed = [...kept.values()];
    if (removed.length > 0) {
      await tx.delete(reviewComments).where(inArray(reviewComments.id, removed));
    }
    const inserted =
      fresh.length === 0
        ? []
        : await tx
            .insert(reviewComments)
            .values(
              fresh.map((comment) => ({
                reviewId: review.id,
                authorId: scope.coachId,
                start: comment.start,
                end: comment.end,
                // Stored from the body, never from the client, so the quote always matches the range.
                quote: target.body.slice(comment.start, comment.end),
                body: comment.body,
              })),
            )
            .returning({
              id: reviewComments.id,
              start: reviewComments.start,
              end: reviewComments.end,
              body: reviewComments.body,
            });
    const idOf = new Map([
      ...existing.map((c) => [keyOf(c), c.id] as const),
      ...inserted.map((c) => [keyOf(c), c.id] as const),
    ]);
    await linkReviewToBank(tx, {
      reviewId: review.id,
      organisationId: target.organisationId,
      links: [
        {
          commentId: null,
          text: input.overallComment,
          entryIds: input.overallBankEntryIds ?? [],
        },
        ...input.comments.flatMap((comment) => {
          const commentId = idOf.get(keyOf(comment));
          return commentId
            ? [{ commentId, text: comment.body, entryIds: comment.bankEntryIds ?? [] }]
            : [];
        }),
      ],
    });
    const overall = computeOverall(target.kind, input.dimensions);
    const coachScore = { reviewerId: scope.coachId, overall, ...pickDimensions(input.dimensions) };
    await tx
      .insert(scores)
      .values({ answerId: target.id, source: "coach", ...coachScore })
      .onConflictDoUpdate({
        target: [scores.answerId, scores.source],
        set: { ...coachScore, updatedAt: sql`now()` },
      });

    if (isReleased) {
      const [reviewer] = await tx
        .select({ name: users.name })
        .from(users)
        .where(eq(users.id, scope.coachId));
      await notifyReviewLanded(
        tx,
        {
          candidateId: target.candidateId,
          answerId: target.id,
          questionId: target.questionId,
          questionTitle: target.questionTitle,
          attempt: target.attempt,
          reviewerName: reviewer?.name ?? null,
          overall,
        },
        input.origin ?? defaultOrigin,
      );
    }
    if (input.submit) {
      await recordAuditEvent(tx, {
        actorId: scope.coachId,
        action: "review.submitted",
        cohortId: target.cohortId,
        subjectType: "answer",
        subjectId: target.id,
        data: {
          overall,
          autoOverall: target.auto.overall,
          overridden: Object.keys(reasons),
          comments: input.comments.length,
          held: isHeld,
        },
      });
    }

    const next = await listReviewQueue(tx, scope, {
      status: "to_review",
      sort: "due",
      limit: 1,
      excludeAnswerId: target.id,
    });
    return { version: bumped.version, status, nextAnswerId: next.items[0]?.answerId ?? null };
  });
}

async function isAwaitingSecondGrade(db: Db, answerId: string): Promise<boolean> {
  const state = await loadDoubleScoringState(db, answerId);
  return state.isDoubleScored && state.secondReviewerId === null;
}

/**
 * Double-scoring's rules for the first grade: the second coach never gives it, nobody takes over
 * another coach's first grade while the second is pending (they could not see what they would
 * overwrite), and a grade a lead settled in moderation is final.
 */
async function assertFirstGradeOpen(db: Db, scope: CoachScope, answerId: string): Promise<void> {
  const state = await loadDoubleScoringState(db, answerId);
  if (state.isSettled) {
    throw new DomainError(
      "CONFLICT",
      "A lead settled this answer's grade in moderation, so it can no longer be changed here.",
    );
  }
  if (state.secondReviewerId === scope.coachId) {
    throw new DomainError(
      "FORBIDDEN",
      "You gave this answer its second grade; its first grade comes from another coach.",
    );
  }
  if (!state.isDoubleScored || state.secondReviewerId !== null) return;
  const [first] = await db
    .select({ reviewerId: reviews.reviewerId })
    .from(reviews)
    .where(eq(reviews.answerId, answerId));
  if (first && first.reviewerId !== scope.coachId) {
    throw new DomainError(
      "CONFLICT",
      "Another coach is grading this answer first and it is double-scored: the two grades stay blind to each other until both are in.",
    );
  }
}

function pickDimensions(dimensions: Record<DimensionKey, number>): Record<DimensionKey, number> {
  return dimensionsOf(dimensions);
}

/** Saving a grade on an attempt a newer one replaced: CONFLICT naming the newest. */
async function supersededConflict(
  db: Db,
  target: { id: string; candidateId: string; questionId: string; attempt: number },
): Promise<DomainError> {
  const [newest] = await db
    .select({ id: answers.id, attempt: answers.attempt })
    .from(answers)
    .where(
      and(
        eq(answers.candidateId, target.candidateId),
        eq(answers.questionId, target.questionId),
        sql`${answers.status} <> 'unscorable'`,
      ),
    )
    .orderBy(desc(answers.attempt))
    .limit(1);
  return new DomainError(
    "CONFLICT",
    `This is attempt ${target.attempt}; the candidate has since submitted attempt ${newest?.attempt ?? target.attempt + 1}, so this one is closed. Grade the newest attempt instead.`,
    {
      details: {
        answerId: target.id,
        status: "superseded",
        newerAnswerId: newest?.id ?? null,
      },
    },
  );
}

async function reviewConflict(db: Db, answerId: string): Promise<DomainError> {
  const [current] = await db
    .select({
      id: answers.id,
      version: answers.version,
      status: answers.status,
      candidateId: answers.candidateId,
      questionId: answers.questionId,
      attempt: answers.attempt,
    })
    .from(answers)
    .where(eq(answers.id, answerId));
  if (current?.status === "superseded") return supersededConflict(db, current);
  const review = await loadReview(db, answerId);
  const details: ReviewConflict = {
    answerId,
    version: current?.version ?? 0,
    status: current?.status ?? "submitted",
    review: review?.view ?? null,
  };
  const message = review
    ? `${review.view.reviewerName} saved a review of this answer at ${formatClock(review.savedAt)} — reload to see their grade.`
    : "This answer changed since you opened it — reload to see the latest version.";
  return new DomainError("CONFLICT", message, { details: { ...details } });
}
