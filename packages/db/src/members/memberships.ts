import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { cohorts } from "../schema/cohorts.ts";
import { type MembershipRole, memberships } from "../schema/memberships.ts";
import { organisations } from "../schema/organisations.ts";
import { sessions } from "../schema/sessions.ts";
import { users } from "../schema/users.ts";
import { isUuid } from "../users/users.ts";

export interface MembershipSummary {
  cohortId: string;
  cohortName: string;
  organisationId: string;
  organisationName: string;
  role: MembershipRole;
}

export function listMembershipsForUser(db: Db, userId: string): Promise<MembershipSummary[]> {
  if (!isUuid(userId)) return Promise.resolve([]);
  return db
    .select({
      cohortId: cohorts.id,
      cohortName: cohorts.name,
      organisationId: organisations.id,
      organisationName: organisations.name,
      role: memberships.role,
    })
    .from(memberships)
    .innerJoin(cohorts, eq(cohorts.id, memberships.cohortId))
    .innerJoin(organisations, eq(organisations.id, cohorts.organisationId))
    .where(eq(memberships.userId, userId))
    .orderBy(asc(organisations.name), asc(cohorts.name));
}

/** Who is calling: the user and every membership, as the procedure ladder needs them. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  memberships: MembershipSummary[];
}

/**
 * The user and their memberships in one round trip (ordered as listMembershipsForUser), or null
 * for an unknown or malformed id. With `sessionId` (every web request has one), also null
 * unless that session is live: revoking it in one process is seen by the next request in any
 * other, at the cost of one primary-key probe inside the statement that runs anyway.
 */
export async function getActor(
  db: Db,
  userId: string,
  options: { sessionId?: string } = {},
): Promise<Actor | null> {
  if (!isUuid(userId)) return null;
  const { sessionId } = options;
  if (sessionId !== undefined && !isUuid(sessionId)) return null;
  const live =
    sessionId === undefined
      ? sql``
      : sql`and exists (
          select 1 from ${sessions} s
          where s.id = ${sessionId} and s.user_id = ${users.id} and s.expires_at > now()
        )`;
  const result = await db.execute<Actor & Record<string, unknown>>(sql`
    select ${users.id} as id, ${users.email} as email, ${users.name} as name,
      coalesce((
        select json_agg(json_build_object(
            'cohortId', c.id, 'cohortName', c.name,
            'organisationId', o.id, 'organisationName', o.name, 'role', m.role
          ) order by o.name, c.name)
        from ${memberships} m
        inner join ${cohorts} c on c.id = m.cohort_id
        inner join ${organisations} o on o.id = c.organisation_id
        where m.user_id = ${users.id}
      ), '[]'::json) as memberships
    from ${users}
    where ${users.id} = ${userId} ${live}
  `);
  return result.rows[0] ?? null;
}

/**
 * The caller's role in one cohort, or null when they are not a member: the server-side check
 * behind every cohort-scoped procedure (a JWT may carry a stale role).
 */
export async function getMembership(
  db: Db,
  { userId, cohortId }: { userId: string; cohortId: string },
): Promise<{ id: string; userId: string; cohortId: string; role: MembershipRole } | null> {
  if (!isUuid(userId) || !isUuid(cohortId)) return null;
  const [membership] = await db
    .select({
      id: memberships.id,
      userId: memberships.userId,
      cohortId: memberships.cohortId,
      role: memberships.role,
    })
    .from(memberships)
    .where(and(eq(memberships.userId, userId), eq(memberships.cohortId, cohortId)))
    .limit(1);
  return membership ?? null;
}
