import { and, eq, gt, lte, ne, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { isUuid } from "../users/users.ts";
import { sessions } from "../schema/sessions.ts";
import { users } from "../schema/users.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { passwordProblem } from "./password-policy.ts";

/**
 * Starts a session that lasts until `expiresAt` unless revoked; returns its id for the cookie.
 * Clears the user's expired rows on the way, so the table holds only live sessions.
 */
export async function createSession(
  db: Db,
  input: { userId: string; expiresAt: Date },
): Promise<string> {
  await db
    .delete(sessions)
    .where(and(eq(sessions.userId, input.userId), lte(sessions.expiresAt, sql`now()`)));
  const [row] = await db
    .insert(sessions)
    .values({ userId: input.userId, expiresAt: input.expiresAt })
    .returning({ id: sessions.id });
  if (!row) throw new Error("insert into sessions returned no row");
  return row.id;
}

/** The user of a live session, or null when it was revoked, expired, or never existed. */
export async function findLiveSessionUserId(db: Db, sessionId: string): Promise<string | null> {
  if (!isUuid(sessionId)) return null;
  const [row] = await db
    .select({ userId: sessions.userId })
    .from(sessions)
    .where(and(eq(sessions.id, sessionId), gt(sessions.expiresAt, sql`now()`)))
    .limit(1);
  return row?.userId ?? null;
}

/** Ends one session (sign-out). Idempotent. */
export async function revokeSession(db: Db, sessionId: string): Promise<void> {
  if (!isUuid(sessionId)) return;
  await db.delete(sessions).where(eq(sessions.id, sessionId));
}

/** Ends every session of the user, or every one but `exceptSessionId`; returns how many. */
export async function revokeUserSessions(
  db: Db,
  userId: string,
  options: { exceptSessionId?: string | null } = {},
): Promise<number> {
  if (!isUuid(userId)) return 0;
  const keep =
    options.exceptSessionId && isUuid(options.exceptSessionId)
      ? ne(sessions.id, options.exceptSessionId)
      : undefined;
  const removed = await db
    .delete(sessions)
    .where(and(eq(sessions.userId, userId), keep))
    .returning({ id: sessions.id });
  return removed.length;
}

/**
 * Changes the password of a signed-in user who proves the current one. Every other session of
 * the user ends at once (a stolen cookie stops working); the one making the change stays.
 * A wrong current password is BAD_REQUEST naming the field; so is a weak new one.
 */
export async function changePassword(
  db: Db,
  input: { userId: string; sessionId: string; currentPassword: string; newPassword: string },
): Promise<{ endedSessions: number }> {
  const [user] = await db
    .select({ email: users.email, name: users.name, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.id, input.userId))
    .limit(1);
  if (!user) throw notFound("Account not found.");
  if (!user.passwordHash || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw badRequest("currentPassword: that is not your current password.");
  }
  if (input.newPassword === input.currentPassword) {
    throw badRequest("newPassword: choose a password different from your current one.");
  }
  const problem = passwordProblem(input.newPassword, { email: user.email, name: user.name });
  if (problem) throw badRequest(`newPassword: ${problem}`);
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash }).where(eq(users.id, input.userId));
    const endedSessions = await revokeUserSessions(tx, input.userId, {
      exceptSessionId: input.sessionId,
    });
    await recordAuditEvent(tx, {
      actorId: input.userId,
      action: "auth.password_changed",
      subjectType: "user",
      subjectId: input.userId,
      data: { endedSessions },
    });
    return { endedSessions };
  });
}
