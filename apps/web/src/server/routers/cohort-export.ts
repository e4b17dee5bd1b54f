import { getCohortOverview, type LeadScope, streamCohortExportRows } from "@debrief/db";
import { TRPCError } from "@trpc/server";
import { z } from "zod";
import { roleWords } from "~/lib/roles";
import { isDateInRange } from "~/server/inputs";
import { createCallerFactory, memberCohortProcedure, router } from "~/server/trpc";

/** A date from the query string: any ISO form JavaScript reads, between 1970 and 9999. */
const exportDate = (field: "from" | "to") =>
  z.coerce
    .date({ error: `${field} must be an ISO date, e.g. 2026-01-31` })
    .refine(isDateInRange, { error: `${field} must be between the years 1970 and 9999` });

export const cohortExportInput = z
  .object({
    from: exportDate("from").optional(),
    to: exportDate("to").optional(),
    /** Rows per query; tests make it small. Not a URL parameter. */
    batchSize: z.int().min(1).optional(),
  })
  .refine((input) => !input.from || !input.to || input.from < input.to, {
    error: "from must be before to",
    path: ["from"],
  });

/**
 * The CSV export's authorisation and query, on the same ladder as every procedure: signed in
 * (else 401), a member of this cohort (else 404, whatever roles the caller holds elsewhere, as a
 * download link should not confirm a cohort exists), its team lead (else 403). Not mounted in
 * the app router: the rows are an async stream that the route handler (`cohort-csv.ts`) writes
 * out as CSV.
 */
const cohortLeadProcedure = memberCohortProcedure.use(({ ctx, next }) => {
  if (ctx.cohort.role !== "lead") {
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `This needs the ${roleWords.lead.noun} role in this cohort.`,
    });
  }
  const scope: LeadScope = { leadId: ctx.actor.id, cohortId: ctx.cohort.cohortId };
  return next({ ctx: { scope } });
});

export const cohortExportRouter = router({
  rows: cohortLeadProcedure.input(cohortExportInput).query(async ({ ctx, input }) => {
    const cohort = await getCohortOverview(ctx.db, { cohortId: ctx.scope.cohortId });
    const { from, to, batchSize } = input;
    return {
      cohortName: cohort.name,
      rows: streamCohortExportRows(ctx.db, ctx.scope, { from, to, batchSize }),
    };
  }),
});

export const createCohortExportCaller = createCallerFactory(cohortExportRouter);
