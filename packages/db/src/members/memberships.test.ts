import { describe, expect, test } from "vitest";
import {
  addMembership,
  createCohort,
  createCohortWithMembers,
  createOrganisation,
  createUser,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { getActor, getMembership, listMembershipsForUser } from "./memberships.ts";

describe("membership queries", () => {
  const testDb = useTestDatabase();

  test("one person holds different roles in different cohorts, with cohort and organisation names", async () => {
    const { db } = testDb;
    const org = await createOrganisation(db, { name: "Acme" });
    const person = await createUser(db);
    const backend = await createCohort(db, { organisationId: org.id, name: "Backend" });
    const frontend = await createCohort(db, { organisationId: org.id, name: "Frontend" });
    await addMembership(db, { userId: person.id, cohortId: backend.id, role: "coach" });
    await addMembership(db, { userId: person.id, cohortId: frontend.id, role: "candidate" });
    await createCohortWithMembers(db, { organisationId: org.id, name: "Someone else's" });

    expect(await listMembershipsForUser(db, person.id)).toEqual([
      {
        cohortId: backend.id,
        cohortName: "Backend",
        organisationId: org.id,
        organisationName: "Acme",
        role: "coach",
      },
      {
        cohortId: frontend.id,
        cohortName: "Frontend",
        organisationId: org.id,
        organisationName: "Acme",
        role: "candidate",
      },
    ]);
    expect(await listMembershipsForUser(db, "nonsense")).toEqual([]);
    // The one-statement read the procedure ladder uses agrees with the two separate ones.
    expect(await getActor(db, person.id)).toEqual({
      id: person.id,
      email: person.email,
      name: person.name,
      memberships: await listMembershipsForUser(db, person.id),
    });
  });

  test("getActor: no memberships is an empty list; unknown or malformed ids are null", async () => {
    const { db } = testDb;
    const loner = await createUser(db);
    expect(await getActor(db, loner.id)).toEqual({
      id: loner.id,
      email: loner.email,
      name: loner.name,
      memberships: [],
    });
    expect(await getActor(db, "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await getActor(db, "nonsense")).toBeNull();
  });

  test("one role per person per cohort", async () => {
    const { db } = testDb;
    const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const [candidate] = candidates;
    if (!candidate) throw new Error("no candidate");
    await expect(
      addMembership(db, { userId: candidate.id, cohortId: cohort.id, role: "coach" }),
    ).rejects.toThrow();
  });

  test("getMembership finds the role in that cohort and nothing for a foreign one", async () => {
    const { db } = testDb;
    const mine = await createCohortWithMembers(db, { coaches: 1, candidates: 0 });
    const foreign = await createCohortWithMembers(db, { coaches: 1, candidates: 0 });
    const [coach] = mine.coaches;
    if (!coach) throw new Error("no coach");
    expect(await getMembership(db, { userId: coach.id, cohortId: mine.cohort.id })).toMatchObject({
      role: "coach",
      userId: coach.id,
      cohortId: mine.cohort.id,
    });
    expect(await getMembership(db, { userId: coach.id, cohortId: foreign.cohort.id })).toBeNull();
    expect(await getMembership(db, { userId: coach.id, cohortId: "x" })).toBeNull();
  });

  test("createCohortWithMembers reuses an existing user across cohorts", async () => {
    const { db } = testDb;
    const lead = await createUser(db);
    const org = await createOrganisation(db);
    await createCohortWithMembers(db, { organisationId: org.id, leads: [lead] });
    await createCohortWithMembers(db, { organisationId: org.id, leads: [lead] });
    const roles = (await listMembershipsForUser(db, lead.id)).map((m) => m.role);
    expect(roles).toEqual(["lead", "lead"]);
  });
});
