import type { QuestionKind } from "@debrief/core/rubric";
import { and, asc, desc, eq, inArray, isNull, or, sql } from "drizzle-orm";
import type { Db } from "../client.ts";
import { maxSetItems } from "../limits.ts";
import { badRequest, notFound } from "../errors.ts";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import { isUuid } from "../users/users.ts";
import { assignments } from "../schema/assignments.ts";
import { cohorts } from "../schema/cohorts.ts";
import { questionSetItems, questionSets } from "../schema/question-sets.ts";
import { questions } from "../schema/questions.ts";
import { type CoachScope, cohortsInScope } from "../scopes/coach-scope.ts";

export interface QuestionSetSummary {
  id: string;
  cohortId: string;
  cohortName: string;
  title: string;
  description: string;
  itemCount: number;
  assignedCount: number;
  updatedAt: Date;
}

/** The sets of the coach's cohorts (or one of them), most recently changed first. */
export async function listSetsForCoach(
  db: Db,
  scope: CoachScope,
  input: { cohortId?: string } = {},
): Promise<QuestionSetSummary[]> {
  const cohortIds = cohortsInScope(scope, input.cohortId);
  if (cohortIds.length === 0) return [];
  return db
    .select({
      id: questionSets.id,
      cohortId: questionSets.cohortId,
      cohortName: cohorts.name,
      title: questionSets.title,
      description: questionSets.description,
      itemCount: sql<number>`(select count(*)::int from ${questionSetItems} where ${questionSetItems.setId} = ${questionSets.id})`,
      assignedCount: sql<number>`(select count(*)::int from ${assignments} where ${assignments.setId} = ${questionSets.id})`,
      updatedAt: questionSets.updatedAt,
    })
    .from(questionSets)
    .innerJoin(cohorts, eq(cohorts.id, questionSets.cohortId))
    .where(and(inArray(questionSets.cohortId, cohortIds), isNull(questionSets.archivedAt)))
    .orderBy(desc(questionSets.updatedAt), asc(questionSets.title), asc(questionSets.id));
}

/** A set of one of the coach's cohorts, optionally row-locked; anything else is NOT_FOUND. */
export async function findSetInScope(
  db: Db,
  scope: CoachScope,
  setId: string,
  options: { lock?: boolean } = {},
) {
  if (!isUuid(setId) || scope.cohortIds.length === 0) throw notFound("Question set not found.");
  const query = db
    .select({
      id: questionSets.id,
      cohortId: questionSets.cohortId,
      title: questionSets.title,
      description: questionSets.description,
      releaseMode: questionSets.releaseMode,
      blind: questionSets.blind,
      regradeWindowDays: questionSets.regradeWindowDays,
    })
    .from(questionSets)
    .where(
      and(
        eq(questionSets.id, setId),
        inArray(questionSets.cohortId, [...scope.cohortIds]),
        isNull(questionSets.archivedAt),
      ),
    )
    .limit(1);
  const [set] = options.lock ? await query.for("update") : await query;
  if (!set) throw notFound("Question set not found.");
  return set;
}

export interface QuestionSetDetail {
  id: string;
  cohortId: string;
  title: string;
  description: string;
  items: Array<{ questionId: string; position: number; title: string; kind: QuestionKind }>;
}

export async function getSetForCoach(
  db: Db,
  scope: CoachScope,
  input: { setId: string },
): Promise<QuestionSetDetail> {
  const set = await findSetInScope(db, scope, input.setId);
  const items = await db
    .select({
      questionId: questionSetItems.questionId,
      position: questionSetItems.position,
      title: questions.title,
      kind: questions.kind,
    })
    .from(questionSetItems)
    .innerJoin(questions, eq(questions.id, questionSetItems.questionId))
    .where(eq(questionSetItems.setId, set.id))
    .orderBy(asc(questionSetItems.position));
  return {
    id: set.id,
    cohortId: set.cohortId,
    title: set.title,
    description: set.description,
    items,
  };
}

export async function createSetForCohort(
  db: Db,
  scope: CoachScope,
  input: { cohortId: string; title: string; description: string },
): Promise<{ id: string }> {
  const [cohortId] = cohortsInScope(scope, input.cohortId);
  if (!cohortId) throw notFound("Cohort not found.");
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(questionSets)
      .values({
        cohortId,
        title: input.title,
        description: input.description,
        createdById: scope.coachId,
      })
      .returning({ id: questionSets.id });
    if (!row) throw new Error("insert into question_sets returned no row");
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question_set.created",
      cohortId,
      subjectType: "question_set",
      subjectId: row.id,
    });
    return row;
  });
}

export async function updateSet(
  db: Db,
  scope: CoachScope,
  input: { setId: string; title: string; description: string },
): Promise<{ id: string }> {
  const set = await findSetInScope(db, scope, input.setId);
  await db
    .update(questionSets)
    .set({ title: input.title, description: input.description })
    .where(eq(questionSets.id, set.id));
  return { id: set.id };
}

/**
 * Replaces the set's questions with `questionIds` in that order (add, remove and reorder in one
 * call). Each must be visible to the set's cohort (bank or that cohort's own); archived questions
 * may stay where they are but not be newly added.
 */
export async function replaceSetItems(
  db: Db,
  scope: CoachScope,
  input: { setId: string; questionIds: readonly string[] },
): Promise<{ id: string; itemCount: number }> {
  if (input.questionIds.length > maxSetItems) {
    throw badRequest(`questionIds: a set holds at most ${maxSetItems} questions.`);
  }
  const seen = new Set<string>();
  for (const [index, id] of input.questionIds.entries()) {
    if (seen.has(id))
      throw badRequest(`questionIds.${index}: that question is already in the list.`);
    seen.add(id);
  }
  return db.transaction(async (tx) => {
    // Locked so two editors' replacements apply one after the other, never interleaved.
    const set = await findSetInScope(tx, scope, input.setId, { lock: true });
    const ids = [...input.questionIds];
    const current = await tx
      .select({ questionId: questionSetItems.questionId })
      .from(questionSetItems)
      .where(eq(questionSetItems.setId, set.id));
    const alreadyIn = new Set(current.map((row) => row.questionId));
    const found =
      ids.length === 0
        ? []
        : await tx
            .select({ id: questions.id, archivedAt: questions.archivedAt })
            .from(questions)
            .where(
              and(
                inArray(questions.id, ids),
                or(isNull(questions.cohortId), eq(questions.cohortId, set.cohortId)),
              ),
            );
    const byId = new Map(found.map((row) => [row.id, row]));
    for (const [index, id] of ids.entries()) {
      const question = byId.get(id);
      if (!question) throw notFound(`questionIds.${index}: question not found.`);
      if (question.archivedAt && !alreadyIn.has(id)) {
        throw badRequest(`questionIds.${index}: that question is archived; restore it first.`);
      }
    }
    await tx.delete(questionSetItems).where(eq(questionSetItems.setId, set.id));
    if (ids.length > 0) {
      await tx
        .insert(questionSetItems)
        .values(ids.map((questionId, position) => ({ setId: set.id, questionId, position })));
    }
    // Touch the set so "recently changed" lists it first.
    await tx.update(questionSets).set({ updatedAt: sql`now()` }).where(eq(questionSets.id, set.id));
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question_set.items_replaced",
      cohortId: set.cohortId,
      subjectType: "question_set",
      subjectId: set.id,
      data: { questionIds: ids },
    });
    return { id: set.id, itemCount: ids.length };
  });
}
