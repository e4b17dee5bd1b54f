import { readFileSync } from "node:fs";
import path from "node:path";
import {
  addMembership,
  connectDb,
  createCohortWithMembers,
  createOrganisation,
  createUser,
  TEST_PASSWORD,
} from "@debrief/db/testing";

// The demo seed has one organisation; the page matrix also needs callers from another one and a
// member of two. They are made with the same factories as the unit tests, in the database the
// e2e server uses: E2E_DATABASE_URL when set, else its embedded server (the data folder that
// playwright.config.ts gives it records the port and password, as for `pnpm db:backup`).
const dataDir = path.join(import.meta.dirname, "..", "..", ".data", "e2e");

function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const port = readFileSync(path.join(dataDir, "pg-port"), "utf8").trim();
  const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/debrief`;
}

export interface OtherOrganisation {
  /** Sign-in emails; every account's password is `password`. */
  emails: { candidate: string; coach: string; lead: string; twoOrgMember: string };
  password: string;
}

/**
 * A fresh organisation with a candidate, a coach and a lead, plus a member of two organisations:
 * a candidate in `alsoInCohortId` (a cohort of the demo organisation) and a coach here.
 */
export async function createOtherOrganisation(alsoInCohortId: string): Promise<OtherOrganisation> {
  const { db, pool } = connectDb(e2eDatabaseUrl());
  try {
    const tag = `${Date.now()}-${process.pid}`;
    const organisation = await createOrganisation(db, { name: `Elsewhere Ltd ${tag}` });
    const twoOrgMember = await createUser(db, {
      email: `two-orgs-${tag}@example.test`,
      name: "Tove Two-Orgs",
    });
    const cohort = await createCohortWithMembers(db, {
      organisationId: organisation.id,
      name: `Elsewhere cohort ${tag}`,
      leads: [{ email: `other-lead-${tag}@example.test`, name: "Olu Other-Lead" }],
      coaches: [
        { email: `other-coach-${tag}@example.test`, name: "Ona Other-Coach" },
        twoOrgMember,
      ],
      candidates: [{ email: `other-candidate-${tag}@example.test`, name: "Oren Other-Candidate" }],
    });
    await addMembership(db, {
      userId: twoOrgMember.id,
      cohortId: alsoInCohortId,
      role: "candidate",
    });
    const email = (user: { email: string } | undefined) => {
      if (!user) throw new Error("fixture");
      return user.email;
    };
    return {
      emails: {
        candidate: email(cohort.candidates[0]),
        coach: email(cohort.coaches[0]),
        lead: email(cohort.leads[0]),
        twoOrgMember: twoOrgMember.email,
      },
      password: TEST_PASSWORD,
    };
  } finally {
    await pool.end();
  }
}
