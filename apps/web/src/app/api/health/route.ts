import { pingDatabase } from "@debrief/db";
import { getDb } from "~/server/db";

// Always live: a cached answer would say nothing about the database right now.
export const dynamic = "force-dynamic";

/** Liveness for load balancers and the benchmark's baseline: up only if the database answers. */
export async function GET() {
  try {
    await pingDatabase(await getDb());
    return Response.json({ ok: true }, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    console.error("[health] database check failed:", error);
    return Response.json({ ok: false }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
