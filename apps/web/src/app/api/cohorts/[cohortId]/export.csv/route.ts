import { handleCohortExport } from "~/server/cohort-csv";
import { createRequestContext } from "~/server/context";

// Streams from the database as the client reads; never cache or pre-render it.
export const dynamic = "force-dynamic";

/** The cohort's scores as CSV, one row per answer (`?from=&to=` ISO dates filter submitted). */
export async function GET(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  const [{ cohortId }, ctx] = await Promise.all([
    context.params,
    createRequestContext({ req: request }),
  ]);
  return handleCohortExport(request, {
    db: ctx.db,
    userId: ctx.userId,
    sessionId: ctx.sessionId,
    cohortId,
    now: new Date(),
  });
}
