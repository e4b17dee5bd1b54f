import { and, asc, desc, eq, inArray, isNotNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { maxRepliesPerThread, maxReplyLength } from "../limits.ts";
import { notifyUser } from "../notifications/notify.ts";
import { isUuid } from "../users/users.ts";
import { answers } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { reviewComments, reviewReplies, reviews } from "../schema/reviews.ts";
import { users } from "../schema/users.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { candidateNameForCoach } from "./blind.ts";

export interface ReviewReplyView {
  id: string;
  /** The range comment replied to; null for the thread under the overall comment. */
  commentId: string | null;
  authorName: string;
  /** Whether the candidate wrote it (else a coach did). */
  isCandidate: boolean;
  body: string;
  createdAt: Date;
}

/** Every reply under a review, oldest first. */
export async function listRepliesForReview(db: Db, reviewId: string): Promise<ReviewReplyView[]> {
  const author = alias(users, "author");
  return db
    .select({
      id: reviewReplies.id,
      commentId: reviewReplies.commentId,
      authorName: author.name,
      isCandidate: sql<boolean>`${reviewReplies.authorId} = ${answers.candidateId}`,
      body: reviewReplies.body,
      createdAt: reviewReplies.createdAt,
    })
    .from(reviewReplies)
    .innerJoin(reviews, eq(reviews.id, reviewReplies.reviewId))
    .innerJoin(answers, eq(answers.id, reviews.answerId))
    .innerJoin(author, eq(author.id, reviewReplies.authorId))
    .where(eq(reviewReplies.reviewId, reviewId))
    .orderBy(asc(reviewReplies.createdAt), asc(reviewReplies.id));
}

export interface AddReplyInput {
  answerId: string;
  /** Null or absent: reply under the overall comment. */
  commentId?: string | null;
  body: string;
  origin: string;
}

/**
 * Adds a reply to a thread under a published review and tells the other side (the candidate's
 * reply goes to the reviewing coach; a coach's to the candidate). The candidate may reply only
 * on their own answer, a coach only in a cohort they coach; anything else is NOT_FOUND.
 */
export async function addReviewReply(
  db: Db,
  actor: { userId: string; as: "candidate" } | { userId: string; as: "coach"; scope: CoachScope },
  input: AddReplyInput,
): Promise<ReviewReplyView> {
  const body = input.body.trim();
  if (body.length === 0) throw badRequest("Write a reply before sending it.");
  if (body.length > maxReplyLength) {
    throw badRequest(
      `Keep a reply under ${maxReplyLength} characters (this one has ${body.length}).`,
    );
  }
  if (!isUuid(input.answerId)) throw notFound("Answer not found.");
  const commentId = input.commentId ?? null;
  if (commentId !== null && !isUuid(commentId)) throw notFound("Comment not found.");
  return db.transaction(async (tx) => {
    const owner =
      actor.as === "candidate"
        ? eq(answers.candidateId, actor.userId)
        : actor.scope.cohortIds.length > 0
          ? inArray(answers.cohortId, [...actor.scope.cohortIds])
          : sql`false`;
    const [target] = await tx
      .select({
        reviewId: reviews.id,
        reviewerId: reviews.reviewerId,
        candidateId: answers.candidateId,
        answerId: answers.id,
        questionTitle: questions.title,
        attempt: answers.attempt,
      })
      .from(answers)
      .innerJoin(reviews, eq(reviews.answerId, answers.id))
      .innerJoin(questions, eq(questions.id, answers.questionId))
      .where(
        and(
          eq(answers.id, input.answerId),
          owner,
          // Only a published review can be discussed.
          eq(answers.status, "reviewed"),
          isNotNull(reviews.submittedAt),
        ),
      )
      .limit(1);
    if (!target) throw notFound("Answer not found.");
    if (commentId !== null) {
      const [comment] = await tx
        .select({ id: reviewComments.id })
        .from(reviewComments)
        .where(and(eq(reviewComments.id, commentId), eq(reviewComments.reviewId, target.reviewId)))
        .limit(1);
      if (!comment) throw notFound("Comment not found.");
    }
    // Serialises replies to one review, so the thread cap holds under concurrent posts.
    await tx.execute(
      sql`select 1 from ${reviews} where ${reviews.id} = ${target.reviewId} for update`,
    );
    const [count] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(reviewReplies)
      .where(
        and(
          eq(reviewReplies.reviewId, target.reviewId),
          commentId === null
            ? sql`${reviewReplies.commentId} is null`
            : eq(reviewReplies.commentId, commentId),
        ),
      );
    if ((count?.n ?? 0) >= maxRepliesPerThread) {
      throw badRequest(
        `This thread already has ${maxRepliesPerThread} replies. Talk it through with your coach directly.`,
      );
    }
    const [reply] = await tx
      .insert(reviewReplies)
      .values({ reviewId: target.reviewId, commentId, authorId: actor.userId, body })
      .returning();
    if (!reply) throw new Error("insert into review_replies returned no row");
    const [author] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, actor.userId));
    const isCandidate = actor.userId === target.candidateId;
    const recipient = isCandidate ? target.reviewerId : target.candidateId;
    if (recipient !== actor.userId) {
      await notifyUser(tx, {
        userId: recipient,
        kind: "comment_reply",
        subjectId: target.answerId,
        origin: input.origin,
        data: {
          answerId: target.answerId,
          questionTitle: target.questionTitle,
          attempt: target.attempt,
          authorName: author?.name ?? "Someone",
          // Where the recipient reads it: the coach's review page or the candidate's score card.
          forRole: isCandidate ? "coach" : "candidate",
          excerpt: body.length > 140 ? `${body.slice(0, 139)}…` : body,
        },
      });
    }
    return {
      id: reply.id,
      commentId: reply.commentId,
      authorName: author?.name ?? "",
      isCandidate,
      body: reply.body,
      createdAt: reply.createdAt,
    };
  });
}

