import { asc, desc, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { cohorts } from "../schema/cohorts.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";

// The demo organisation's well-known sign-ins: the login page offers them while it exists, and
// the demo seed (`@debrief/db/demo`) creates them.

/** Shared by every demo account; shown on the sign-in page while the demo organisation exists. */
export const DEMO_PASSWORD = "debrief-demo";
export const DEMO_ORGANISATION_NAME = "Northwind Engineering";
export const DEMO_LEAD_EMAIL = "lead@demo.debrief.dev";
export const DEMO_COACH_EMAIL = "coach@demo.debrief.dev";
export const DEMO_CANDIDATE_EMAIL = "candidate@demo.debrief.dev";
export const DEMO_COHORT_NAMES = ["Backend cohort — spring", "Platform cohort — autumn"] as const;

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
