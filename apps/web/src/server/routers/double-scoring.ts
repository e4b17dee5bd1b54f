import { dimensionKeys } from "@debrief/core/rubric";
import {
  getAnswerForSecondGrade,
  getCoachCoachAgreementForCoach,
  getCoachCoachAgreementForCohort,
  getDoubleScoringSettings,
  listSecondGradeQueue,
  saveSecondGrade,
  setDoubleScoringRate,
} from "@debrief/db";
import { coachProcedure, leadCohortProcedure, router } from "~/server/trpc";
import {
  coachCoachAgreementInput,
  saveSecondGradeInput,
  secondGradeQueueInput,
  secondGradeRefInput,
  setRateInput,
} from "./double-scoring.inputs";

export const doubleScoringRouter = router({
  /** The cohort's double-scoring rate (0–100 %) and since when it samples. */
  settings: leadCohortProcedure.query(({ ctx }) => getDoubleScoringSettings(ctx.db, ctx.scope)),
  /** Sets the rate; turning it on starts the sample now. Audited. */
  setRate: leadCohortProcedure
    .input(setRateInput)
    .mutation(({ ctx, input }) => setDoubleScoringRate(ctx.db, ctx.scope, input)),
  /** Sampled answers in the coach's cohorts waiting for a second grade the caller may give. */
  queue: coachProcedure
    .input(secondGradeQueueInput)
    .query(({ ctx, input }) => listSecondGradeQueue(ctx.db, ctx.scope, input)),
  /** The second-grade page: blind to the first grade until both are in. */
  get: coachProcedure
    .input(secondGradeRefInput)
    .query(({ ctx, input }) => getAnswerForSecondGrade(ctx.db, ctx.scope, input)),
  /** Gives the second grade, once; never by the coach who graded first. */
  save: coachProcedure
    .input(saveSecondGradeInput)
    .mutation(({ ctx, input }) => saveSecondGrade(ctx.db, ctx.scope, input)),
  /** Per dimension, how the caller's double-scored grades agree with the other coach's. */
  agreement: coachProcedure.input(coachCoachAgreementInput).query(({ ctx, input }) =>
    getCoachCoachAgreementForCoach(ctx.db, ctx.scope, {
      cohortId: input.cohortId,
      dimensionKeys,
    }),
  ),
  /** Coach–coach agreement over every double-scored answer of the lead's cohort. */
  cohortAgreement: leadCohortProcedure.query(({ ctx }) =>
    getCoachCoachAgreementForCohort(ctx.db, ctx.scope, { dimensionKeys }),
  ),
});
