import { listAssignmentsForCandidate } from "@debrief/db";
import { candidateScope } from "~/server/services/candidate-scope";
import { candidateProcedure, router } from "~/server/trpc";

export const assignmentsRouter = router({
  /** The caller's assigned sets with progress, soonest due first. */
  mine: candidateProcedure.query(({ ctx }) =>
    listAssignmentsForCandidate(ctx.db, candidateScope(ctx), { now: new Date() }),
  ),
});
