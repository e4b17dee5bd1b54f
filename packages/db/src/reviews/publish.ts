import { and, eq, inArray, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { assignments } from "../schema/assignments.ts";
import { questionSets, type ReleaseMode } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { notifyReviewLanded } from "./review-landed.ts";

/**
 * The publish step. In a set whose release mode is "on_publish", a submitted review is *held*:
 * `reviews.submitted_at` is set, `reviews.published_at` is null and the answer stays
 * `in_review`. Every candidate-facing read already shows a coach's score, comments and replies
 * only when the answer is `reviewed` (a coach's draft is `in_review` too), so a held review is
 * invisible to the candidate by the same rule, and no notification goes out. Publishing makes
 * the answers `reviewed` and the reviews published, together, and tells each candidate.
 *
 * Invariant: an answer is `reviewed` exactly when its review is submitted and published.
 */

/** The release mode of the set an answer was assigned through; on_submit outside any set. */
export async function releaseModeOfAnswer(db: Db, answerId: string): Promise<ReleaseMode> {
  const [row] = await db
    .select({ releaseMode: questionSets.releaseMode })
    .from(answers)
    .innerJoin(assignments, eq(assignments.id, answers.assignmentId))
    .innerJoin(questionSets, eq(questionSets.id, assignments.setId))
    .where(eq(answers.id, answerId))
    .limit(1);
  return row?.releaseMode ?? "on_submit";
}

/** Held reviews: submitted, unpublished, on an answer still waiting (not superseded). */
function heldInSet(setId: string) {
  return and(
    eq(assignments.setId, setId),
    isNotNull(reviews.submittedAt),
    isNull(reviews.publishedAt),
    eq(answers.status, "in_review"),
  );
}

/** How many submitted reviews of the set wait to be published. */
export async function countHeldReviews(db: Db, setId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(reviews)
    .innerJoin(answers, eq(answers.id, reviews.answerId))
    .innerJoin(assignments, eq(assignments.id, answers.assignmentId))
    .where(heldInSet(setId));
  return Number(row?.count ?? 0);
}

/**
 * Publishes every held review of the set inside the caller's transaction (which must hold the
 * set's row lock, so two publishes run one after the other and the second finds nothing): the
 * answers become reviewed, the reviews published now, and each candidate gets the same
 * notification a submit sends in a set that releases at once.
 */
export async function publishHeldReviews(
  tx: Db,
  input: { setId: string; origin: string },
): Promise<number> {
  const held = await tx
    .select({
      reviewId: reviews.id,
      answerId: answers.id,
      candidateId: answers.candidateId,
      questionId: answers.questionId,
      questionTitle: questions.title,
      attempt: answers.attempt,
      reviewerName: users.name,
      overall: scores.overall,
    })
    .from(reviews)
    .innerJoin(answers, eq(answers.id, reviews.answerId))
    .innerJoin(assignments, eq(assignments.id, answers.assignmentId))
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .innerJoin(users, eq(users.id, reviews.reviewerId))
    .leftJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "coach")))
    .where(heldInSet(input.setId))
    .orderBy(answers.submittedAt, answers.id)
    .for("update", { of: [reviews, answers] });
  if (held.length === 0) return 0;
  const answerIds = held.map((row) => row.answerId);
  await tx
    .update(reviews)
    .set({ publishedAt: sql`now()` })
    .where(
      inArray(
        reviews.id,
        held.map((row) => row.reviewId),
      ),
    );
  // The version bump turns a grading panel opened before publishing into a CONFLICT on save,
  // so nobody edits a review the candidate can now read without reloading it first.
  await tx
    .update(answers)
    .set({ status: "reviewed", reviewedAt: sql`now()`, version: sql`${answers.version} + 1` })
    .where(inArray(answers.id, answerIds));
  for (const row of held) {
    await notifyReviewLanded(
      tx,
      {
        candidateId: row.candidateId,
        answerId: row.answerId,
        questionId: row.questionId,
        questionTitle: row.questionTitle,
        attempt: row.attempt,
        reviewerName: row.reviewerName,
        overall: row.overall,
      },
      input.origin,
    );
  }
  return held.length;
}
