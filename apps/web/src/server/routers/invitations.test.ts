import { createHash } from "node:crypto";
import type { Db } from "@debrief/db";
import {
  acceptInvitation,
  createSession,
  findLiveSessionUserId,
  verifyPassword,
} from "@debrief/db";
import { auditEvents, invitations, mailOutbox, users } from "@debrief/db/schema";
import { createCohortWithMembers, createTestDatabase, createUser } from "@debrief/db/testing";
import type { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { deliverOutboxMessage } from "~/server/mail/deliver";
import type { MailMessage } from "~/server/mail/mail-folder";
import { invitationProof } from "~/server/services/invitation-proof";
import { inviteMember } from "~/server/services/invite-member";
import { expectCode } from "~/testing/expect-trpc-code";
import { createCaller } from "./root";

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(async () => {
  await close();
});

const origin = "https://debrief.example";
const callerFor = (userId: string | null) => createCaller({ db, userId, origin });

async function fixture() {
  const { cohort, leads, coaches, candidates } = await createCohortWithMembers(db, {
    name: "Autumn",
    leads: [{ name: "Lena Lead" }],
  });
  const [lead] = leads;
  const [coach] = coaches;
  const [candidate] = candidates;
  if (!lead || !coach || !candidate) throw new Error("fixture");
  const other = await createCohortWithMembers(db, { leads: 1 });
  return { cohort, lead, coach, candidate, other };
}

const tokenOf = (url: string) => {
  const token = url.split("/invite/")[1];
  if (!token) throw new Error(`no token in ${url}`);
  return token;
};

const freshEmail = () => `new-${Math.random().toString(36).slice(2, 10)}@example.test`;

async function expire(invitationId: string) {
  // The id comes from our own insert (a UUID), so inlining it is safe.
  await db.execute(
    `update invitations set expires_at = now() - interval '1 second' where id = '${invitationId}'`,
  );
}

describe("invitations.create", () => {
  it("returns a single-use link on the request origin, stores only the token's SHA-256, queues the email", async () => {
    const f = await fixture();
    const email = freshEmail();
    const created = await callerFor(f.lead.id).invitations.create({
      cohortId: f.cohort.id,
      email: email.toUpperCase(),
      role: "coach",
    });
    // No SMTP_URL in tests: the email goes to the local mail folder, written to the outbox now.
    expect(created.delivery).toBe("folder");
    const queued = (await db.select().from(mailOutbox)).filter((r) => r.toAddress === email);
    expect(queued).toEqual([
      expect.objectContaining({ kind: "invitation", status: "pending", origin }),
    ]);
    expect(created.url).toMatch(/^https:\/\/debrief\.example\/invite\/[A-Za-z0-9_-]{43}$/);
    const token = tokenOf(created.url);
    // The email's link is the same invitation, plus the proof that only the address receives.
    expect(queued[0]?.data.secretUrl).toBe(`${created.url}?proof=${invitationProof(token)}`);
    const [row] = (await db.select().from(invitations)).filter((r) => r.id === created.id);
    expect(row?.tokenHash).toBe(createHash("sha256").update(token).digest("hex"));
    expect(row?.tokenHash).not.toContain(token);
    expect(row?.email).toBe(email);
    const week = 7 * 86_400_000;
    expect(Math.abs((row?.expiresAt.getTime() ?? 0) - Date.now() - week)).toBeLessThan(60_000);

    const list = await callerFor(f.lead.id).invitations.list({ cohortId: f.cohort.id });
    expect(list).toEqual([
      expect.objectContaining({
        id: created.id,
        email,
        role: "coach",
        status: "pending",
        invitedByName: "Lena Lead",
      }),
    ]);
  });

  it("the queued email carries the link; once sent, the outbox keeps no usable token", async () => {
    const f = await fixture();
    const email = freshEmail();
    const result = await inviteMember(
      db,
      { leadId: f.lead.id, cohortId: f.cohort.id },
      { email, role: "candidate" },
      { origin, now: new Date(), delivery: "smtp" },
    );
    const [row] = (await db.select().from(mailOutbox)).filter((r) => r.toAddress === email);
    if (!row) throw new Error("no outbox row");
    const send = vi.fn(async (_message: MailMessage) => ({ messageId: "<1@test>" }));
    await deliverOutboxMessage(db, row.id, send);
    const message = send.mock.calls[0]?.[0];
    expect(message).toMatchObject({ to: email, from: "Debrief <no-reply@debrief.local>" });
    expect(message?.text).toContain(result.url);
    expect(message?.text).toContain("Autumn");
    const [sent] = (await db.select().from(mailOutbox)).filter((r) => r.id === row.id);
    expect(sent?.status).toBe("sent");
    expect(JSON.stringify(sent?.data)).not.toContain(tokenOf(result.url));
  });

  it("a failed invitation leaves no email behind (same transaction)", async () => {
    const f = await fixture();
    await expectCode(
      callerFor(f.lead.id).invitations.create({
        cohortId: f.cohort.id,
        email: f.coach.email,
        role: "lead",
      }),
      "CONFLICT",
    );
    const queued = (await db.select().from(mailOutbox)).filter(
      (r) => r.toAddress === f.coach.email,
    );
    expect(queued).toEqual([]);
  });

  it("refuses to invite a current member, and lead-only: coaches FORBIDDEN, other cohorts NOT_FOUND", async () => {
    const f = await fixture();
    const already = await expectCode(
      callerFor(f.lead.id).invitations.create({
        cohortId: f.cohort.id,
        email: f.coach.email,
        role: "lead",
      }),
      "CONFLICT",
    );
    expect(already.message).toMatch(/already a member/);
    await expectCode(
      callerFor(f.coach.id).invitations.create({
        cohortId: f.cohort.id,
        email: freshEmail(),
        role: "coach",
      }),
      "FORBIDDEN",
    );
    await expectCode(
      callerFor(f.lead.id).invitations.create({
        cohortId: f.other.cohort.id,
        email: freshEmail(),
        role: "coach",
      }),
      "NOT_FOUND",
    );
    const bad = await expectCode(
      callerFor(f.lead.id).invitations.create({
        cohortId: f.cohort.id,
        email: "not-an-email",
        role: "coach",
      }),
      "BAD_REQUEST",
    );
    expect(bad.message).toMatch(/email/);
  });
});

describe("invitations.preview and accept", () => {
  const invite = async (
    f: Awaited<ReturnType<typeof fixture>>,
    email: string,
    role: "candidate" | "coach" | "lead" = "coach",
  ) => {
    vi.spyOn(console, "log").mockImplementation(() => {});
    const created = await callerFor(f.lead.id).invitations.create({
      cohortId: f.cohort.id,
      email,
      role,
    });
    vi.restoreAllMocks();
    return { ...created, token: tokenOf(created.url) };
  };

  it("a new user: preview, accept with name and password, lands on the role's home; second use CONFLICT", async () => {
    const f = await fixture();
    const email = freshEmail();
    const { token, id } = await invite(f, email, "coach");
    // The invitee follows the emailed link, whose proof shows the address is theirs.
    const proof = invitationProof(token);
    const anonymous = callerFor(null);
    expect(await anonymous.invitations.preview({ token })).toEqual({
      email,
      role: "coach",
      cohortName: "Autumn",
      organisationName: expect.any(String),
      status: "valid",
    });
    const short = await expectCode(
      anonymous.invitations.accept({ token, proof, name: "Nia New", password: "short" }),
      "BAD_REQUEST",
    );
    expect(short.message).toMatch(/password/);
    const accepted = await anonymous.invitations.accept({
      token,
      proof,
      name: "Nia New",
      password: "a-long-enough-password",
    });
    expect(accepted).toEqual({ email, role: "coach", home: "/coach" });
    const [user] = (await db.select().from(users)).filter((u) => u.email === email);
    expect(user?.name).toBe("Nia New");
    expect(user?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(user?.passwordHash ?? "", "a-long-enough-password")).toBe(true);
    if (!user) throw new Error("no user");
    // The new coach is in the cohort straight away.
    await expect(
      callerFor(user.id)
        .cohorts.members({ cohortId: f.cohort.id })
        .then((m) => m.length > 0),
    ).resolves.toBe(true);

    const reuse = await expectCode(
      anonymous.invitations.accept({ token, name: "Mallory", password: "another-password-1" }),
      "CONFLICT",
    );
    expect(reuse.message).toBe("This invitation has already been used.");
    expect((await anonymous.invitations.preview({ token })).status).toBe("used");
    const list = await callerFor(f.lead.id).invitations.list({ cohortId: f.cohort.id });
    expect(list.find((i) => i.id === id)?.status).toBe("accepted");
    const audit = (await db.select().from(auditEvents)).filter((e) => e.subjectId === id);
    expect(audit.map((e) => e.action).sort()).toEqual([
      "invitation.accepted",
      "invitation.created",
    ]);
  });

  it("two concurrent accepts of one link: exactly one succeeds", async () => {
    const f = await fixture();
    const { token } = await invite(f, freshEmail(), "candidate");
    const results = await Promise.allSettled([
      callerFor(null).invitations.accept({
        token,
        proof: invitationProof(token),
        name: "One",
        password: "first-password-1",
      }),
      callerFor(null).invitations.accept({
        token,
        proof: invitationProof(token),
        name: "Two",
        password: "second-password-2",
      }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const failed = results.find((r) => r.status === "rejected");
    expect(failed?.status === "rejected" && (failed.reason as TRPCError).code).toBe("CONFLICT");
  });

  it("an existing account joins by accepting while signed in as itself, not by anyone else", async () => {
    const f = await fixture();
    const existing = await createUser(db, { name: "Ezra Existing" });
    const { token } = await invite(f, existing.email, "candidate");
    // The preview says nothing about the account: it reads exactly as for a new address.
    const newcomer = await invite(f, freshEmail(), "candidate");
    const preview = await callerFor(null).invitations.preview({ token });
    const newPreview = await callerFor(null).invitations.preview({ token: newcomer.token });
    expect(Object.keys(preview).sort()).toEqual(Object.keys(newPreview).sort());
    expect({ ...preview, email: "" }).toEqual({ ...newPreview, email: "" });
    const anonymous = await expectCode(
      // Even with the emailed link: an existing account is joined only by signing in as it.
      callerFor(null).invitations.accept({
        token,
        proof: invitationProof(token),
        password: "guessing-a-password",
      }),
      "FORBIDDEN",
    );
    expect(anonymous.message).toMatch(/Sign in as/);
    await expectCode(callerFor(f.coach.id).invitations.accept({ token }), "FORBIDDEN");
    const accepted = await callerFor(existing.id).invitations.accept({ token });
    expect(accepted).toEqual({ email: existing.email, role: "candidate", home: "/practice" });
    const [user] = (await db.select().from(users)).filter((u) => u.id === existing.id);
    expect(user?.passwordHash).toBe(existing.passwordHash);
    await expect(callerFor(existing.id).assignments.mine()).resolves.toEqual([]);
  });

  it("an account without a password (never set one) sets it by accepting", async () => {
    const f = await fixture();
    const pending = await createUser(db, { name: "Pat Pending", passwordHash: null });
    const { token } = await invite(f, pending.email, "lead");
    const accepted = await callerFor(null).invitations.accept({
      token,
      proof: invitationProof(token),
      password: "pat-chose-this-one",
    });
    expect("home" in accepted && accepted.home).toBe("/lead");
    const [user] = (await db.select().from(users)).filter((u) => u.id === pending.id);
    expect(await verifyPassword(user?.passwordHash ?? "", "pat-chose-this-one")).toBe(true);
  });

  it("an expired link is BAD_REQUEST and creates nothing", async () => {
    const f = await fixture();
    const email = freshEmail();
    const { token, id } = await invite(f, email);
    await expire(id);
    expect((await callerFor(null).invitations.preview({ token })).status).toBe("expired");
    const error = await expectCode(
      callerFor(null).invitations.accept({ token, name: "Late", password: "too-late-password" }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/^This invitation has expired/);
    expect((await db.select().from(users)).some((u) => u.email === email)).toBe(false);
    const list = await callerFor(f.lead.id).invitations.list({ cohortId: f.cohort.id });
    expect(list.find((i) => i.id === id)?.status).toBe("expired");
  });

  it("a revoked link cannot be accepted; revoking is idempotent and lead-only", async () => {
    const f = await fixture();
    const { token, id } = await invite(f, freshEmail());
    await expectCode(
      callerFor(f.coach.id).invitations.revoke({ cohortId: f.cohort.id, invitationId: id }),
      "FORBIDDEN",
    );
    const otherLead = f.other.leads[0];
    if (!otherLead) throw new Error("fixture");
    await expectCode(
      callerFor(otherLead.id).invitations.revoke({ cohortId: f.other.cohort.id, invitationId: id }),
      "NOT_FOUND",
    );
    const lead = callerFor(f.lead.id);
    await expect(
      lead.invitations.revoke({ cohortId: f.cohort.id, invitationId: id }),
    ).resolves.toEqual({
      id,
      status: "revoked",
    });
    await expect(
      lead.invitations.revoke({ cohortId: f.cohort.id, invitationId: id }),
    ).resolves.toEqual({
      id,
      status: "revoked",
    });
    expect((await callerFor(null).invitations.preview({ token })).status).toBe("revoked");
    await expectCode(
      callerFor(null).invitations.accept({ token, name: "Rev", password: "revoked-password" }),
      "BAD_REQUEST",
    );
    const list = await lead.invitations.list({ cohortId: f.cohort.id });
    expect(list.find((i) => i.id === id)?.status).toBe("revoked");
  });

  it("re-inviting an address replaces its earlier pending link", async () => {
    const f = await fixture();
    const email = freshEmail();
    const first = await invite(f, email);
    const second = await invite(f, email);
    expect((await callerFor(null).invitations.preview({ token: first.token })).status).toBe(
      "revoked",
    );
    expect((await callerFor(null).invitations.preview({ token: second.token })).status).toBe(
      "valid",
    );
  });

  it("an unknown token is NOT_FOUND", async () => {
    await expectCode(callerFor(null).invitations.preview({ token: "nope" }), "NOT_FOUND");
    await expectCode(
      callerFor(null).invitations.accept({ token: "nope", name: "X", password: "whatever-12345" }),
      "NOT_FOUND",
    );
  });
});

describe("invitations.accept: no account-existence oracle, no unproven accounts", () => {
  const invite = async (
    f: Awaited<ReturnType<typeof fixture>>,
    email: string,
    role: "candidate" | "coach" | "lead" = "candidate",
  ) => {
    const created = await callerFor(f.lead.id).invitations.create({
      cohortId: f.cohort.id,
      email,
      role,
    });
    return { ...created, token: tokenOf(created.url) };
  };
  /** The invitation emails queued for an address so far, oldest first. */
  const emailedLinks = async (email: string) =>
    (await db.select().from(mailOutbox))
      .filter((m) => m.toAddress === email && m.kind === "invitation")
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime())
      .map((m) => new URL(String(m.data.secretUrl)));
  /** What a caller can compare: the answer with the address blanked out. */
  const withoutEmail = (answer: unknown, email: string) =>
    JSON.parse(JSON.stringify(answer).replaceAll(email, "<email>")) as unknown;
  const outcome = (promise: Promise<unknown>) =>
    promise.then(
      (value) => ({ ok: value }),
      (e: unknown) => ({ code: (e as TRPCError).code, message: (e as TRPCError).message }),
    );
  const accountOf = async (email: string) =>
    (await db.select().from(users)).find((u) => u.email === email);

  it("a link without the address's proof: the same answer for an address with and without an account, and no account", async () => {
    const f = await fixture();
    const existing = await createUser(db, { name: "Ezra Existing" });
    const newcomer = freshEmail();
    const links = {
      existing: await invite(f, existing.email),
      newcomer: await invite(f, newcomer),
    };
    const answers = {
      existing: await callerFor(null).invitations.accept({
        token: links.existing.token,
        name: "Link Holder",
        password: "lantern harbour misty thimble",
      }),
      newcomer: await callerFor(null).invitations.accept({
        token: links.newcomer.token,
        name: "Link Holder",
        password: "lantern harbour misty thimble",
      }),
    };
    expect(Object.keys(answers.existing).sort()).toEqual(Object.keys(answers.newcomer).sort());
    expect(withoutEmail(answers.existing, existing.email)).toEqual(
      withoutEmail(answers.newcomer, newcomer),
    );
    expect(answers.newcomer).toEqual({
      email: newcomer,
      isEmailSent: true,
      message: `We've emailed the invitation to ${newcomer}. Open the link in that email to finish joining.`,
    });
    // Nothing was created or changed: the link holder's password opens nothing.
    expect(await accountOf(newcomer)).toBeUndefined();
    expect((await accountOf(existing.email))?.passwordHash).toBe(existing.passwordHash);
    // A wrong proof, or the proof of another invitation, proves nothing: the same answer again.
    for (const proof of ["x".repeat(43), invitationProof(links.existing.token)]) {
      const answer = await callerFor(null).invitations.accept({
        token: links.newcomer.token,
        proof,
        name: "Link Holder",
        password: "lantern harbour misty thimble",
      });
      expect(answer).toEqual(answers.newcomer);
    }
    expect(await accountOf(newcomer)).toBeUndefined();
    // Each answer emailed the address (and only it) its proven link, up to the hourly limit.
    const sent = await emailedLinks(newcomer);
    expect(sent).toHaveLength(3);
    for (const link of sent) {
      expect(link.pathname).toBe(`/invite/${links.newcomer.token}`);
      expect(link.searchParams.get("proof")).toBe(invitationProof(links.newcomer.token));
    }
    expect(await emailedLinks(existing.email)).toHaveLength(2);
    // The preview without the proof is the same for both, too.
    const previews = await Promise.all(
      [links.existing.token, links.newcomer.token].map((token) =>
        callerFor(null).invitations.preview({ token }),
      ),
    );
    expect(withoutEmail(previews[0], existing.email)).toEqual(withoutEmail(previews[1], newcomer));
  });

  it("signed in as someone else (wrong role, another cohort or organisation): the same refusal for both addresses", async () => {
    const f = await fixture();
    const existing = await createUser(db, { name: "Ezra Existing" });
    const newcomer = freshEmail();
    const links = {
      existing: await invite(f, existing.email),
      newcomer: await invite(f, newcomer),
    };
    const otherLead = f.other.leads[0];
    if (!otherLead) throw new Error("fixture");
    // A candidate and a coach of this cohort, the lead who sent it, a lead of another organisation.
    for (const caller of [f.candidate.id, f.coach.id, f.lead.id, otherLead.id]) {
      const [forExisting, forNewcomer] = await Promise.all([
        outcome(
          callerFor(caller).invitations.accept({
            token: links.existing.token,
            proof: invitationProof(links.existing.token),
            name: "Someone Else",
            password: "lantern harbour misty thimble",
          }),
        ),
        outcome(
          callerFor(caller).invitations.accept({
            token: links.newcomer.token,
            proof: invitationProof(links.newcomer.token),
            name: "Someone Else",
            password: "lantern harbour misty thimble",
          }),
        ),
      ]);
      expect(forNewcomer).toMatchObject({ code: "FORBIDDEN" });
      expect(withoutEmail(forExisting, existing.email)).toEqual(
        withoutEmail(forNewcomer, newcomer),
      );
    }
    expect(await accountOf(newcomer)).toBeUndefined();
    expect(await emailedLinks(newcomer)).toHaveLength(1);
  });

  it("a lead cannot squat an address: its owner creates the account from the emailed link, proven", async () => {
    const f = await fixture();
    const victim = freshEmail();
    const { token } = await invite(f, victim, "coach");
    // The lead opens the link they copied and tries to make the account themselves: signed in,
    // then signed out.
    await expectCode(
      callerFor(f.lead.id).invitations.accept({
        token,
        name: "Not The Owner",
        password: "squatter chose this phrase",
      }),
      "FORBIDDEN",
    );
    const anonymousSquat = await callerFor(null).invitations.accept({
      token,
      name: "Not The Owner",
      password: "squatter chose this phrase",
    });
    expect(anonymousSquat).toMatchObject({ isEmailSent: true });
    expect(await accountOf(victim)).toBeUndefined();

    // The owner opens the link in their mailbox: only its proof says "create your account".
    const [emailed] = await emailedLinks(victim);
    const proof = emailed?.searchParams.get("proof") ?? "";
    expect(await callerFor(null).invitations.preview({ token, proof })).toMatchObject({
      status: "valid",
      proven: { hasAccount: false },
    });
    expect(await callerFor(null).invitations.preview({ token })).not.toHaveProperty("proven");
    const joined = await callerFor(null).invitations.accept({
      token,
      proof,
      name: "Olive Owner",
      password: "the owner's own long phrase",
    });
    expect(joined).toEqual({ email: victim, role: "coach", home: "/coach" });
    const account = await accountOf(victim);
    expect(account?.name).toBe("Olive Owner");
    expect(account?.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(account?.passwordHash ?? "", "the owner's own long phrase")).toBe(
      true,
    );
  });

  it("an unproven account made for someone's address does not block them: they reset, then accept", async () => {
    const f = await fixture();
    const victim = freshEmail();
    // An account made from a link without proof (as the database still allows): unproven.
    const squatLink = await invite(f, victim);
    const squatted = await acceptInvitation(db, {
      token: squatLink.token,
      sessionUserId: null,
      name: "Not The Owner",
      password: "squatter chose this phrase",
      now: new Date(),
    });
    expect((await accountOf(victim))?.emailVerifiedAt).toBeNull();
    const squatterSession = await createSession(db, {
      userId: squatted.userId,
      expiresAt: new Date(Date.now() + 3_600_000),
    });

    // Another organisation invites the real owner: the emailed link tells them they have an account.
    const other = await createCohortWithMembers(db, { leads: 1 });
    const otherLead = other.leads[0];
    if (!otherLead) throw new Error("fixture");
    const created = await callerFor(otherLead.id).invitations.create({
      cohortId: other.cohort.id,
      email: victim,
      role: "coach",
    });
    const token = tokenOf(created.url);
    const proof = invitationProof(token);
    expect(await callerFor(null).invitations.preview({ token, proof })).toMatchObject({
      proven: { hasAccount: true },
    });
    const signIn = await expectCode(
      callerFor(null).invitations.accept({ token, proof, password: "guessing-a-password" }),
      "FORBIDDEN",
    );
    expect(signIn.message).toMatch(/reset it from the sign-in page/);

    // The owner resets the password through the mail sent to the address, and takes the account.
    await callerFor(null).account.requestPasswordReset({ email: victim });
    const resetMail = (await db.select().from(mailOutbox)).find(
      (m) => m.toAddress === victim && m.kind === "password_reset",
    );
    const resetToken = String(resetMail?.data.secretUrl).split("/").at(-1) ?? "";
    await callerFor(null).account.resetPassword({
      token: resetToken,
      password: "the owner's own long phrase",
    });
    const account = await accountOf(victim);
    expect(account?.emailVerifiedAt).not.toBeNull();
    expect(await verifyPassword(account?.passwordHash ?? "", "squatter chose this phrase")).toBe(
      false,
    );
    expect(await findLiveSessionUserId(db, squatterSession)).toBeNull();
    // Signed in as the account, the owner accepts the other organisation's invitation.
    await expect(callerFor(squatted.userId).invitations.accept({ token })).resolves.toEqual({
      email: victim,
      role: "coach",
      home: "/coach",
    });
  });

  it("expired, reused and revoked links: the same error with or without the proof, for either address", async () => {
    const f = await fixture();
    const existing = await createUser(db, { name: "Ezra Existing" });
    const newcomer = freshEmail();
    const attempt = (token: string, withProof: boolean) =>
      outcome(
        callerFor(null).invitations.accept({
          token,
          ...(withProof ? { proof: invitationProof(token) } : {}),
          name: "Late Comer",
          password: "lantern harbour misty thimble",
        }),
      );
    const expectSame = async (
      tokens: { existing: string; newcomer: string },
      code: TRPCError["code"],
      message: RegExp,
    ) => {
      for (const withProof of [false, true]) {
        const forExisting = await attempt(tokens.existing, withProof);
        const forNewcomer = await attempt(tokens.newcomer, withProof);
        expect(forNewcomer).toMatchObject({ code });
        expect((forNewcomer as { message: string }).message).toMatch(message);
        expect(forExisting).toEqual(forNewcomer);
      }
    };

    const expired = {
      existing: await invite(f, existing.email),
      newcomer: await invite(f, newcomer),
    };
    await expire(expired.existing.id);
    await expire(expired.newcomer.id);
    await expectSame(
      { existing: expired.existing.token, newcomer: expired.newcomer.token },
      "BAD_REQUEST",
      /^This invitation has expired/,
    );

    const revoked = {
      existing: await invite(f, existing.email),
      newcomer: await invite(f, newcomer),
    };
    for (const link of [revoked.existing, revoked.newcomer]) {
      await callerFor(f.lead.id).invitations.revoke({
        cohortId: f.cohort.id,
        invitationId: link.id,
      });
    }
    await expectSame(
      { existing: revoked.existing.token, newcomer: revoked.newcomer.token },
      "BAD_REQUEST",
      /^This invitation was withdrawn/,
    );
    expect(await accountOf(newcomer)).toBeUndefined();

    const used = { existing: await invite(f, existing.email), newcomer: await invite(f, newcomer) };
    await callerFor(existing.id).invitations.accept({ token: used.existing.token });
    await callerFor(null).invitations.accept({
      token: used.newcomer.token,
      proof: invitationProof(used.newcomer.token),
      name: "Nia New",
      password: "a-long-enough-password",
    });
    await expectSame(
      { existing: used.existing.token, newcomer: used.newcomer.token },
      "CONFLICT",
      /^This invitation has already been used\.$/,
    );
  });
});
