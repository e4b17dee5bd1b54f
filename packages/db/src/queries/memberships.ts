import { and, asc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { cohorts } from "../schema/cohorts.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { isUuid } from "./users.ts";

export interface MembershipSummary {
  cohortId: string;
  cohortName: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
}

export function listMembershipsForUser(db: Db, userId: string): Promise<MembershipSummary[]> {
  if (!isUuid(userId)) return Promise.resolve([]);
  return db
    .select({
      cohortId: cohorts.id,
      cohortName: cohorts.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(cohorts, eq(cohorts.id, memberships.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(cohorts.name));
}

/**
 * The caller's role in one cohort, or null when they are not a member: the server-side check
 * behind every cohort-scoped procedure (a JWT may carry a stale role).
 */
export async function getMembership(
  db: Db,
  { userId, cohortId }: { userId: string; cohortId: string },
): Promise<{ id: string; userId: string; cohortId: string; role: MembershipRole } | null> {
  if (!isUuid(userId) || !isUuid(cohortId)) return null;
  const [membership] = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      cohortId: memberships.cohortId,
      role: memberships.role,
    })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.cohortId, cohortId)))
    .limit(1);
  return membership ?? null;
}
