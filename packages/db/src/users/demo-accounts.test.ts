import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { organisations } from "../schema/organisations.ts";
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from "../demo/organisation.ts";
import { createCohortWithMembers } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_LEAD_EMAIL, listDemoAccounts } from "./demo-accounts.ts";

describe("listDemoAccounts", () => {
  const testDb = useTestDatabase();

  test("is empty before the seed, lists each demo person once after it, and never real users", async () => {
    const { db } = testDb;
    expect(await listDemoAccounts(db)).toEqual([]);
    await seedDemoIfEmpty(db);
    await createCohortWithMembers(db, { coaches: 1, candidates: 2 });

    const accounts = await listDemoAccounts(db);
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    expect(accounts[0]).toEqual({ email: DEMO_LEAD_EMAIL, name: "Priya Raman", role: "lead" });
    expect(accounts.map((a) => a.email).sort()).toEqual(DEMO_ACCOUNTS.map((a) => a.email).sort());
    expect(accounts.filter((a) => a.role === "coach")).toHaveLength(2);
  });

  test("disappears when the demo organisation is removed", async () => {
    const { db } = testDb;
    expect((await listDemoAccounts(db)).length).toBeGreaterThan(0);
    await db.delete(organisations).where(eq(organisations.isDemo, true));
    expect(await listDemoAccounts(db)).toEqual([]);
  });
});
