import "server-only";
import { createDb, type Db, type DbHandle } from "@debrief/db";
import { seedDemo } from "@debrief/db/demo";
import { env } from "~/env";
import { publishDatabaseStatus } from "./db-status";

// One pool (and, in embedded mode, one PostgreSQL server) per process. Cached on globalThis
// because Next bundles instrumentation, route handlers and pages separately.
const globalForDb = globalThis as unknown as { debriefDb?: Promise<DbHandle> };
const log = (message: string) => console.log(`[db] ${message}`);

/**
 * Opens the database on first use: starts the embedded server if needed, migrates, then loads the
 * start-up content (question bank, and the demo organisation into an empty database).
 */
export function getDbHandle(): Promise<DbHandle> {
  globalForDb.debriefDb ??= createDb({
    databaseUrl: env.databaseUrl,
    dataDir: env.dataDir,
    migrationsFolder: env.migrationsFolder,
    // The demo organisation gets practice history scored by the real engine, and coach reviews.
    seed: (db) => seedDemo(db, { logger: log }),
    logger: log,
    onStatusChange: (status) => {
      if (status.state !== "failed") return;
      // The supervisor gave up: exit so a process manager (or a person) starts Debrief afresh,
      // rather than answering 503 forever.
      console.error(
        `\nDebrief stopped: its embedded database could not be restarted (${status.detail}): check the [db] lines above, fix the cause and start Debrief again.\n`,
      );
      void globalForDb.debriefDb?.then((handle) => handle.close()).finally(() => process.exit(1));
    },
  })
    .then((handle) => {
      publishDatabaseStatus(handle);
      return handle;
    })
    .catch((error: unknown) => {
      globalForDb.debriefDb = undefined;
      throw error;
    });
  return globalForDb.debriefDb;
}

export async function getDb(): Promise<Db> {
  return (await getDbHandle()).db;
}
