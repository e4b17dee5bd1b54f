import { getCandidateReport } from "@debrief/db";
import { candidateReportInput } from "~/lib/lead-inputs";
import { leadScope } from "~/server/services/lead-scope";
import { leadCohortProcedure, router } from "~/server/trpc";

export const reportsRouter = router({
  /** A printable progress report for one candidate of the lead's cohort. */
  candidate: leadCohortProcedure
    .input(candidateReportInput)
    .query(({ ctx, input }) =>
      getCandidateReport(ctx.db, leadScope(ctx), { candidateId: input.candidateId }),
    ),
});
