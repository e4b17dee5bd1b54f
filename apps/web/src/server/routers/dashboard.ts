import { getCohortDashboard } from "@debrief/db";
import { leadCohortProcedure, router } from "~/server/trpc";
import { dashboardInput } from "./dashboard.inputs";

export const dashboardRouter = router({
  /** The lead's cohort at a glance: levels, trends, completion, turnaround, readiness, agreement. */
  cohort: leadCohortProcedure
    .input(dashboardInput)
    .query(({ ctx, input }) =>
      getCohortDashboard(ctx.db, ctx.scope, { ...input, now: new Date() }),
    ),
});
