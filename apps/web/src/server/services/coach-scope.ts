import type { CoachScope } from "@debrief/db";

/** The scope of a coachProcedure call: who is asking, in which coach cohorts. */
export function coachScope(ctx: {
  actor: { id: string };
  roleCohortIds: readonly string[];
}): CoachScope {
  return { coachId: ctx.actor.id, cohortIds: ctx.roleCohortIds };
}
