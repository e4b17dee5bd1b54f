import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { cohorts } from "../schema/cohorts.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";

export interface DemoAccount {
  email: string;
  name: string;
  role: MembershipRole;
}

/**
 * Sign-in hints for the demo organisation: members of its cohorts, leads first. Empty once the
 * demo organisation is deleted, so a real install stops advertising demo credentials.
 */
export async function listDemoAccounts(db: Db): Promise<DemoAccount[]> {
  const rows = await db
    .select({ email: users.email, name: users.name, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(cohorts, eq(cohorts.id, memberships.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(eq(organisations.isDemo, true))
    // Enum order is candidate < coach < lead, so desc lists leads first.
    .orderBy(desc(memberships.role), asc(users.name));
  // The lead leads several cohorts: one entry per person, with their highest role.
  const seen = new Set<string>();
  return rows.filter((row) => {
    if (seen.has(row.email)) return false;
    seen.add(row.email);
    return true;
  });
}
