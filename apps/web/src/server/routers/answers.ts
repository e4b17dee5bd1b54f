import { getAnswerForCandidate, listAttemptsForQuestion, listRecentAttempts } from "@debrief/db";
import {
  answerIdInput,
  questionIdInput,
  recentAnswersInput,
  submitAnswerInput,
} from "~/lib/practice-inputs";
import { candidateScope } from "~/server/services/candidate-scope";
import { submitAnswer } from "~/server/services/submit-answer";
import { candidateProcedure, router } from "~/server/trpc";

export const answersRouter = router({
  /** Scores and stores an attempt; a repeated idempotencyKey returns the first result. */
  submit: candidateProcedure
    .input(submitAnswerInput)
    .mutation(({ ctx, input }) => submitAnswer(ctx.db, candidateScope(ctx), input)),
  /** One of the caller's answers with its score card; anyone else's is NOT_FOUND. */
  get: candidateProcedure
    .input(answerIdInput)
    .query(({ ctx, input }) => getAnswerForCandidate(ctx.db, candidateScope(ctx), input.answerId)),
  /** The caller's attempts at one question, oldest first, with engine and coach scores. */
  attempts: candidateProcedure
    .input(questionIdInput)
    .query(({ ctx, input }) => listAttemptsForQuestion(ctx.db, candidateScope(ctx), input)),
  /** The caller's latest answers across questions, newest first. */
  recent: candidateProcedure
    .input(recentAnswersInput)
    .query(({ ctx, input }) => listRecentAttempts(ctx.db, candidateScope(ctx), input)),
});
