import { asc, count, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { notFound } from "../errors.ts";
import { cohorts } from "../schema/cohorts.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";

export interface CohortOverview {
  id: string;
  name: string;
  organisationName: string;
  counts: Record<MembershipRole, number>;
}

/** A cohort's name, organisation and head count per role. The caller checks membership. */
export async function getCohortOverview(
  db: Db,
  { cohortId }: { cohortId: string },
): Promise<CohortOverview> {
  const [cohort] = await db
    .select({ id: cohorts.id, name: cohorts.name, organisationName: organisations.name })
    .from(cohorts)
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(eq(cohorts.id, cohortId))
    .limit(1);
  if (!cohort) throw notFound("Cohort not found.");
  const rows = await db
    .select({ role: memberships.role, total: count() })
    .from(memberships)
    .where(eq(memberships.cohortId, cohortId))
    .groupBy(memberships.role);
  const counts: Record<MembershipRole, number> = { candidate: 0, coach: 0, lead: 0 };
  for (const row of rows) counts[row.role] = row.total;
  return { ...cohort, counts };
}

export interface CohortMember {
  userId: string;
  name: string;
  email: string;
  role: MembershipRole;
  joinedAt: Date;
}

/** Everyone in a cohort, leads and coaches first, then by name. */
export function listCohortMembers(
  db: Db,
  { cohortId }: { cohortId: string },
): Promise<CohortMember[]> {
  return db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.cohortId, cohortId))
    .orderBy(asc(memberships.role), asc(users.name));
}
