import { and, eq, inArray, isNull } from "drizzle-orm";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { badRequest, notFound } from "../errors.ts";
import { maxRegradeWindowDays } from "../limits.ts";
import { questionSets } from "../schema/question-sets.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { isUuid } from "../users/users.ts";

/** The set's regrade window in days (0: regrades off); another cohort's set is NOT_FOUND. */
export async function getRegradeWindow(
  db: Db,
  scope: CoachScope,
  input: { setId: string },
): Promise<{ id: string; regradeWindowDays: number }> {
  if (!isUuid(input.setId) || scope.cohortIds.length === 0) {
    throw notFound("Question set not found.");
  }
  const [row] = await db
    .select({ id: questionSets.id, regradeWindowDays: questionSets.regradeWindowDays })
    .from(questionSets)
    .where(
      and(
        eq(questionSets.id, input.setId),
        inArray(questionSets.cohortId, [...scope.cohortIds]),
        isNull(questionSets.archivedAt),
      ),
    )
    .limit(1);
  if (!row) throw notFound("Question set not found.");
  return row;
}

/** Sets how many days after a review's release its candidate may ask for a regrade (0: never). */
export async function setRegradeWindow(
  db: Db,
  scope: CoachScope,
  input: { setId: string; days: number },
): Promise<{ id: string; regradeWindowDays: number }> {
  if (!isUuid(input.setId) || scope.cohortIds.length === 0) {
    throw notFound("Question set not found.");
  }
  if (!Number.isInteger(input.days) || input.days < 0 || input.days > maxRegradeWindowDays) {
    throw badRequest(`days: a whole number from 0 to ${maxRegradeWindowDays}.`);
  }
  return db.transaction(async (tx) => {
    const [row] = await tx
      .update(questionSets)
      .set({ regradeWindowDays: input.days })
      .where(
        and(
          eq(questionSets.id, input.setId),
          inArray(questionSets.cohortId, [...scope.cohortIds]),
          isNull(questionSets.archivedAt),
        ),
      )
      .returning({
        id: questionSets.id,
        cohortId: questionSets.cohortId,
        regradeWindowDays: questionSets.regradeWindowDays,
      });
    if (!row) throw notFound("Question set not found.");
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question_set.regrade_window_changed",
      cohortId: row.cohortId,
      subjectType: "question_set",
      subjectId: row.id,
      data: { days: input.days },
    });
    return { id: row.id, regradeWindowDays: row.regradeWindowDays };
  });
}
