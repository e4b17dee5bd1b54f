import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { auditEvents } from "../schema/audit-events.ts";
import { users } from "../schema/users.ts";
import { createCohort, createUser } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { recordAuditEvent } from "./audit-events.ts";

describe("recordAuditEvent", () => {
  const testDb = useTestDatabase();

  test("records the event and keeps it after the actor is deleted", async () => {
    const { db } = testDb;
    const actor = await createUser(db);
    const cohort = await createCohort(db);
    const { id } = await recordAuditEvent(db, {
      actorId: actor.id,
      action: "membership.role_changed",
      cohortId: cohort.id,
      subjectType: "membership",
      subjectId: "m-1",
      data: { from: "candidate", to: "coach" },
    });
    await db.delete(users).where(eq(users.id, actor.id));
    const [event] = await db.select().from(auditEvents).where(eq(auditEvents.id, id));
    expect(event).toMatchObject({
      actorId: null,
      action: "membership.role_changed",
      cohortId: cohort.id,
      data: { from: "candidate", to: "coach" },
    });
  });
});
