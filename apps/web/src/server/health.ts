import "server-only";
import { checkReadiness } from "@debrief/db";
import { getDbHandle } from "./db";
import { readDatabaseStatus, retryAfterSeconds } from "./db-status";

const noStore = { "Cache-Control": "no-store" };

/**
 * Readiness: this process can serve requests now — its database answers and has every
 * migration this build ships. A load balancer routes around a process that says no (503),
 * e.g. while its embedded database restarts; liveness (`/api/health/live`) stays yes.
 */
export async function readinessResponse(): Promise<Response> {
  const status = readDatabaseStatus();
  if (status && status.state !== "ready") {
    return Response.json(
      {
        live: true,
        ready: false,
        database: status.state,
        since: status.since,
        detail: status.detail,
      },
      { status: 503, headers: { ...noStore, "Retry-After": String(retryAfterSeconds) } },
    );
  }
  // Still opening (migrating, seeding) shortly after start: not ready yet, but alive.
  const handle = await Promise.race([getDbHandle(), sleep(2_000).then(() => null)]).catch(
    () => null,
  );
  if (!handle) {
    return Response.json(
      { live: true, ready: false, database: "starting" },
      { status: 503, headers: { ...noStore, "Retry-After": String(retryAfterSeconds) } },
    );
  }
  const readiness = await checkReadiness(handle.db, { migrationsFolder: handle.migrationsFolder });
  return Response.json(
    {
      live: true,
      ready: readiness.isReady,
      database: readiness.database === "reachable" ? "ready" : "unreachable",
      migrations: readiness.migrations,
    },
    { status: readiness.isReady ? 200 : 503, headers: noStore },
  );
}

/** Liveness: the process answers HTTP. Never touches the database. */
export function livenessResponse(): Response {
  return Response.json({ live: true }, { headers: noStore });
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
