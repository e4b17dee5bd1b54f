import { authedProcedure, router } from "~/server/trpc";

export const meRouter = router({
  /** The signed-in user, their cohorts and the roles they hold, fresh from the database. */
  get: authedProcedure.query(({ ctx }) => {
    const roles = [...new Set(ctx.actor.memberships.map((m) => m.role))];
    return { ...ctx.actor, roles };
  }),
});