export interface WaitingReply {
  answerId: string;
  candidateName: string;
  questionTitle: string;
  attempt: number;
  excerpt: string;
  repliedAt: Date;
}

/**
 * Reviewed answers in the coach's cohorts whose latest reply is the candidate's: conversations
 * waiting for a coach, newest first. Shown at the top of the queue.
 */
export async function listRepliesAwaitingCoach(
  db: Db,
  scope: CoachScope,
  input: { limit?: number } = {},
): Promise<WaitingReply[]> {
  if (scope.cohortIds.length === 0) return [];
  const candidate = alias(users, "candidate");
  const latest = db
    .selectDistinctOn([reviewReplies.reviewId], {
      reviewId: reviewReplies.reviewId,
      authorId: reviewReplies.authorId,
      body: reviewReplies.body,
      createdAt: reviewReplies.createdAt,
    })
    .from(reviewReplies)
    .innerJoin(reviews, eq(reviews.id, reviewReplies.reviewId))
    .innerJoin(answers, eq(answers.id, reviews.answerId))
    .where(inArray(answers.cohortId, [...scope.cohortIds]))
    .orderBy(reviewReplies.reviewId, desc(reviewReplies.createdAt), desc(reviewReplies.id))
    .as("latest");
  const rows = await db
    .select({
      answerId: answers.id,
      // A review re-opened in a blind set hides its candidate again, threads and all.
      candidateName: candidateNameForCoach(candidate.name),
      questionTitle: questions.title,
      attempt: answers.attempt,
      body: latest.body,
      repliedAt: latest.createdAt,
    })
    .from(latest)
    .innerJoin(reviews, eq(reviews.id, latest.reviewId))
    .innerJoin(answers, eq(answers.id, reviews.answerId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(candidate, eq(candidate.id, answers.candidateId))
    .where(eq(latest.authorId, answers.candidateId))
    .orderBy(desc(latest.createdAt))
    .limit(input.limit ?? 20);
  return rows.map(({ body, ...row }) => ({
    ...row,
    excerpt: body.length > 140 ? `${body.slice(0, 139)}…` : body,
  }));
}
