import {
  createSetForCohort,
  getRegradeWindow,
  getSetForCoach,
  listSetsForCoach,
  replaceSetItems,
  setRegradeWindow,
  updateSet,
} from "@debrief/db";
import { coachCohortProcedure, coachProcedure, router } from "~/server/trpc";
import {
  createSetInput,
  listSetsInput,
  regradeWindowInput,
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
