import { dimensionKeys } from "@debrief/core";
import {
  countReviewQueue,
  getAnswerForReview,
  getCoachAgreement,
  listReviewQueue,
  saveReview,
} from "@debrief/db";
import {
  agreementInput,
  answerRefInput,
  reviewQueueInput,
  saveReviewInput,
} from "~/lib/coach-inputs";
import { coachScope } from "~/server/services/coach-scope";
import { reviewRules } from "~/server/services/review-rules";
import { coachProcedure, router } from "~/server/trpc";

export const reviewsRouter = router({
  /** The coach's cohorts' answers by review status, oldest due first (or needing attention). */
  /** Exact counts per cohort of the caller's: waiting to be opened, and in review. */
  counts: coachProcedure.query(({ ctx }) => countReviewQueue(ctx.db, coachScope(ctx))),
  queue: coachProcedure
    .input(reviewQueueInput)
    .query(({ ctx, input }) => listReviewQueue(ctx.db, coachScope(ctx), input, reviewRules)),
  /** The grading panel: answer, engine score with evidence, and the review so far. */
  get: coachProcedure
    .input(answerRefInput)
    .query(({ ctx, input }) => getAnswerForReview(ctx.db, coachScope(ctx), input)),
  /** Saves (or submits) a grade under a version check; a stale version is CONFLICT. */
  save: coachProcedure
    .input(saveReviewInput)
    .mutation(({ ctx, input }) => saveReview(ctx.db, coachScope(ctx), input, reviewRules)),
  /** Per dimension, how the caller's submitted grades agree with the engine's. */
  agreement: coachProcedure
    .input(agreementInput)
    .query(({ ctx, input }) =>
      getCoachAgreement(ctx.db, coachScope(ctx), { cohortId: input.cohortId, dimensionKeys }),
    ),
});
