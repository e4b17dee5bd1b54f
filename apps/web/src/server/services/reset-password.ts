import { type Db, resetPassword } from "@debrief/db";
import { endOtherSessions } from "~/server/auth/end-other-sessions";

/** A new password from a reset link; then no other session of the account survives it. */
export async function resetPasswordWithLink(
  db: Db,
  input: { token: string; password: string },
): Promise<{ email: string }> {
  const { userId, email } = await resetPassword(db, { ...input, now: new Date() });
  await endOtherSessions(db, { userId, email, reason: "password_reset" });
  return { email };
}
