import { getCohortOverview, listCohortMembers } from "@debrief/db";
import { coachCohortProcedure, memberCohortProcedure, router } from "~/server/trpc";

export const cohortsRouter = router({
  /** Name, organisation and head counts of a cohort the caller belongs to. */
  get: memberCohortProcedure.query(({ ctx, input }) =>
    getCohortOverview(ctx.db, { cohortId: input.cohortId }),
  ),
  /** Everyone in the cohort with their role: a coach's view of who they coach. */
  members: coachCohortProcedure.query(({ ctx, input }) =>
    listCohortMembers(ctx.db, { cohortId: input.cohortId }),
  ),
});
