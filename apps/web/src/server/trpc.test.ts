import { randomUUID } from "node:crypto";
import type { Db } from "@debrief/db";
import { createCohortWithMembers, createTestDatabase, createUser } from "@debrief/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { createCaller } from "./routers/root";

let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(async () => {
  await close();
});

const callerFor = (userId: string | null) => createCaller({ db, userId });

describe("the procedure ladder", () => {
  it("answers UNAUTHORIZED without a session", async () => {
    await expectCode(callerFor(null).me.get(), "UNAUTHORIZED");
  });

  it("answers UNAUTHORIZED for a session whose user no longer exists", async () => {
    await expectCode(callerFor(randomUUID()).me.get(), "UNAUTHORIZED");
  });

  it("returns the user with roles and cohorts re-read from the database", async () => {
    const { cohort, coaches } = await createCohortWithMembers(db, { name: "Ladder A" });
    const coach = coaches[0];
    if (!coach) throw new Error("fixture");
    const me = await callerFor(coach.id).me.get();
    expect(me).toMatchObject({ id: coach.id, email: coach.email, roles: ["coach"] });
    expect(me.memberships).toEqual([
      expect.objectContaining({ cohortId: cohort.id, cohortName: "Ladder A", role: "coach" }),
    ]);
  });

  it("lets a coach list their own cohort's members", async () => {
    const { cohort, coaches, candidates } = await createCohortWithMembers(db, { candidates: 3 });
    const coach = coaches[0];
    if (!coach) throw new Error("fixture");
    const members = await callerFor(coach.id).cohorts.members({ cohortId: cohort.id });
    expect(members.map((m) => m.userId).sort()).toEqual(
      [coach.id, ...candidates.map((c) => c.id)].sort(),
    );
  });

  it("answers FORBIDDEN when a candidate calls a coach procedure", async () => {
    const { cohort, candidates } = await createCohortWithMembers(db);
    const candidate = candidates[0];
    if (!candidate) throw new Error("fixture");
    await expectCode(callerFor(candidate.id).cohorts.members({ cohortId: cohort.id }), "FORBIDDEN");
  });

  it("answers FORBIDDEN for a coach elsewhere who is only a candidate in this cohort", async () => {
    const person = await createUser(db);
    await createCohortWithMembers(db, { coaches: [person] });
    const { cohort } = await createCohortWithMembers(db, { candidates: [person] });
    await expectCode(callerFor(person.id).cohorts.members({ cohortId: cohort.id }), "FORBIDDEN");
  });

  it("answers NOT_FOUND alike for a foreign cohort and a cohort that does not exist", async () => {
    const { coaches } = await createCohortWithMembers(db);
    const { cohort: foreign } = await createCohortWithMembers(db);
    const coach = coaches[0];
    if (!coach) throw new Error("fixture");
    const foreignError = await expectCode(
      callerFor(coach.id).cohorts.members({ cohortId: foreign.id }),
      "NOT_FOUND",
    );
    const missingError = await expectCode(
      callerFor(coach.id).cohorts.members({ cohortId: randomUUID() }),
      "NOT_FOUND",
    );
    expect(foreignError.message).toBe(missingError.message);
    await expectCode(callerFor(coach.id).cohorts.get({ cohortId: foreign.id }), "NOT_FOUND");
  });

  it("rejects malformed input with BAD_REQUEST naming the field", async () => {
    const { coaches } = await createCohortWithMembers(db);
    const coach = coaches[0];
    if (!coach) throw new Error("fixture");
    const error = await expectCode(
      callerFor(coach.id).cohorts.members({ cohortId: "not-a-uuid" }),
      "BAD_REQUEST",
    );
    expect(JSON.stringify(error.cause)).toContain("cohortId");
  });

  it("shows any member the cohort overview", async () => {
    const { cohort, candidates } = await createCohortWithMembers(db, {
      name: "Overview",
      candidates: 2,
      leads: 1,
    });
    const candidate = candidates[0];
    if (!candidate) throw new Error("fixture");
    const overview = await callerFor(candidate.id).cohorts.get({ cohortId: cohort.id });
    expect(overview).toMatchObject({
      id: cohort.id,
      name: "Overview",
      counts: { candidate: 2, coach: 1, lead: 1 },
    });
  });
});
