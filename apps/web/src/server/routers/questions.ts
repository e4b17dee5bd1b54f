import { getQuestionForCandidate, listQuestionsForCandidate } from "@debrief/db";
import { listQuestionsInput, questionIdInput } from "~/lib/practice-inputs";
import { candidateScope } from "~/server/services/candidate-scope";
import { suggestNextQuestion } from "~/server/services/suggest-next-question";
import { candidateProcedure, router } from "~/server/trpc";

export const questionsRouter = router({
  /** Questions the candidate can practise (bank + their cohorts'), with their attempt stats. */
  list: candidateProcedure
    .input(listQuestionsInput)
    .query(({ ctx, input }) =>
      listQuestionsForCandidate(ctx.db, candidateScope(ctx), { kind: input?.kind }),
    ),
  /** One question with guidance and the example answer; another cohort's is NOT_FOUND. */
  get: candidateProcedure
    .input(questionIdInput)
    .query(({ ctx, input }) =>
      getQuestionForCandidate(ctx.db, candidateScope(ctx), input.questionId),
    ),
  /** A question aimed at the weakest dimension of recent attempts; null with no questions. */
  nextBest: candidateProcedure.query(({ ctx }) => suggestNextQuestion(ctx.db, candidateScope(ctx))),
});
