import {
  createCohortQuestion,
  getQuestionForCandidate,
  getQuestionForCoach,
  listBankForCoach,
  listQuestionsForCandidate,
  removeCohortQuestion,
  restoreCohortQuestion,
  updateCohortQuestion,
} from "@debrief/db";
import { suggestNextQuestion } from "~/server/services/suggest-next-question";
import { candidateProcedure, coachCohortProcedure, coachProcedure, router } from "~/server/trpc";
import {
  createQuestionInput,
  listQuestionsInput,
  questionBankInput,
  questionIdInput,
  questionRefInput,
  updateQuestionInput,
} from "./questions.inputs";

export const questionsRouter = router({
  /** Questions the candidate can practise (bank + their cohorts'), with their attempt stats. */
  list: candidateProcedure
    .input(listQuestionsInput)
    .query(({ ctx, input }) => listQuestionsForCandidate(ctx.db, ctx.scope, { kind: input?.kind })),
  /** One question with guidance and the example answer; another cohort's is NOT_FOUND. */
  get: candidateProcedure
    .input(questionIdInput)
    .query(({ ctx, input }) => getQuestionForCandidate(ctx.db, ctx.scope, input.questionId)),
  /** A question aimed at the weakest dimension of recent attempts; null with no questions. */
  nextBest: candidateProcedure.query(({ ctx }) => suggestNextQuestion(ctx.db, ctx.scope)),

  /** Coach: the global bank and the coach's cohorts' questions, searchable, with answer counts. */
  bank: coachProcedure
    .input(questionBankInput)
    .query(({ ctx, input }) => listBankForCoach(ctx.db, ctx.scope, input)),
  /** Coach: one bank or own-cohort question with guidance and example, for the editor. */
  forEdit: coachProcedure
    .input(questionRefInput)
    .query(({ ctx, input }) => getQuestionForCoach(ctx.db, ctx.scope, input)),
  /** Coach: a question owned by one of their cohorts. */
  create: coachCohortProcedure
    .input(createQuestionInput)
    .mutation(({ ctx, input }) => createCohortQuestion(ctx.db, ctx.scope, input)),
  /** Coach: edits a cohort question; bank questions are FORBIDDEN, others' NOT_FOUND. */
  update: coachProcedure
    .input(updateQuestionInput)
    .mutation(({ ctx, input }) => updateCohortQuestion(ctx.db, ctx.scope, input)),
  /** Coach: deletes an unused cohort question, archives one that answers or sets refer to. */
  remove: coachProcedure
    .input(questionRefInput)
    .mutation(({ ctx, input }) => removeCohortQuestion(ctx.db, ctx.scope, input)),
  /** Coach: brings an archived cohort question back. */
  restore: coachProcedure
    .input(questionRefInput)
    .mutation(({ ctx, input }) => restoreCohortQuestion(ctx.db, ctx.scope, input)),
});
