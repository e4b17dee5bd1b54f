import { eq } from "drizzle-orm";
import { recordAuditEvent } from "../audit-events/audit-events.ts";
import type { Db } from "../client.ts";
import { badRequest } from "../errors.ts";
import { maxRegradeWindowDays } from "../limits.ts";
import { questionSets } from "../schema/question-sets.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import { findSetInScope } from "./question-sets.ts";

/** The set's regrade window in days (0: regrades off); another cohort's set is NOT_FOUND. */
export async function getRegradeWindow(
  db: Db,
  scope: CoachScope,
  input: { setId: string },
): Promise<{ id: string; regradeWindowDays: number }> {
  const set = await findSetInScope(db, scope, input.setId);
  return { id: set.id, regradeWindowDays: set.regradeWindowDays };
}

/** Sets how many days after a review's release its candidate may ask for a regrade (0: never). */
export async function setRegradeWindow(
  db: Db,
  scope: CoachScope,
  input: { setId: string; days: number },
): Promise<{ id: string; regradeWindowDays: number }> {
  if (!Number.isInteger(input.days) || input.days < 0 || input.days > maxRegradeWindowDays) {
    // A set outside the scope is NOT_FOUND before the days are looked at.
    await findSetInScope(db, scope, input.setId);
    throw badRequest(`days: a whole number from 0 to ${maxRegradeWindowDays}.`);
  }
  return db.transaction(async (tx) => {
    const set = await findSetInScope(tx, scope, input.setId, { lock: true });
    await tx
      .update(questionSets)
      .set({ regradeWindowDays: input.days })
      .where(eq(questionSets.id, set.id));
    await recordAuditEvent(tx, {
      actorId: scope.coachId,
      action: "question_set.regrade_window_changed",
      cohortId: set.cohortId,
      subjectType: "question_set",
      subjectId: set.id,
      data: { days: input.days },
    });
    return { id: set.id, regradeWindowDays: input.days };
  });
}
