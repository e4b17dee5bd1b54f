import { readinessResponse } from "~/server/health";

export const dynamic = "force-dynamic";

/** 200 when this process can serve: database reachable and every migration applied; else 503. */
export function GET() {
  return readinessResponse();
}
