import { createHash, randomBytes } from "node:crypto";
import { and, desc, eq, gt, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { hashPassword } from "../auth/password.ts";
import { passwordProblem } from "../auth/password-policy.ts";
import type { Db } from "../client.ts";
import { badRequest, conflict, type DomainError, forbidden, notFound } from "../errors.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { enqueueMail } from "../notifications/notify.ts";
import { isUuid, normaliseEmail } from "../users/users.ts";
import { cohorts } from "../schema/cohorts.ts";
import { invitations } from "../schema/invitations.ts";
import { mailOutbox } from "../schema/notifications.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";
import type { LeadScope } from "../members/members.ts";

/** How long an invitation link works. */
export const invitationTtlMs = 7 * 24 * 60 * 60 * 1000;

export const invitationStatuses = ["pending", "accepted", "expired", "revoked"] as const;
export type InvitationStatus = (typeof invitationStatuses)[number];

/** Only the SHA-256 is stored: a database leak does not hand out working links. */
export function hashInvitationToken(token: string): string {
  return createHash("sha256").update(token, "utf8").digest("hex");
}

const statusSql = (now: Date) => sql<InvitationStatus>`case
  when ${invitations.revokedAt} is not null then 'revoked'
  when ${invitations.acceptedAt} is not null then 'accepted'
  when ${invitations.expiresAt} <= ${now} then 'expired'
  else 'pending' end`;

export interface InvitationListItem {
  id: string;
  email: string;
  role: MembershipRole;
  status: InvitationStatus;
  expiresAt: Date;
  createdAt: Date;
  invitedByName: string | null;
}

/** The cohort's invitations, newest first, with their status as of `now`. */
export function listInvitationsForLead(
  db: Db,
  scope: LeadScope,
  input: { now: Date },
): Promise<InvitationListItem[]> {
  const inviter = alias(users, "inviter");
  return db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      status: statusSql(input.now),
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      invitedByName: inviter.name,
    })
    .from(invitations)
    .leftJoin(inviter, eq(inviter.id, invitations.invitedById))
    .where(eq(invitations.cohortId, scope.cohortId))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
}

export interface CreatedInvitation {
  id: string;
  email: string;
  role: MembershipRole;
  /** The only copy of the secret: goes into the link, never into the database. */
  token: string;
  expiresAt: Date;
  cohortName: string;
  organisationName: string;
  invitedByName: string;
}

/**
 * Creates a single-use invitation (32 random bytes, 7 days). Inviting someone who is already a
 * member is a CONFLICT; inviting the same address again revokes the earlier pending link, so at
 * most one works per person and cohort.
 */
export async function createInvitation(
  db: Db,
  scope: LeadScope,
  input: { email: string; role: MembershipRole; now: Date },
): Promise<CreatedInvitation> {
  const email = normaliseEmail(input.email);
  const token = randomBytes(32).toString("base64url");
  const expiresAt = new Date(input.now.getTime() + invitationTtlMs);
  return db.transaction(async (tx) => {
    const [member] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.cohortId, scope.cohortId), eq(users.email, email)))
      .limit(1);
    if (member) {
      throw conflict(`${email} is already a member of this cohort (${member.role}).`);
    }
    const replaced = await tx
      .update(invitations)
      .set({ revokedAt: input.now })
      .where(
        and(
          eq(invitations.cohortId, scope.cohortId),
          eq(invitations.email, email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
        ),
      )
      .returning({ id: invitations.id });
    const [row] = await tx
      .insert(invitations)
      .values({
        cohortId: scope.cohortId,
        email,
        role: input.role,
        tokenHash: hashInvitationToken(token),
        invitedById: scope.leadId,
        expiresAt,
        createdAt: input.now,
      })
      .returning({ id: invitations.id });
    if (!row) throw new Error("insert into invitations returned no row");
    const [names] = await tx
      .select({ cohortName: cohorts.name, organisationName: organisations.name, lead: users.name })
      .from(cohorts)
      .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
      .innerJoin(users, eq(users.id, scope.leadId))
      .where(eq(cohorts.id, scope.cohortId));
    if (!names) throw notFound("Cohort not found.");
    await recordAuditEvent(tx, {
      actorId: scope.leadId,
      action: "invitation.created",
      cohortId: scope.cohortId,
      subjectType: "invitation",
      subjectId: row.id,
      data: { email, role: input.role, replaced: replaced.map((r) => r.id) },
    });
    return {
      id: row.id,
      email,
      role: input.role,
      token,
      expiresAt,
      cohortName: names.cohortName,
      organisationName: names.organisationName,
      invitedByName: names.lead,
    };
  });
}

