import { changePassword, dismissGuide, isGuideOpen } from "@debrief/db";
import { TRPCError } from "@trpc/server";
import { getLoginRetryAfter, recordLoginFailure } from "~/server/auth/login-limiter";
import { authedProcedure, router } from "~/server/trpc";
import { changePasswordInput, guideInput } from "./me.inputs";

export const meRouter = router({
  /** The signed-in user, their cohorts and the roles they hold, fresh from the database. */
  get: authedProcedure.query(({ ctx }) => {
    const roles = [...new Set(ctx.actor.memberships.map((m) => m.role))];
    return { ...ctx.actor, roles };
  }),
  /**
   * Changes the password after checking the current one (guesses count against the account's
   * sign-in limit, so a borrowed session cannot try passwords freely). Every other session of
   * the user ends at once; this one stays signed in.
   */
  changePassword: authedProcedure.input(changePasswordInput).mutation(async ({ ctx, input }) => {
    const key = { email: ctx.actor.email, ip: `session:${ctx.sessionId ?? "none"}` };
    const wait = await getLoginRetryAfter(ctx.db, key);
    if (wait > 0) {
      throw new TRPCError({
        code: "TOO_MANY_REQUESTS",
        message: `Too many wrong passwords. Wait ${wait} second${wait === 1 ? "" : "s"} and try again.`,
      });
    }
    try {
      return await changePassword(ctx.db, {
        userId: ctx.actor.id,
        sessionId: ctx.sessionId ?? "",
        ...input,
      });
    } catch (error) {
      if (error instanceof Error && error.message.startsWith("currentPassword:")) {
        await recordLoginFailure(ctx.db, key);
      }
      throw error;
    }
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
