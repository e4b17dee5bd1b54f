import { checkPasswordResetToken, requestPasswordReset } from "@debrief/db";
import { afterMail } from "~/server/jobs/after-mail";
import { linkOrigin } from "~/server/mail/origin";
import { resetPasswordWithLink } from "~/server/services/reset-password";
import { publicProcedure, router } from "~/server/trpc";
import { requestPasswordResetInput, resetPasswordInput, resetTokenInput } from "./account.inputs";

export const accountRouter = router({
  /** "Forgot password": the same answer whether or not the address has an account. */
  requestPasswordReset: publicProcedure
    .input(requestPasswordResetInput)
    .mutation(({ ctx, input }) =>
      afterMail(
        requestPasswordReset(ctx.db, {
          email: input.email,
          ip: ctx.ip ?? "unknown",
          now: new Date(),
          origin: linkOrigin(ctx.origin),
        }),
      ),
    ),
  /** Whether a reset link still works (BAD_REQUEST when expired, used or unknown). */
  checkResetToken: publicProcedure
    .input(resetTokenInput)
    .query(({ ctx, input }) => checkPasswordResetToken(ctx.db, { ...input, now: new Date() })),
  /** Sets the new password, spends the link and ends the account's other sessions. */
  resetPassword: publicProcedure
    .input(resetPasswordInput)
    .mutation(({ ctx, input }) => resetPasswordWithLink(ctx.db, input)),
});
