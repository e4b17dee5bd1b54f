import { type Db, resetPassword } from "@debrief/db";
import { clearAccountFailures } from "~/server/auth/login-limiter";

/**
 * A new password from a reset link. Using the link proves the address, and the database ends
 * every session of the account in the same transaction; earlier failed sign-ins stop slowing
 * the owner down.
 */
export async function resetPasswordWithLink(
  db: Db,
  input: { token: string; password: string },
): Promise<{ email: string }> {
  const { email } = await resetPassword(db, { ...input, now: new Date() });
  await clearAccountFailures(db, email);
  return { email };
}
