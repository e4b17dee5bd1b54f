import { dismissGuide, isGuideOpen } from "@debrief/db";
import { guideInput } from "~/lib/coach-inputs";
import { authedProcedure, router } from "~/server/trpc";

export const meRouter = router({
  /** The signed-in user, their cohorts and the roles they hold, fresh from the database. */
  get: authedProcedure.query(({ ctx }) => {
    const roles = [...new Set(ctx.actor.memberships.map((m) => m.role))];
    return { ...ctx.actor, roles };
  }),
  /** Whether the role's first-run welcome is still shown to the caller. */
  guideOpen: authedProcedure
    .input(guideInput)
    .query(({ ctx, input }) => isGuideOpen(ctx.db, { userId: ctx.actor.id }, input)),
  /** Puts the role's first-run welcome away. */
  dismissGuide: authedProcedure
    .input(guideInput)
    .mutation(({ ctx, input }) => dismissGuide(ctx.db, { userId: ctx.actor.id }, input)),
});
