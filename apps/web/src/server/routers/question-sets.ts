import {
  createSetForCohort,
  getRegradeWindow,
  getSetForCoach,
  getSetGrading,
  listSetsForCoach,
  publishSetReviews,
  replaceSetItems,
  setRegradeWindow,
  updateSet,
  updateSetGradingSettings,
} from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { coachCohortProcedure, coachProcedure, router } from "~/server/trpc";
import {
  createSetInput,
  listSetsInput,
  regradeWindowInput,
  setGradingInput,
  setItemsInput,
  setRefInput,
  updateSetInput,
} from "./question-sets.inputs";

export const questionSetsRouter = router({
  /** The sets of the coach's cohorts (or one), with item and assignment counts. */
  list: coachProcedure
    .input(listSetsInput)
    .query(({ ctx, input }) => listSetsForCoach(ctx.db, ctx.scope, input)),
  /** One set with its questions in order; another cohort's is NOT_FOUND. */
  get: coachProcedure
    .input(setRefInput)
    .query(({ ctx, input }) => getSetForCoach(ctx.db, ctx.scope, input)),
  create: coachCohortProcedure
    .input(createSetInput)
    .mutation(({ ctx, input }) => createSetForCohort(ctx.db, ctx.scope, input)),
  update: coachProcedure
    .input(updateSetInput)
    .mutation(({ ctx, input }) => updateSet(ctx.db, ctx.scope, input)),
  /** Release mode, blind grading and how many submitted reviews wait to be published. */
  grading: coachProcedure
    .input(setRefInput)
    .query(({ ctx, input }) => getSetGrading(ctx.db, ctx.scope, input)),
  /**
   * Release mode and blind grading. Switching back to releasing on submit publishes the reviews
   * still held (and tells their candidates).
   */
  updateGrading: coachProcedure
    .input(setGradingInput)
    .mutation(({ ctx, input }) =>
      afterMail(
        updateSetGradingSettings(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) }),
      ),
    ),
  /** Publishes the set's held reviews together; a retry publishes nothing twice. */
  publishReviews: coachProcedure
    .input(setRefInput)
    .mutation(({ ctx, input }) =>
      afterMail(publishSetReviews(ctx.db, ctx.scope, { ...input, origin: linkOrigin(ctx.origin) })),
    ),
  /** Replaces the set's questions with this ordered list: add, remove and reorder in one call. */
  setItems: coachProcedure
    .input(setItemsInput)
    .mutation(({ ctx, input }) => replaceSetItems(ctx.db, ctx.scope, input)),
  /** The set's regrade window in days (0: regrades off). */
  regradeWindow: coachProcedure
    .input(setRefInput)
    .query(({ ctx, input }) => getRegradeWindow(ctx.db, ctx.scope, input)),
  /** How many days after a review is released its candidate may ask for a regrade (0: off). */
  setRegradeWindow: coachProcedure
    .input(regradeWindowInput)
    .mutation(({ ctx, input }) => setRegradeWindow(ctx.db, ctx.scope, input)),
});
