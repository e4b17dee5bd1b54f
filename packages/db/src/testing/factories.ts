import { randomUUID } from "node:crypto";
import { hashPassword } from "../auth/password.ts";
import type { Db } from "../client.ts";
import { normaliseEmail } from "../queries/users.ts";
import { type Cohort, cohorts } from "../schema/cohorts.ts";
import { type Membership, type MembershipRole, memberships } from "../schema/memberships.ts";
import { type NewOrganisation, type Organisation, organisations } from "../schema/organisations.ts";
import { type User, users } from "../schema/users.ts";

/** Password of every factory user unless a test passes its own. */
export const TEST_PASSWORD = "correct-horse-battery-staple";

// argon2id is deliberately slow (~20-50 ms); hash each distinct password once per process.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(password: string): Promise<string> {
  let hashed = hashCache.get(password);
  if (!hashed) {
    hashed = hashPassword(password);
    hashCache.set(password, hashed);
  }
  return hashed;
}

function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

function firstRow<T>(rows: T[], table: string): T {
  const [row] = rows;
  if (!row) throw new Error(`insert into ${table} returned no row`);
  return row;
}

export async function createOrganisation(
  db: Db,
  input: Partial<NewOrganisation> = {},
): Promise<Organisation> {
  const rows = await db
    .insert(organisations)
    .values({ name: `Organisation ${uniqueSuffix()}`, ...input })
    .returning();
  return firstRow(rows, "organisations");
}

export interface CreateUserInput {
  email?: string;
  name?: string;
  /** Plain password to hash; defaults to TEST_PASSWORD. */
  password?: string;
  /** null makes an invited user who has not set a password yet. */
  passwordHash?: string | null;
}

export async function createUser(db: Db, input: CreateUserInput = {}): Promise<User> {
  const suffix = uniqueSuffix();
  const passwordHash =
    input.passwordHash !== undefined
      ? input.passwordHash
      : await cachedHash(input.password ?? TEST_PASSWORD);
  const rows = await db
    .insert(users)
    .values({
      email: normaliseEmail(input.email ?? `user-${suffix}@example.test`),
      name: input.name ?? `Test User ${suffix}`,
      passwordHash,
    })
    .returning();
  return firstRow(rows, "users");
}

export async function createCohort(
  db: Db,
  input: { organisationId?: string; name?: string } = {},
): Promise<Cohort> {
  const organisationId = input.organisationId ?? (await createOrganisation(db)).id;
  const rows = await db
    .insert(cohorts)
    .values({ organisationId, name: input.name ?? `Cohort ${uniqueSuffix()}` })
    .returning();
  return firstRow(rows, "cohorts");
}

export async function addMembership(
  db: Db,
  input: { userId: string; cohortId: string; role: MembershipRole },
): Promise<Membership> {
  const rows = await db.insert(memberships).values(input).returning();
  return firstRow(rows, "memberships");
}

/** An existing user joins as-is; anything else describes a user to create. */
export type MemberSpec = User | CreateUserInput;
type Members = number | MemberSpec[];

export interface CreateCohortWithMembersInput {
  organisationId?: string;
  name?: string;
  leads?: Members;
  coaches?: Members;
  candidates?: Members;
}

/**
 * A cohort and its people in one call. Counts create fresh users; specs let a test (or the demo
 * seed) name them or reuse a user across cohorts. Defaults: no lead, one coach, two candidates.
 */
export async function createCohortWithMembers(
  db: Db,
  input: CreateCohortWithMembersInput = {},
): Promise<{ cohort: Cohort; leads: User[]; coaches: User[]; candidates: User[] }> {
  const cohort = await createCohort(db, { organisationId: input.organisationId, name: input.name });
  const join = async (members: Members | undefined, role: MembershipRole) => {
    const specs: MemberSpec[] =
      typeof members === "number" ? Array.from({ length: members }, () => ({})) : (members ?? []);
    const joined: User[] = [];
    // Sequential on purpose: the same `db` may be a transaction, which runs one query at a time.
    for (const spec of specs) {
      const user = "id" in spec ? spec : await createUser(db, spec);
      await addMembership(db, { userId: user.id, cohortId: cohort.id, role });
      joined.push(user);
    }
    return joined;
  };
  return {
    cohort,
    leads: await join(input.leads ?? 0, "lead"),
    coaches: await join(input.coaches ?? 1, "coach"),
    candidates: await join(input.candidates ?? 2, "candidate"),
  };
}
