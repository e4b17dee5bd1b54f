import type { CandidateScope } from "@debrief/db";

/** The practice scope of a candidateProcedure call: who is asking, in which candidate cohorts. */
export function candidateScope(ctx: {
  actor: { id: string };
  roleCohortIds: readonly string[];
}): CandidateScope {
  return { candidateId: ctx.actor.id, cohortIds: ctx.roleCohortIds };
}
