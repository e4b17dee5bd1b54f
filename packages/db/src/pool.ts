import type pg from "pg";
import type { Db } from "./client.ts";

/**
 * The node-postgres pool behind a database handle from connectDb/createDb, for libraries that
 * speak pg directly (rate-limiter-flexible's PostgreSQL store). Not for a transaction's `tx`.
 */
export function poolOf(db: Db): pg.Pool {
  const client = (db as unknown as { $client?: pg.Pool }).$client;
  if (!client || typeof client.connect !== "function") {
    throw new Error("poolOf: this Db has no node-postgres pool (a transaction?)");
  }
  return client;
}
