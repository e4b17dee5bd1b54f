import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { acceptInvitation, createInvitation } from "../invitations/invitations.ts";
import { removeMember } from "../members/members.ts";
import { getActor } from "../members/memberships.ts";
import { requestPasswordReset, resetPassword } from "./password-resets.ts";
import { mailOutbox } from "../schema/notifications.ts";
import { users } from "../schema/users.ts";
import { createCohortWithMembers, createUser, TEST_PASSWORD } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { verifyPassword } from "./password.ts";
import {
  changePassword,
  createSession,
  findLiveSessionUserId,
  revokeSession,
  revokeUserSessions,
} from "./sessions.ts";

const { db } = useTestDatabase();

const inAWeek = () => new Date(Date.now() + 7 * 24 * 3_600_000);
const signIn = (userId: string) => createSession(db, { userId, expiresAt: inAWeek() });
const isLive = async (userId: string, sessionId: string) =>
  (await getActor(db, userId, { sessionId })) !== null;

describe("server-side sessions", () => {
  test("a session is live until revoked; revoking one leaves the others", async () => {
    const user = await createUser(db);
    const laptop = await signIn(user.id);
    const phone = await signIn(user.id);
    expect(await isLive(user.id, laptop)).toBe(true);
    expect(await findLiveSessionUserId(db, laptop)).toBe(user.id);
    await revokeSession(db, laptop);
    expect(await isLive(user.id, laptop)).toBe(false);
    expect(await findLiveSessionUserId(db, laptop)).toBeNull();
    expect(await isLive(user.id, phone)).toBe(true);
    // Someone else's session id never stands for this user.
    const other = await createUser(db);
    expect(await isLive(other.id, phone)).toBe(false);
    expect(await isLive(user.id, "not-a-uuid")).toBe(false);
  });

  test("an expired session is refused", async () => {
    const user = await createUser(db);
    const old = await createSession(db, { userId: user.id, expiresAt: new Date(Date.now() - 1) });
    expect(await isLive(user.id, old)).toBe(false);
  });

  test("sign out everywhere ends every session of the user, and only theirs", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    const sessions = [await signIn(user.id), await signIn(user.id)];
    const theirs = await signIn(other.id);
    expect(await revokeUserSessions(db, user.id)).toBe(2);
    for (const id of sessions) expect(await isLive(user.id, id)).toBe(false);
    expect(await isLive(other.id, theirs)).toBe(true);
  });

  test("a password change needs the current password, refuses a weak one, and ends the other sessions", async () => {
    const user = await createUser(db);
    const here = await signIn(user.id);
    const stolen = await signIn(user.id);
    const change = (currentPassword: string, newPassword: string) =>
      changePassword(db, { userId: user.id, sessionId: here, currentPassword, newPassword });
    await expect(change("wrong-password-here", "tangerine orbit velvet kayak")).rejects.toThrow(
      /currentPassword: that is not your current password/,
    );
    await expect(change(TEST_PASSWORD, "aaaaaaaaaa")).rejects.toThrow(/too easy to guess/);
    await expect(change(TEST_PASSWORD, TEST_PASSWORD)).rejects.toThrow(/different/);
    expect(await isLive(user.id, stolen)).toBe(true);
    await expect(change(TEST_PASSWORD, "tangerine orbit velvet kayak")).resolves.toEqual({
      endedSessions: 1,
    });
    expect(await isLive(user.id, here)).toBe(true);
    expect(await isLive(user.id, stolen)).toBe(false);
    const [row] = await db.select().from(users).where(eq(users.id, user.id));
    expect(await verifyPassword(row?.passwordHash ?? "", "tangerine orbit velvet kayak")).toBe(
      true,
    );
  });

  test("removing a member ends their sessions at once", async () => {
    const { cohort, leads, candidates } = await createCohortWithMembers(db, {
      leads: 1,
      candidates: 1,
    });
    const [lead] = leads;
    const [candidate] = candidates;
    if (!lead || !candidate) throw new Error("fixture");
    const session = await signIn(candidate.id);
    await removeMember(db, { leadId: lead.id, cohortId: cohort.id }, { userId: candidate.id });
    expect(await isLive(candidate.id, session)).toBe(false);
  });
});

describe("accounts whose email is not proven", () => {
  test("an account made from an invitation link stays claimable by whoever proves the address", async () => {
    const { cohort, leads } = await createCohortWithMembers(db, { leads: 1 });
    const [lead] = leads;
    if (!lead) throw new Error("fixture");
    const email = `victim-${Date.now()}@example.test`;
    const now = new Date();
    const { token } = await createInvitation(
      db,
      { leadId: lead.id, cohortId: cohort.id },
      { email, role: "candidate", now },
    );
    // The lead accepts their own link for someone else's address.
    const squatted = await acceptInvitation(db, {
      token,
      sessionUserId: null,
      name: "Not The Owner",
      password: "squatter chose this phrase",
      now,
    });
    const [before] = await db.select().from(users).where(eq(users.id, squatted.userId));
    expect(before?.emailVerifiedAt).toBeNull();
    const squatterSession = await signIn(squatted.userId);

    // The address's owner resets the password through the link sent to it.
    await requestPasswordReset(db, {
      email,
      ip: "203.0.113.9",
      now,
      origin: "http://debrief.test",
    });
    const [mail] = await db
      .select({ data: mailOutbox.data })
      .from(mailOutbox)
      .where(eq(mailOutbox.toAddress, email));
    const link = String((mail?.data as { secretUrl?: string } | undefined)?.secretUrl ?? "");
    const resetToken = link.slice(link.lastIndexOf("/") + 1);
    await resetPassword(db, { token: resetToken, password: "owner picked a long phrase", now });
    const [after] = await db.select().from(users).where(eq(users.id, squatted.userId));
    expect(after?.emailVerifiedAt).toEqual(now);
    expect(await verifyPassword(after?.passwordHash ?? "", "owner picked a long phrase")).toBe(
      true,
    );
    expect(await isLive(squatted.userId, squatterSession)).toBe(false);
  });

  test("accepting an invitation refuses a common password, saying why", async () => {
    const { cohort, leads } = await createCohortWithMembers(db, { leads: 1 });
    const [lead] = leads;
    if (!lead) throw new Error("fixture");
    const now = new Date();
    const { token } = await createInvitation(
      db,
      { leadId: lead.id, cohortId: cohort.id },
      { email: `weak-${Date.now()}@example.test`, role: "candidate", now },
    );
    await expect(
      acceptInvitation(db, {
        token,
        sessionUserId: null,
        name: "Wes",
        password: "aaaaaaaaaa",
        now,
      }),
    ).rejects.toThrow(/password: .*too easy to guess/);
  });
});