/** Withdraws a pending invitation; revoking twice is a no-op, an accepted one is a CONFLICT. */
export async function revokeInvitation(
  db: Db,
  scope: LeadScope,
  input: { invitationId: string; now: Date },
): Promise<{ id: string; status: "revoked" }> {
  if (!isUuid(input.invitationId)) throw notFound("Invitation not found.");
  return db.transaction(async (tx) => {
    const [invitation] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.cohortId, scope.cohortId)))
      .for("update");
    if (!invitation) throw notFound("Invitation not found.");
    if (invitation.acceptedAt) {
      throw conflict("This invitation has already been accepted; remove the member instead.");
    }
    if (invitation.revokedAt) return { id: invitation.id, status: "revoked" as const };
    await tx
      .update(invitations)
      .set({ revokedAt: input.now })
      .where(eq(invitations.id, invitation.id));
    await recordAuditEvent(tx, {
      actorId: scope.leadId,
      action: "invitation.revoked",
      cohortId: scope.cohortId,
      subjectType: "invitation",
      subjectId: invitation.id,
      data: { email: invitation.email, role: invitation.role },
    });
    return { id: invitation.id, status: "revoked" as const };
  });
}

export type InvitationLinkStatus = "valid" | "expired" | "used" | "revoked";

export interface InvitationPreview {
  email: string;
  role: MembershipRole;
  cohortName: string;
  organisationName: string;
  status: InvitationLinkStatus;
  /**
   * Only for a caller who proved they read the invited address's mail (and so owns it): whether
   * that address already has an account with a password, i.e. "sign in" rather than "create".
   */
  proven?: { hasAccount: boolean };
}

