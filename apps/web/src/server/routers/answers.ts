import {
  addReviewReply,
  getAnswerForCandidate,
  listAttemptsForQuestion,
  listRecentAttempts,
} from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { submitAnswer } from "~/server/services/submit-answer";
import { candidateProcedure, router } from "~/server/trpc";
import {
  answerIdInput,
  questionIdInput,
  recentAnswersInput,
  replyInput,
  submitAnswerInput,
} from "./answers.inputs";

export const answersRouter = router({
  /** Scores and stores an attempt; a repeated idempotencyKey returns the first result. */
  submit: candidateProcedure
    .input(submitAnswerInput)
    .mutation(({ ctx, input }) => submitAnswer(ctx.db, ctx.scope, input, { origin: ctx.origin })),
  /** Replies under a comment of the coach's published review; tells the coach. */
  reply: candidateProcedure
    .input(replyInput)
    .mutation(({ ctx, input }) =>
      afterMail(
        addReviewReply(
          ctx.db,
          { userId: ctx.actor.id, as: "candidate" },
          { ...input, origin: linkOrigin(ctx.origin) },
        ),
      ),
    ),
  /** One of the caller's answers with its score card; anyone else's is NOT_FOUND. */
  get: candidateProcedure
    .input(answerIdInput)
    .query(({ ctx, input }) => getAnswerForCandidate(ctx.db, ctx.scope, input.answerId)),
  /** The caller's attempts at one question, oldest first, with engine and coach scores. */
  attempts: candidateProcedure
    .input(questionIdInput)
    .query(({ ctx, input }) => listAttemptsForQuestion(ctx.db, ctx.scope, input)),
  /** The caller's latest answers across questions, newest first. */
  recent: candidateProcedure
    .input(recentAnswersInput)
    .query(({ ctx, input }) => listRecentAttempts(ctx.db, ctx.scope, input)),
});
