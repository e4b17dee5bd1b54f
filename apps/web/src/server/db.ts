import "server-only";
import { computeOverall, scoreAnswer } from "@debrief/core";
import { createDb, type Db } from "@debrief/db";
import { env } from "~/env";

type DbHandle = Awaited<ReturnType<typeof createDb>>;

// One pool (and, in embedded mode, one PostgreSQL server) per process. Cached on globalThis
// because Next bundles instrumentation, route handlers and pages separately.
const globalForDb = globalThis as unknown as { debriefDb?: Promise<DbHandle> };

/** Opens the database on first use: starts the embedded server if needed, migrates, seeds. */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.debriefDb ??= createDb({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    migrationsFolder: env.migrationsFolder,
    // The demo organisation gets practice history scored by the real engine, and coach reviews.
    seed: { scoreAnswer, computeOverall },
    logger: (message) => console.log(`[db] ${message}`),
  }).catch((error: unknown) => {
    globalForDb.debriefDb = undefined;
    throw error;
  });
  return globalForDb.debriefDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
