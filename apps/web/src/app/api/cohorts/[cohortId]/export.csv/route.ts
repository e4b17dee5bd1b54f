import { getSessionUserId } from "~/server/auth";
import { getDb } from "~/server/db";
import { handleCohortExport } from "~/server/services/cohort-csv";

// Streams from the database as the client reads; never cache or pre-render it.
export const dynamic = "force-dynamic";

/** The cohort's scores as CSV, one row per answer (`?from=&to=` ISO dates filter submitted). */
export async function GET(request: Request, context: { params: Promise<{ cohortId: string }> }) {
  const [{ cohortId }, db, userId] = await Promise.all([
    context.params,
    getDb(),
    getSessionUserId(),
  ]);
  return handleCohortExport(request, { db, userId, cohortId, now: new Date() });
}
