import { getCandidateReport } from "@debrief/db";
import { leadCohortProcedure, router } from "~/server/trpc";
import { candidateReportInput } from "./reports.inputs";

export const reportsRouter = router({
  /** A printable progress report for one candidate of the lead's cohort. */
  candidate: leadCohortProcedure
    .input(candidateReportInput)
    .query(({ ctx, input }) =>
      getCandidateReport(ctx.db, ctx.scope, { candidateId: input.candidateId }),
    ),
});
