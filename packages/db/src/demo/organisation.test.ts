import { count, countDistinct, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { verifyPassword } from "../auth/password.ts";
import { findUserByEmail } from "../users/users.ts";
import { cohorts } from "../schema/cohorts.ts";
import { memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { users } from "../schema/users.ts";
import { createTestDatabase } from "../testing/test-database.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { createUser } from "../testing/factories.ts";
import {
  DEMO_CANDIDATE_EMAIL,
  DEMO_COACH_EMAIL,
  DEMO_COHORT_NAMES,
  DEMO_LEAD_EMAIL,
  DEMO_PASSWORD,
} from "../users/demo-accounts.ts";
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from "./organisation.ts";

describe("seedDemoIfEmpty", () => {
  const testDb = useTestDatabase();

  test("seeds one demo organisation once; a second run seeds nothing", async () => {
    const { db } = testDb;
    expect(await seedDemoIfEmpty(db)).toBe(true);
    expect(await seedDemoIfEmpty(db)).toBe(false);

    const orgs = await db.select().from(organisations);
    expect(orgs).toHaveLength(1);
    expect(orgs[0]?.isDemo).toBe(true);
    const cohortRows = await db.select().from(cohorts).orderBy(cohorts.name);
    expect(cohortRows.map((c) => c.name)).toEqual([...DEMO_COHORT_NAMES]);

    const byRole = await db
      .select({ role: memberships.role, people: countDistinct(memberships.userId) })
      .from(memberships)
      .groupBy(memberships.role);
    expect(Object.fromEntries(byRole.map((r) => [r.role, r.people]))).toEqual({
      lead: 1,
      coach: 2,
      candidate: 12,
    });
    const [userCount] = await db.select({ value: count() }).from(users);
    expect(userCount?.value).toBe(15);
    expect(DEMO_ACCOUNTS).toHaveLength(15);
  });

  test("the lead leads both cohorts; coach@ and candidate@ share the spring cohort", async () => {
    const { db } = testDb;
    const rows = await db
      .select({ email: users.email, cohort: cohorts.name, role: memberships.role })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .innerJoin(cohorts, eq(cohorts.id, memberships.cohortId));
    const cohortsOf = (email: string) =>
      rows.filter((r) => r.email === email).map((r) => `${r.cohort}:${r.role}`);
    expect(cohortsOf(DEMO_LEAD_EMAIL).sort()).toEqual(
      DEMO_COHORT_NAMES.map((name) => `${name}:lead`).sort(),
    );
    expect(cohortsOf(DEMO_COACH_EMAIL)).toEqual([`${DEMO_COHORT_NAMES[0]}:coach`]);
    expect(cohortsOf(DEMO_CANDIDATE_EMAIL)).toEqual([`${DEMO_COHORT_NAMES[0]}:candidate`]);
    const perCohort = DEMO_COHORT_NAMES.map(
      (name) => rows.filter((r) => r.cohort === name && r.role === "candidate").length,
    );
    expect(perCohort).toEqual([6, 6]);
  });

  test("every demo account signs in with the demo password", async () => {
    for (const account of DEMO_ACCOUNTS) {
      const user = await findUserByEmail(testDb.db, account.email);
      expect(user?.passwordHash, account.email).toBeTruthy();
      expect(await verifyPassword(user?.passwordHash ?? "", DEMO_PASSWORD)).toBe(true);
    }
  });

  test("never seeds a database that already has users", async () => {
    const other = await createTestDatabase();
    try {
      await createUser(other.db, { email: "real.person@example.com" });
      expect(await seedDemoIfEmpty(other.db)).toBe(false);
      expect(await other.db.select().from(organisations)).toHaveLength(0);
    } finally {
      await other.close();
    }
  });
});
