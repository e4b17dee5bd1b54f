import { createHash, randomBytes } from "node:crypto";
import { and, eq, gt, isNull, type SQL, sql } from "drizzle-orm";
import { hashPassword } from "./password.ts";
import { passwordProblem } from "./password-policy.ts";
import { revokeUserSessions } from "./sessions.ts";
import type { Db } from "../client.ts";
import { badRequest, tooManyRequests } from "../errors.ts";
import { enqueueMail } from "../notifications/notify.ts";
import { passwordResets } from "../schema/password-resets.ts";
import { users } from "../schema/users.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { normaliseEmail } from "../users/users.ts";

/** A reset link works for an hour. */
export const passwordResetTtlMs = 60 * 60 * 1000;
/** Links sent to one address per hour; further requests are answered the same and send nothing. */
export const resetsPerAddressPerHour = 3;
/** Requests from one address (IP) per hour, whatever the email: past this, TOO_MANY_REQUESTS. */
export const resetsPerIpPerHour = 20;

function hashResetToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

/** The link for this token, if it is neither used nor expired at `now`. */
function isUsableLink(token: string, now: Date): SQL | undefined {
  return and(
    eq(passwordResets.tokenHash, hashResetToken(token)),
    isNull(passwordResets.usedAt),
    gt(passwordResets.expiresAt, now),
  );
}

/**
 * "Forgot password": emails a single-use link valid for an hour, through the outbox in the
 * same transaction. The answer is the same whether or not the address has an account, and
 * whether or not the per-address limit held the email back, so it tells a caller nothing about
 * which addresses exist. Only the per-IP limit answers differently (TOO_MANY_REQUESTS), and it
 * counts every request alike.
 */
export async function requestPasswordReset(
  db: Db,
  input: { email: string; ip: string; now: Date; origin: string },
): Promise<{ sent: true }> {
  const email = normaliseEmail(input.email);
  const hourAgo = new Date(input.now.getTime() - 60 * 60 * 1000);
  return db.transaction(async (tx) => {
    // One request at a time per IP, so concurrent requests cannot all slip under the limit.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`reset:${input.ip}`}))`);
    const [fromIp] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(passwordResets)
      .where(and(eq(passwordResets.requestedIp, input.ip), gt(passwordResets.createdAt, hourAgo)));
    if ((fromIp?.n ?? 0) >= resetsPerIpPerHour) {
      throw tooManyRequests("Too many reset requests from your network. Try again in an hour.");
    }
    const [forAddress] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(passwordResets)
      .where(
        and(
          eq(passwordResets.email, email),
          gt(passwordResets.createdAt, hourAgo),
          sql`${passwordResets.tokenHash} is not null`,
        ),
      );
    const [user] = await tx
      .select({ id: users.id, email: users.email })
      .from(users)
      .where(eq(users.email, email))
      .limit(1);
    const isSending = user !== undefined && (forAddress?.n ?? 0) < resetsPerAddressPerHour;
    const token = randomBytes(32).toString("base64url");
    await tx.insert(passwordResets).values({
      userId: user?.id ?? null,
      email,
      tokenHash: isSending ? hashResetToken(token) : null,
      requestedIp: input.ip,
      expiresAt: new Date(input.now.getTime() + passwordResetTtlMs),
    });
    if (isSending && user) {
      await enqueueMail(tx, {
        userId: user.id,
        toAddress: user.email,
        kind: "password_reset",
        origin: input.origin,
        data: { secretUrl: `${input.origin}/reset-password/${token}` },
      });
    }
    return { sent: true } as const;
  });
}

const unusable = () =>
  badRequest("This reset link has expired or has already been used. Ask for a new one.");

/** Whether a reset link can still be used, for the page that opens it. */
export async function checkPasswordResetToken(
  db: Db,
  input: { token: string; now: Date },
): Promise<{ email: string }> {
  const [row] = await db
    .select({ email: passwordResets.email })
    .from(passwordResets)
    .where(isUsableLink(input.token, input.now))
    .limit(1);
  if (!row) throw unusable();
  return row;
}

/**
 * Sets a new password from a reset link. The link is spent in the same transaction (a second
 * use, even a concurrent one, fails), and every other open link for the account dies with it.
 * Using the link proves the address: it is marked proven, and every session of the account ends
 * at once (whoever held the account before, e.g. through an invitation for someone else's
 * address, is out). The password policy applies before the link is spent.
 */
export async function resetPassword(
  db: Db,
  input: { token: string; password: string; now: Date },
): Promise<{ userId: string; email: string; endedSessions: number }> {
  const [owner] = await db
    .select({ email: users.email, name: users.name })
    .from(passwordResets)
    .innerJoin(users, eq(users.id, passwordResets.userId))
    .where(isUsableLink(input.token, input.now))
    .limit(1);
  if (!owner) throw unusable();
  const problem = passwordProblem(input.password, owner);
  if (problem) throw badRequest(`password: ${problem}`);
  const passwordHash = await hashPassword(input.password);
  return db.transaction(async (tx) => {
    const [spent] = await tx
      .update(passwordResets)
      .set({ usedAt: input.now })
      .where(isUsableLink(input.token, input.now))
      .returning({ userId: passwordResets.userId, email: passwordResets.email });
    if (!spent?.userId) throw unusable();
    await tx
      .update(passwordResets)
      .set({ usedAt: input.now })
      .where(and(eq(passwordResets.userId, spent.userId), isNull(passwordResets.usedAt)));
    await tx
      .update(users)
      .set({ passwordHash, emailVerifiedAt: input.now })
      .where(eq(users.id, spent.userId));
    const endedSessions = await revokeUserSessions(tx, spent.userId);
    await recordAuditEvent(tx, {
      actorId: spent.userId,
      action: "auth.password_reset",
      subjectType: "user",
      subjectId: spent.userId,
      data: { endedSessions },
    });
    return { userId: spent.userId, email: spent.email, endedSessions };
  });
}