async function findByToken(db: Db, token: string) {
  const [row] = await db
    .select({
      invitation: invitations,
      cohortName: cohorts.name,
      organisationName: organisations.name,
    })
    .from(invitations)
    .innerJoin(cohorts, eq(cohorts.id, invitations.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(eq(invitations.tokenHash, hashInvitationToken(token)))
    .limit(1);
  if (!row) throw notFound("This invitation link is not valid. Ask your team lead for a new one.");
  return row;
}

function linkStatus(
  invitation: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date },
  now: Date,
): InvitationLinkStatus {
  if (invitation.acceptedAt) return "used";
  if (invitation.revokedAt) return "revoked";
  if (invitation.expiresAt.getTime() <= now.getTime()) return "expired";
  return "valid";
}

/**
 * What the invitation page shows before accepting. Unknown tokens are NOT_FOUND. Whether the
 * address already has an account only to a caller who proved they own it (`isAddressProven`):
 * whoever merely holds a link (any lead can make one for any address) must not learn who uses
 * Debrief.
 */
export async function previewInvitation(
  db: Db,
  input: { token: string; now: Date; isAddressProven?: boolean },
): Promise<InvitationPreview> {
  const row = await findByToken(db, input.token);
  const status = linkStatus(row.invitation, input.now);
  const preview: InvitationPreview = {
    email: row.invitation.email,
    role: row.invitation.role,
    cohortName: row.cohortName,
    organisationName: row.organisationName,
    status,
  };
  if (input.isAddressProven && status === "valid") {
    const [account] = await db
      .select({ id: users.id })
      .from(users)
      .where(and(eq(users.email, row.invitation.email), sql`${users.passwordHash} is not null`))
      .limit(1);
    preview.proven = { hasAccount: account !== undefined };
  }
  return preview;
}

/** Invitation emails (the first included) per invitation per hour; past this, none is sent. */
export const invitationEmailsPerHour = 3;

/**
 * Emails the invitation again, to the invited address only, with a link that proves the address
 * (`secretUrl`, made by the caller). This is how someone holding a copied link goes on: the
 * answer is the same whether or not the address has an account, and whether or not the hourly
 * limit held the email back. A link that no longer works gets its usual error.
 */
export async function emailInvitationAgain(
  db: Db,
  input: { token: string; secretUrl: string; origin: string; now: Date },
): Promise<{ email: string; isSent: boolean }> {
  const found = await findByToken(db, input.token);
  const status = linkStatus(found.invitation, input.now);
  if (status !== "valid") throw unusableError(status);
  const invitation = found.invitation;
  const hourAgo = new Date(input.now.getTime() - 60 * 60 * 1000);
  return db.transaction(async (tx) => {
    // One request at a time per invitation, so concurrent ones cannot all slip under the limit.
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`invite-mail:${invitation.id}`}))`,
    );
    const [recent] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(
        and(
          eq(mailOutbox.kind, "invitation"),
          sql`${mailOutbox.data}->>'invitationId' = ${invitation.id}`,
          gt(mailOutbox.createdAt, hourAgo),
        ),
      );
    if ((recent?.n ?? 0) >= invitationEmailsPerHour)
      return { email: invitation.email, isSent: false };
    const [inviter] = invitation.invitedById
      ? await tx
          .select({ name: users.name })
          .from(users)
          .where(eq(users.id, invitation.invitedById))
      : [];
    await enqueueMail(tx, {
      toAddress: invitation.email,
      kind: "invitation",
      origin: input.origin,
      data: {
        invitationId: invitation.id,
        secretUrl: input.secretUrl,
        role: invitation.role,
        cohortName: found.cohortName,
        organisationName: found.organisationName,
        invitedByName: inviter?.name ?? "Your team lead",
        expiresAt: invitation.expiresAt.toISOString(),
      },
    });
    return { email: invitation.email, isSent: true };
  });
}

function unusableError(status: InvitationLinkStatus): DomainError {
  switch (status) {
    case "used":
      return conflict("This invitation has already been used.");
    case "expired":
      return badRequest("This invitation has expired. Ask your team lead for a new one.");
    default:
      return badRequest("This invitation was withdrawn. Ask your team lead for a new one.");
  }
}

export interface AcceptInvitationInput {
  token: string;
  /** The signed-in user, if any: required when the address already has an account. */
  sessionUserId: string | null;
  /**
   * The caller followed a link only the invited address received. A new account (or a first
   * password) is then marked proven; without it the account stays claimable by the address's
   * owner through a password reset.
   */
  isAddressProven?: boolean;
  name?: string;
  password?: string;
  now: Date;
}

export interface AcceptedInvitation {
  userId: string;
  email: string;
  role: MembershipRole;
  isNewAccount: boolean;
}

/**
 * Accepts an invitation: creates the account (or sets the password of an account that has
 * none), or — for an address whose account already has a password — requires the caller to be
 * signed in as that account. A caller signed in as anyone else is refused, the same way whether
 * or not the address has an account. The web app creates accounts only for callers holding the
 * emailed link's proof (`isAddressProven`), so they start proven; anyone else is sent to the
 * email (see emailInvitationAgain). Not "accept by typing that account's password": that would make
 * this public endpoint a password oracle outside the sign-in rate limiter.
 *
 * The link is claimed with one conditional UPDATE (unused, not revoked, not expired) inside the
 * transaction that creates the membership, so two concurrent accepts cannot both succeed.
 */
export async function acceptInvitation(
  db: Db,
  input: AcceptInvitationInput,
): Promise<AcceptedInvitation> {
  const found = await findByToken(db, input.token);
  const status = linkStatus(found.invitation, input.now);
  if (status !== "valid") throw unusableError(status);
  const email = found.invitation.email;
  const [existing] = await db
    .select({ id: users.id, hasPassword: sql<boolean>`${users.passwordHash} is not null` })
    .from(users)
    .where(eq(users.email, email))
    .limit(1);

  // A concurrent accept of this link may have just created the account: then the link is used,
  // and saying so beats asking this caller to sign in as someone else.
  const refuseUnlessUsed = async (message: string): Promise<never> => {
    const [current] = await db
      .select()
      .from(invitations)
      .where(eq(invitations.id, found.invitation.id));
    const now = current ? linkStatus(current, input.now) : "revoked";
    if (now !== "valid") throw unusableError(now);
    throw forbidden(message);
  };
  let passwordHash: string | null = null;
  if (input.sessionUserId && input.sessionUserId !== existing?.id) {
    // Signed in as someone else: the same answer whether or not the address has an account.
    await refuseUnlessUsed(
      `This invitation is for ${email}. Sign out, then open this link again to accept it as ${email}.`,
    );
  }
  if (existing?.hasPassword) {
    if (input.sessionUserId !== existing.id) {
      await refuseUnlessUsed(
        `Sign in as ${email} to accept this invitation, then open this link again. If you have forgotten that account's password, reset it from the sign-in page.`,
      );
    }
  } else {
    const password = input.password ?? "";
    if (!existing && !input.name?.trim()) throw badRequest("name: enter your name.");
    const problem = passwordProblem(password, { email, name: input.name });
    if (problem) throw badRequest(`password: ${problem}`);
    // Hashed before the transaction: argon2 is deliberately slow and must not hold row locks.
    passwordHash = await hashPassword(password);
  }

  return db.transaction(async (tx) => {
    const [claimed] = await tx
      .update(invitations)
      .set({ acceptedAt: input.now })
      .where(
        and(
          eq(invitations.id, found.invitation.id),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, input.now),
        ),
      )
      .returning({ id: invitations.id });
    if (!claimed) {
      // Lost a race (or the state changed since the check above): say what happened.
      const [current] = await tx
        .select()
        .from(invitations)
        .where(eq(invitations.id, found.invitation.id));
      throw unusableError(current ? linkStatus(current, input.now) : "revoked");
    }

    let userId: string;
    let isNewAccount = false;
    if (existing) {
      userId = existing.id;
      if (passwordHash) {
        // Only an account that never had a password gets one here (checked under the row lock).
        const updated = await tx
          .update(users)
          .set({
            passwordHash,
            ...(input.name?.trim() ? { name: input.name.trim() } : {}),
            ...(input.isAddressProven ? { emailVerifiedAt: input.now } : {}),
          })
          .where(and(eq(users.id, existing.id), isNull(users.passwordHash)))
          .returning({ id: users.id });
        if (updated.length === 0) {
          throw conflict(`${email} already has a password. Sign in as ${email} to accept.`);
        }
      }
    } else {
      const [created] = await tx
        .insert(users)
        .values({
          email,
          name: input.name?.trim() ?? email,
          passwordHash,
          emailVerifiedAt: input.isAddressProven ? input.now : null,
        })
        .onConflictDoNothing({ target: users.email })
        .returning({ id: users.id });
      if (!created) {
        throw conflict(`An account for ${email} was just created. Sign in to accept.`);
      }
      userId = created.id;
      isNewAccount = true;
    }

    await tx
      .update(invitations)
      .set({ acceptedById: userId })
      .where(eq(invitations.id, claimed.id));
    const [inserted] = await tx
      .insert(memberships)
      .values({ userId, cohortId: found.invitation.cohortId, role: found.invitation.role })
      .onConflictDoNothing({ target: [memberships.userId, memberships.cohortId] })
      .returning({ role: memberships.role });
    // Already a member (joined another way since the invitation was sent): keep their role.
    let role = inserted?.role;
    if (!role) {
      const [current] = await tx
        .select({ role: memberships.role })
        .from(memberships)
        .where(
          and(eq(memberships.userId, userId), eq(memberships.cohortId, found.invitation.cohortId)),
        );
      role = current?.role ?? found.invitation.role;
    }
    await recordAuditEvent(tx, {
      actorId: userId,
      action: "invitation.accepted",
      cohortId: found.invitation.cohortId,
      subjectType: "invitation",
      subjectId: claimed.id,
      data: { email, role, isNewAccount },
    });
    return { userId, email, role, isNewAccount };
  });
}
