import { readFileSync } from "node:fs";
import path from "node:path";
import {
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

export function e2eDatabaseUrl(): string {
  if (process.env.E2E_DATABASE_URL) return process.env.E2E_DATABASE_URL;
  const port = readFileSync(path.join(dataDir, "pg-port"), "utf8").trim();
  const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
  return `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/debrief`;
}

export interface OtherOrganisation {
  /** Sign-in emails; every account's password is `password`. */
  emails: {
    candidate: string;
    coach: string;
    lead: string;
    twoOrgMember: string;
    leadOtherCohort: string;
  };
  password: string;
  /** The other organisation's cohort (its lead leads it; its coach and the two-org member coach). */
  cohortId: string;
}

/**
 * A fresh organisation with a candidate, a coach and a lead, plus a member of two organisations:
 * a coach here and a candidate in a new cohort of the organisation that holds `demoCohortId`
 * (never that cohort itself, and no existing cohort changes, so other specs see the same demo).
 * That new cohort's lead is the demo organisation's "lead of another cohort" (the demo lead
 * leads every demo cohort).
 */
export async function createOtherOrganisation(demoCohortId: string): Promise<OtherOrganisation> {
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
    const { rows } = await pool.query<{ organisation_id: string }>(
      "select organisation_id from cohorts where id = $1",
      [demoCohortId],
    );
    const demo = rows[0] && { organisationId: rows[0].organisation_id };
    if (!demo) throw new Error(`no cohort ${demoCohortId} in the e2e database`);
    const demoSide = await createCohortWithMembers(db, {
      organisationId: demo.organisationId,
      name: `Second organisation's cohort ${tag}`,
      leads: [{ email: `other-cohort-lead-${tag}@example.test`, name: "Lia Other-Cohort" }],
      coaches: 0,
      candidates: [twoOrgMember],
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
        leadOtherCohort: email(demoSide.leads[0]),
      },
      password: TEST_PASSWORD,
      cohortId: cohort.cohort.id,
    };
  } finally {
    await pool.end();
  }
}
