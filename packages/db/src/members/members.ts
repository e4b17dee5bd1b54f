import { and, asc, eq, sql } from "drizzle-orm";
import { revokeUserSessions } from "../auth/sessions.ts";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { isUuid } from "../users/users.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { users } from "../schema/users.ts";

/**
 * Who is leading: the lead and the one cohort the call is about (the router has already checked
 * the lead role in it). Every lead query and command takes it.
 */
export interface LeadScope {
  leadId: string;
  cohortId: string;
}

export interface CohortMemberRow {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  joinedAt: Date;
  /** False for an account created without a password (it cannot sign in yet). */
  hasPassword: boolean;
}

/** Everyone in the lead's cohort: leads, then coaches, then candidates, each by name. */
export function listMembersForLead(db: Db, scope: LeadScope): Promise<CohortMemberRow[]> {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
      hasPassword: sql<boolean>`${users.passwordHash} is not null`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.cohortId, scope.cohortId))
    .orderBy(
      sql`case ${memberships.role} when 'lead' then 0 when 'coach' then 1 else 2 end`,
      asc(users.name),
      asc(users.id),
    );
}

/**
 * Locks the cohort's lead memberships and the target's, so two leads demoting or removing each
 * other at once cannot both pass the last-lead check and leave the cohort with nobody to run it.
 */
async function lockForMemberChange(
  tx: Db,
  scope: LeadScope,
  userId: string,
): Promise<{ target: { id: string; role: MembershipRole }; leadCount: number }> {
  if (!isUuid(userId)) throw notFound("Member not found in this cohort.");
  const rows = await tx
    .select({ id: memberships.id, userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.cohortId, scope.cohortId),
        sql`(${memberships.role} = 'lead' or ${memberships.userId} = ${userId})`,
      ),
    )
    .orderBy(asc(memberships.id))
    .for("update");
  const target = rows.find((row) => row.userId === userId);
  if (!target) throw notFound("Member not found in this cohort.");
  return { target, leadCount: rows.filter((row) => row.role === "lead").length };
}

function lastLeadMessage(scope: LeadScope, userId: string, verb: "remove" | "demote"): string {
  const who = userId === scope.leadId ? "yourself" : "the last team lead";
  return `You can't ${verb} ${who}: every cohort needs at least one team lead. Make someone else a lead first.`;
}

/** Sets a member's role in the lead's cohort; the cohort always keeps at least one lead. */
export async function changeMemberRole(
  db: Db,
  scope: LeadScope,
  input: { userId: string; role: MembershipRole },
): Promise<{ userId: string; role: MembershipRole; previousRole: MembershipRole }> {
  return db.transaction(async (tx) => {
    const { target, leadCount } = await lockForMemberChange(tx, scope, input.userId);
    if (target.role === input.role) {
      return { userId: input.userId, role: input.role, previousRole: target.role };
    }
    if (target.role === "lead" && leadCount <= 1) {
      throw badRequest(lastLeadMessage(scope, input.userId, "demote"));
    }
    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.id, target.id));
    await recordAuditEvent(tx, {
      actorId: scope.leadId,
      action: "membership.role_changed",
      cohortId: scope.cohortId,
      subjectType: "user",
      subjectId: input.userId,
      data: { from: target.role, to: input.role },
    });
    return { userId: input.userId, role: input.role, previousRole: target.role };
  });
}

/**
 * Removes a member from the lead's cohort. Their answers stay (the cohort's history and the
 * coach's reviews are the cohort's); sessions carry only the user id and every procedure re-reads
 * memberships, so the removal applies from their very next request.
 */
export async function removeMember(
  db: Db,
  scope: LeadScope,
  input: { userId: string },
): Promise<{ userId: string; role: MembershipRole }> {
  return db.transaction(async (tx) => {
    const { target, leadCount } = await lockForMemberChange(tx, scope, input.userId);
    if (target.role === "lead" && leadCount <= 1) {
      throw badRequest(lastLeadMessage(scope, input.userId, "remove"));
    }
    await tx.delete(memberships).where(eq(memberships.id, target.id));
    // Their signed-in browsers are signed out at once: a removed member holds no session
    // from the time they belonged (they sign in again for any cohort they still belong to).
    await revokeUserSessions(tx, input.userId);
    await recordAuditEvent(tx, {
      actorId: scope.leadId,
      action: "membership.removed",
      cohortId: scope.cohortId,
      subjectType: "user",
      subjectId: input.userId,
      data: { role: target.role },
    });
    return { userId: input.userId, role: target.role };
  });
}
