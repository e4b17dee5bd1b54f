import { readFileSync } from "node:fs";
import { join } from "node:path";
import { sql } from "drizzle-orm";
import type { Db } from "./client.ts";

/** One round trip to the database; throws when it cannot answer. For health checks. */
export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`select 1`);
}

export interface Readiness {
  isReady: boolean;
  database: "reachable" | "unreachable";
  migrations: { applied: number; expected: number } | null;
}

const journalCounts = new Map<string, number>();

/** How many migrations this build ships (its drizzle journal), read once per folder. */
function expectedMigrations(migrationsFolder: string): number {
  let count = journalCounts.get(migrationsFolder);
  if (count === undefined) {
    const journal = JSON.parse(
      readFileSync(join(migrationsFolder, "meta/_journal.json"), "utf8"),
    ) as { entries: unknown[] };
    count = journal.entries.length;
    journalCounts.set(migrationsFolder, count);
  }
  return count;
}

/**
 * Ready = the database answers within `timeoutMs` and has every migration this build ships
 * (a restored older backup, or a second web process of a newer build, would not).
 */
export async function checkReadiness(
  db: Db,
  options: { migrationsFolder: string; timeoutMs?: number },
): Promise<Readiness> {
  const expected = expectedMigrations(options.migrationsFolder);
  const query = db
    .execute<{ applied: number }>(
      sql`select count(*)::int as applied from drizzle.__drizzle_migrations`,
    )
    .then((result) => Number(result.rows[0]?.applied ?? 0));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), options.timeoutMs ?? 2_000);
  });
  try {
    const applied = await Promise.race([query, timeout]);
    return {
      isReady: applied >= expected,
      database: "reachable",
      migrations: { applied, expected },
    };
  } catch {
    query.catch(() => {});
    return { isReady: false, database: "unreachable", migrations: null };
  } finally {
    clearTimeout(timer);
  }
}
