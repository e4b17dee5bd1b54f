import { and, asc, eq, inArray, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { isAnsweredSql } from "./candidate-assignments.ts";
import { defaultOrigin, notifyUser } from "../notifications/notify.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { assignments } from "../schema/assignments.ts";
import { memberships } from "../schema/memberships.ts";
import { questionSetItems } from "../schema/question-sets.ts";
import { users } from "../schema/users.ts";
import { findSetInScope } from "../question-sets/question-sets.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";

export interface AssignSetInput {
  setId: string;
  dueAt: Date;
  candidateIds?: readonly string[];
  wholeCohort?: boolean;
  /** The clock the due date is checked against; defaults to now. */
  now?: Date;
  /** Public origin for the emails telling each candidate; absent: no email links (tests). */
  origin?: string;
}

/**
 * Assigns a set to chosen candidates of its cohort, or to all of them. Upserts on the
 * (set, candidate) unique: assigning again moves the due date and never duplicates, also under
 * concurrent calls. Anyone who is not a candidate of the set's cohort is NOT_FOUND.
 */
export async function assignSet(
  db: Db,
  scope: CoachScope,
  input: AssignSetInput,
): Promise<{ created: number; updated: number }> {
  const now = input.now ?? new Date();
  if (input.dueAt.getTime() <= now.getTime()) {
    throw badRequest("That due date has already passed. Pick a date and time in the future.");
  }
  const requested = [...new Set(input.candidateIds ?? [])];
  if (!input.wholeCohort && requested.length === 0) {
    throw badRequest("candidateIds: choose at least one candidate, or assign the whole cohort.");
  }
  return db.transaction(async (tx) => {
    const set = await findSetInScope(tx, scope, input.setId);
    const [items] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(questionSetItems)
      .where(eq(questionSetItems.setId, set.id));
    if ((items?.count ?? 0) === 0) {
      throw badRequest("Add at least one question before assigning the set.");
    }
    const candidates = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .where(
        and(
          eq(memberships.cohortId, set.cohortId),
          eq(memberships.role, "candidate"),
          input.wholeCohort ? undefined : inArray(memberships.userId, requested),
        ),
      );
    if (!input.wholeCohort && candidates.length !== requested.length) {
      throw notFound("Candidate not found in this cohort.");
    }
    const candidateIds = [
      ...new Set([...candidates.map((c) => c.userId), ...(input.wholeCohort ? requested : [])]),
    ];
    // wholeCohort with extra ids: they must be candidates of the cohort too.
    if (candidateIds.length !== candidates.length)
      throw notFound("Candidate not found in this cohort.");
    if (candidateIds.length === 0) return { created: 0, updated: 0 };
    const rows = await tx
      .insert(assignments)
      .values(
        candidateIds.map((candidateId) => ({
          setId: set.id,
          cohortId: set.cohortId,
          candidateId,
          assignedById: scope.coachId,
          dueAt: input.dueAt,
        })),
      )
      .onConflictDoUpdate({
        target: [assignments.setId, assignments.candidateId],
        set: {
          dueAt: sql`excluded.due_at`,
          assignedById: sql`excluded.assigned_by_id`,
          updatedAt: sql`now()`,
        },
      })
      // xmax is 0 only for a row this statement inserted; an upserted row carries our xid.
      .returning({
        id: assignments.id,
        candidateId: assignments.candidateId,
        isInserted: sql<boolean>`(xmax = 0)`,
      });
    const created = rows.filter((row) => row.isInserted).length;
    const result = { created, updated: rows.length - created };
    const [coach] = await tx
      .select({ name: users.name })
      .from(users)
      .where(eq(users.id, scope.coachId));
    for (const row of rows) {
      await notifyUser(tx, {
        userId: row.candidateId,
        kind: "set_assigned",
        subjectId: row.id,
        origin: input.origin ?? defaultOrigin,
        data: {
          assignmentId: row.id,
          setTitle: set.title,
          dueAt: input.dueAt.toISOString(),
          coachName: coach?.name ?? null,
          isNew: row.isInserted,
        },
      });
    }
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "assignment.assigned",
      cohortId: set.cohortId,
      subjectType: "question_set",
      subjectId: set.id,
      data: {
        ...result,
        dueAt: input.dueAt.toISOString(),
        wholeCohort: input.wholeCohort === true,
      },
    });
    return result;
  });
}

export interface SetAssignment {
  id: string;
  candidateId: string;
  candidateName: string;
  dueAt: Date;
  /** Past due with questions still unanswered (same rule as the candidate's list). */
  isOverdue: boolean;
  completed: number;
  total: number;
}

/** Who has the set, with progress; one grouped query. */
export async function listAssignmentsForSet(
  db: Db,
  scope: CoachScope,
  input: { setId: string; now: Date },
): Promise<SetAssignment[]> {
  const set = await findSetInScope(db, scope, input.setId);
  const rows = await db
    .select({
      id: assignments.id,
      candidateId: assignments.candidateId,
      candidateName: users.name,
      dueAt: assignments.dueAt,
      total: sql<number>`count(${questionSetItems.id})::int`,
      completed: sql<number>`count(${questionSetItems.id}) filter (where ${isAnsweredSql})::int`,
    })
    .from(assignments)
    .innerJoin(users, eq(users.id, assignments.candidateId))
    .leftJoin(questionSetItems, eq(questionSetItems.setId, assignments.setId))
    .where(eq(assignments.setId, set.id))
    .groupBy(assignments.id, users.id)
    .orderBy(asc(users.name), asc(assignments.id));
  return rows.map((row) => ({
    ...row,
    isOverdue: row.dueAt.getTime() < input.now.getTime() && row.completed < row.total,
  }));
}
