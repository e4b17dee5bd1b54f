import { sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { countUsers } from "../users/users.ts";
import type { MembershipRole } from "../schema/memberships.ts";
import {
  DEMO_CANDIDATE_EMAIL,
  DEMO_COACH_EMAIL,
  DEMO_COHORT_NAMES,
  DEMO_LEAD_EMAIL,
  DEMO_ORGANISATION_NAME,
  DEMO_PASSWORD,
} from "../users/demo-accounts.ts";
import {
  createCohortWithMembers,
  createOrganisation,
  createUser,
  type CreateUserInput,
} from "../testing/factories.ts";

interface DemoUser {
  email: string;
  name: string;
}

const lead: DemoUser = { email: DEMO_LEAD_EMAIL, name: "Priya Raman" };
const springCoach: DemoUser = { email: DEMO_COACH_EMAIL, name: "Marcus Oyelaran" };
const autumnCoach: DemoUser = {
  email: "ingrid.solberg@demo.debrief.dev",
  name: "Ingrid Solberg",
};
const springCandidates: DemoUser[] = [
  { email: DEMO_CANDIDATE_EMAIL, name: "Alex Moreno" },
  { email: "aisha.bello@demo.debrief.dev", name: "Aisha Bello" },
  { email: "tomas.herrera@demo.debrief.dev", name: "Tomás Herrera" },
  { email: "mei.lin@demo.debrief.dev", name: "Mei Lin" },
  { email: "jonas.becker@demo.debrief.dev", name: "Jonas Becker" },
  { email: "kwame.mensah@demo.debrief.dev", name: "Kwame Mensah" },
];
const autumnCandidates: DemoUser[] = [
  { email: "hannah.okafor@demo.debrief.dev", name: "Hannah Okafor" },
  { email: "ravi.subramanian@demo.debrief.dev", name: "Ravi Subramanian" },
  { email: "lucia.ferreira@demo.debrief.dev", name: "Lucía Ferreira" },
  { email: "daniel.kowalski@demo.debrief.dev", name: "Daniel Kowalski" },
  { email: "yuki.tanaka@demo.debrief.dev", name: "Yuki Tanaka" },
  { email: "sam.obrien@demo.debrief.dev", name: "Sam O'Brien" },
];

/** Every demo login, for e2e and docs; all use DEMO_PASSWORD. */
export const DEMO_ACCOUNTS: readonly { email: string; name: string; role: MembershipRole }[] = [
  { ...lead, role: "lead" },
  { ...springCoach, role: "coach" },
  { ...autumnCoach, role: "coach" },
  ...[...springCandidates, ...autumnCandidates].map((c) => ({ ...c, role: "candidate" as const })),
];

// Distinct from createDb's migrate lock: this one guards the seed when called on its own.
const seedLockKey = 4_242_017_002;

/**
 * Creates the demo organisation when the database has no users at all, in one transaction.
 * Returns whether it seeded; any later start (or a database with real users) is left alone.
 */
export async function seedDemoIfEmpty(db: Db): Promise<boolean> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${seedLockKey})`);
    if ((await countUsers(tx)) > 0) return false;

    const withPassword = (spec: DemoUser): CreateUserInput => ({
      ...spec,
      password: DEMO_PASSWORD,
    });
    const organisation = await createOrganisation(tx, {
      name: DEMO_ORGANISATION_NAME,
      isDemo: true,
    });
    const leadUser = await createUser(tx, withPassword(lead));
    await createCohortWithMembers(tx, {
      organisationId: organisation.id,
      name: DEMO_COHORT_NAMES[0],
      leads: [leadUser],
      coaches: [withPassword(springCoach)],
      candidates: springCandidates.map(withPassword),
    });
    await createCohortWithMembers(tx, {
      organisationId: organisation.id,
      name: DEMO_COHORT_NAMES[1],
      leads: [leadUser],
      coaches: [withPassword(autumnCoach)],
      candidates: autumnCandidates.map(withPassword),
    });
    return true;
  });
}
