import { livenessResponse } from "~/server/health";

export const dynamic = "force-dynamic";

/** 200 whenever the process answers HTTP, even while its database restarts. */
export function GET() {
  return livenessResponse();
}
