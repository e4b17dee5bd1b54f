import { createSession, findLiveSessionUserId, verifyPassword } from "@debrief/db";
import { auditEvents, mailOutbox, passwordResets, users } from "@debrief/db/schema";
import { createUser } from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { db } from "~/testing/router-test";
import { createCaller } from "./root";

const origin = "https://debrief.example";
let ipSeq = 0;
const freshIp = () => `198.51.100.${++ipSeq}`;
const anonymous = (ip = freshIp()) => createCaller({ db, userId: null, origin, ip });
const freshEmail = () => `reset-${Math.random().toString(36).slice(2, 10)}@example.test`;

async function mailFor(email: string) {
  return (await db.select().from(mailOutbox)).filter((m) => m.toAddress === email);
}

describe("account: forgot password", () => {
  it("answers the same for an address with and without an account; only the account gets mail", async () => {
    const user = await createUser(db, { email: freshEmail() });
    const stranger = freshEmail();
    const known = await anonymous().account.requestPasswordReset({
      email: user.email.toUpperCase(),
    });
    const unknown = await anonymous().account.requestPasswordReset({ email: stranger });
    expect(known).toEqual(unknown);
    const mail = await mailFor(user.email);
    expect(mail).toEqual([expect.objectContaining({ kind: "password_reset", status: "pending" })]);
    const link = String(mail[0]?.data.secretUrl);
    expect(link).toMatch(/^https:\/\/debrief\.example\/reset-password\/[A-Za-z0-9_-]{43}$/);
    expect(await mailFor(stranger)).toEqual([]);
    // Only the token's hash is stored.
    const token = link.split("/").at(-1) ?? "";
    const stored = (await db.select().from(passwordResets)).filter((r) => r.email === user.email);
    expect(stored).toHaveLength(1);
    expect(stored[0]?.tokenHash).not.toContain(token);
  });

  it("a link sets the new password once, ends every session and every other link of the account", async () => {
    const user = await createUser(db, { email: freshEmail() });
    const expiresAt = new Date(Date.now() + 3_600_000);
    const otherDevice = await createSession(db, { userId: user.id, expiresAt });
    expect(await findLiveSessionUserId(db, otherDevice)).toBe(user.id);
    await anonymous().account.requestPasswordReset({ email: user.email });
    await anonymous().account.requestPasswordReset({ email: user.email });
    const links = (await mailFor(user.email)).map((m) => String(m.data.secretUrl));
    const [first, second] = links.map((l) => l.split("/").at(-1) ?? "");
    if (!first || !second) throw new Error("two links expected");
    expect(await anonymous().account.checkResetToken({ token: first })).toEqual({
      email: user.email,
    });
    await expectCode(
      anonymous().account.resetPassword({ token: first, password: "short" }),
      "BAD_REQUEST",
    );
    // The password policy applies to a reset too, before the link is spent.
    await expectCode(
      anonymous().account.resetPassword({ token: first, password: "password1234" }),
      "BAD_REQUEST",
    );
    await anonymous().account.resetPassword({ token: first, password: "a-brand-new-password" });
    expect(await findLiveSessionUserId(db, otherDevice)).toBeNull();
    const [row] = (await db.select().from(users)).filter((u) => u.id === user.id);
    expect(await verifyPassword(row?.passwordHash ?? "", "a-brand-new-password")).toBe(true);
    const reuse = await expectCode(
      anonymous().account.resetPassword({ token: first, password: "another-new-password" }),
      "BAD_REQUEST",
    );
    expect(reuse.message).toBe(
      "This reset link has expired or has already been used. Ask for a new one.",
    );
    await expectCode(anonymous().account.checkResetToken({ token: second }), "BAD_REQUEST");
    await expectCode(
      anonymous().account.resetPassword({ token: second, password: "another-new-password" }),
      "BAD_REQUEST",
    );
    const [proven] = (await db.select().from(users)).filter((u) => u.id === user.id);
    expect(proven?.emailVerifiedAt).not.toBeNull();
    const audited = (await db.select().from(auditEvents)).filter(
      (e) => e.subjectId === user.id && e.action === "auth.password_reset",
    );
    expect(audited).toHaveLength(1);
  });

  it("an expired link is refused", async () => {
    const user = await createUser(db, { email: freshEmail() });
    await anonymous().account.requestPasswordReset({ email: user.email });
    const token =
      String((await mailFor(user.email))[0]?.data.secretUrl)
        .split("/")
        .at(-1) ?? "";
    await db.execute(
      `update password_resets set expires_at = now() - interval '1 second' where email = '${user.email}'`,
    );
    await expectCode(
      anonymous().account.resetPassword({ token, password: "a-brand-new-password" }),
      "BAD_REQUEST",
    );
  });

  it("is rate limited: three links an hour per address (silently), twenty requests per IP", async () => {
    const user = await createUser(db, { email: freshEmail() });
    for (let i = 0; i < 5; i++) {
      expect(await anonymous().account.requestPasswordReset({ email: user.email })).toEqual({
        sent: true,
      });
    }
    expect(await mailFor(user.email)).toHaveLength(3);

    const ip = freshIp();
    for (let i = 0; i < 20; i++) {
      await anonymous(ip).account.requestPasswordReset({ email: freshEmail() });
    }
    const limited = await expectCode(
      anonymous(ip).account.requestPasswordReset({ email: user.email }),
      "TOO_MANY_REQUESTS",
    );
    expect(limited.message).toMatch(/Try again in an hour/);
  });

  it("refuses a malformed address or token with a message", async () => {
    await expectCode(anonymous().account.requestPasswordReset({ email: "nope" }), "BAD_REQUEST");
    await expectCode(anonymous().account.checkResetToken({ token: "x" }), "BAD_REQUEST");
  });
});
