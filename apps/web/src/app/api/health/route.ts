import { readinessResponse } from "~/server/health";

// Always live: a cached answer would say nothing about the database right now.
export const dynamic = "force-dynamic";

/** Readiness (the same as /api/health/ready): 200 when the database answers and is migrated. */
export function GET() {
  return readinessResponse();
}
