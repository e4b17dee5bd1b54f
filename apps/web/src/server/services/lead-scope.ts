import type { LeadScope } from "@debrief/db";

/** The scope of a leadCohortProcedure call: the lead and the cohort they lead. */
export function leadScope(ctx: { actor: { id: string }; cohort: { cohortId: string } }): LeadScope {
  return { leadId: ctx.actor.id, cohortId: ctx.cohort.cohortId };
}
