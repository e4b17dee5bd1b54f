// What the benchmark scripts share: percentiles and their printing, SQL through the database
// handle's own pool (apps/web does not depend on pg itself), and a throwaway embedded database.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { createDb, type DbHandle, poolOf } from "@debrief/db";
import { questionBank, syncQuestionBank } from "@debrief/db/demo";

/** The p-th percentile of an ascending list (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The node-postgres pool behind a handle, for bulk SQL and EXPLAIN. */
export function pool(handle: DbHandle) {
  return poolOf(handle.db);
}

export async function rows<T>(
  handle: DbHandle,
  text: string,
  values: unknown[] = [],
): Promise<T[]> {
  return (await pool(handle).query(text, values)).rows as T[];
}

export interface SentStatement {
  text: string;
  values: unknown[];
}

/** Every statement `fn` sends through the handle's pool, as sent (text and parameters), for EXPLAIN. */
export async function capture(
  handle: DbHandle,
  fn: () => Promise<unknown>,
): Promise<SentStatement[]> {
  type Query = (
    config: string | { text: string; values?: unknown[] },
    values?: unknown[],
  ) => unknown;
  const client = pool(handle) as unknown as { query: Query };
  const original = client.query.bind(client);
  const captured: SentStatement[] = [];
  client.query = (config, values) => {
    captured.push(
      typeof config === "string"
        ? { text: config, values: values ?? [] }
        : { text: config.text, values: config.values ?? values ?? [] },
    );
    return original(config, values);
  };
  try {
    await fn();
  } finally {
    client.query = original;
  }
  return captured;
}

/** Migrates and syncs the question bank into an embedded PostgreSQL in `dataDir`. */
export function openDatabaseIn(dataDir: string): Promise<DbHandle> {
  return createDb({
    dataDir,
    handleSignals: false,
    seed: async (db) => {
      await syncQuestionBank(db, questionBank);
    },
  });
}

/** A fresh database in a temp folder, removed again by `cleanup`. */
export async function openThrowawayDatabase(
  name: string,
): Promise<{ handle: DbHandle; cleanup: () => Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), `debrief-${name}-`));
  try {
    const handle = await openDatabaseIn(dataDir);
    return {
      handle,
      cleanup: async () => {
        await handle.close();
        await rm(dataDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
}
