import "server-only";
import type { Db } from "@debrief/db";
import { recordAuditEvent } from "@debrief/db";
import { recordLoginSuccess } from "./login-limiter";

/**
 * Ends every session of the user other than the current one (after a password reset, there is
 * no current one). THE SEAM for server-side session revocation: sessions today are stateless
 * Auth.js JWTs with no revocation list, so a token already issued on another device stays valid
 * until it expires (24 h idle, 7 days at most). What this does now: clears the account's
 * failed-sign-in counter, so the new password works at once, and records the event. When the
 * session store lands, revoke the user's sessions here; the reset flow already calls it.
 */
export async function endOtherSessions(
  db: Db,
  input: { userId: string; email: string; reason: "password_reset" },
): Promise<void> {
  await recordLoginSuccess({ email: input.email, ip: "" });
  await recordAuditEvent(db, {
    actorId: input.userId,
    action: "auth.other_sessions_ended",
    subjectType: "user",
    subjectId: input.userId,
    data: { reason: input.reason },
  });
}
