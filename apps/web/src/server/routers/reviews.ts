import { dimensionKeys } from "@debrief/core/rubric";
import {
  addReviewReply,
  countReviewQueue,
  getAnswerForReview,
  getCoachAgreement,
  getQuestionGrading,
  listRepliesAwaitingCoach,
  listReviewQueue,
  listSetGradingProgress,
  saveReview,
} from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { coachProcedure, router } from "~/server/trpc";
import {
  agreementInput,
  answerRefInput,
  questionGradingInput,
  replyInput,
  reviewQueueInput,
  saveReviewInput,
  setGradingInput,
} from "./reviews.inputs";

export const reviewsRouter = router({
  /** Exact counts per cohort of the caller's: waiting to be opened, and in review. */
  counts: coachProcedure.query(({ ctx }) => countReviewQueue(ctx.db, ctx.scope)),
  /** The coach's cohorts' answers by review status, oldest due first (or needing attention). */
  queue: coachProcedure
    .input(reviewQueueInput)
    .query(({ ctx, input }) => listReviewQueue(ctx.db, ctx.scope, input)),
  /** The grading panel: answer, engine score with evidence, and the review so far. */
  get: coachProcedure
    .input(answerRefInput)
    .query(({ ctx, input }) => getAnswerForReview(ctx.db, ctx.scope, input)),
  /** Grade by question: each assigned candidate's latest gradeable attempt, progress, spread. */
  byQuestion: coachProcedure
    .input(questionGradingInput)
    .query(({ ctx, input }) => getQuestionGrading(ctx.db, ctx.scope, input)),
  /** Per question of a set: how many latest attempts are graded, of how many. */
  setProgress: coachProcedure
    .input(setGradingInput)
    .query(({ ctx, input }) => listSetGradingProgress(ctx.db, ctx.scope, input)),
  /** Saves (or submits) a grade under a version check; a stale version is CONFLICT. */
  save: coachProcedure
    .input(saveReviewInput)
    .mutation(({ ctx, input }) =>
      afterMail(saveReview(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
  /** Replies under a comment of a review in the coach's cohorts; tells the candidate. */
  reply: coachProcedure
    .input(replyInput)
    .mutation(({ ctx, input }) =>
      afterMail(
        addReviewReply(
          ctx.db,
          { userId: ctx.actor.id, as: "coach", scope: ctx.scope },
          { ...input, origin: linkOrigin(ctx.origin) },
        ),
      ),
    ),
  /** Reviewed answers whose candidate replied last: conversations waiting for a coach. */
  repliesWaiting: coachProcedure.query(({ ctx }) => listRepliesAwaitingCoach(ctx.db, ctx.scope)),
  /** Per dimension, how the caller's submitted grades agree with the engine's. */
  agreement: coachProcedure
    .input(agreementInput)
    .query(({ ctx, input }) =>
      getCoachAgreement(ctx.db, ctx.scope, { cohortId: input.cohortId, dimensionKeys }),
    ),
});
