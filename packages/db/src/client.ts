import path from "node:path";
import { fileURLToPath } from "node:url";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { drizzle, type NodePgQueryResultHKT } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase } from "drizzle-orm/pg-core";
import pg from "pg";
import {
  DatabaseAvailability,
  type DatabaseStatus,
  isDatabaseUnavailableError,
} from "./availability.ts";
import { type EmbeddedServer, StartError, startEmbeddedServer } from "@debrief/embedded-postgres";
import * as schema from "./schema/index.ts";
import { supersedeOlderAttempts } from "./answers/answers.ts";

export type Schema = typeof schema;

/**
 * The database handle every query takes first. Typed as the common base of the pool-backed
 * database and a transaction, so `fn(db: Db, ...)` can equally be called with `tx`.
 */
export type Db = PgDatabase<NodePgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export interface CreateDbOptions {
  /** Connect to this server instead of starting the embedded one. */
  databaseUrl?: string;
  /** Holds the embedded cluster (`pg/`) and its remembered port; unused with databaseUrl. */
  dataDir: string;
  /** Absolute path of the drizzle migrations; bundlers move this file, so pass it explicitly. */
  migrationsFolder?: string;
  logger?: (msg: string) => void;
  /**
   * Content to load after migrating, under the same lock (concurrent starts take turns). The web
   * app passes the demo seed from `@debrief/db/demo`; createDb itself loads no content.
   */
  seed?: SeedFn;
  /** Stop the embedded server on SIGINT/SIGTERM and exit. Default true. */
  handleSignals?: boolean;
  /** Every change of the database's availability (restarting, ready again, failed...). */
  onStatusChange?: (status: DatabaseStatus) => void;
}

/** Loads content into a freshly migrated database; `db` holds the migrate lock's connection. */
export type SeedFn = (db: Db) => Promise<void>;

export interface DbHandle {
  db: Db;
  url: string;
  isEmbedded: boolean;
  /** Reachable, restarting or unreachable right now: what a 503 or a readiness probe needs. */
  status(): DatabaseStatus;
  /**
   * Tells the handle a query failed; if the error says the server is unreachable, the status
   * turns "unreachable" until a probe gets through again. Other errors are ignored.
   */
  reportError(error: unknown): void;
  /** The migrations this build ships, for the readiness check. */
  migrationsFolder: string;
  /** Bounded: finishes whatever state the database is in. Idempotent. */
  close(): Promise<void>;
}

// path.join rather than `new URL("../drizzle", import.meta.url)`: bundlers (Turbopack) treat the
// URL form as an asset import and fail on a folder. Bundled callers pass migrationsFolder anyway.
export const defaultMigrationsFolder = path.join(
  path.dirname(fileURLToPath(import.meta.url)),
  "..",
  "drizzle",
);

// Fixed key for pg_advisory_lock: serialises migrate + seed across processes sharing a database.
const migrateLockKey = 4_242_017_001;
/** The database Debrief uses inside the embedded cluster. */
export const embeddedDatabase = "debrief";

export function connectDb(url: string, logger?: (msg: string) => void): { db: Db; pool: pg.Pool } {
  // A bounded connect: while the server is unreachable a request fails (as a 503) in seconds
  // instead of queueing forever.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5_000 });
  // An idle client losing its server (e.g. during shutdown) emits 'error'; unhandled, it crashes.
  pool.on("error", (error) => logger?.(`postgres pool error: ${error.message}`));
  const db = drizzle({ client: pool, schema, casing: "snake_case" });
  return { db, pool };
}

export async function createDb(options: CreateDbOptions): Promise<DbHandle> {
  const log = options.logger;
  const migrationsFolder = options.migrationsFolder ?? defaultMigrationsFolder;
  let server: EmbeddedServer | undefined;
  let url: string;
  let availability: DatabaseAvailability | undefined;
  if (options.databaseUrl) {
    url = options.databaseUrl;
  } else {
    const started = Date.now();
    server = await startEmbeddedServer({
      dataDir: options.dataDir,
      logger: log,
      onStateChange: (state, detail) => availability?.onServerState(state, detail),
    });
    url = server.urlFor(embeddedDatabase);
    log?.(`embedded postgres ready on port ${server.port} in ${Date.now() - started} ms`);
  }

  const onExit = () => server?.stopSync();
  const onSignal = (signal: NodeJS.Signals) => {
    log?.(`${signal}: stopping database`);
    // close() is bounded, and this timer bounds it again: a stop always ends the process.
    setTimeout(() => process.exit(1), closeBudgetMs + 2_000).unref();
    close().then(
      () => process.exit(signal === "SIGINT" ? 130 : 143),
      () => process.exit(1),
    );
  };
  const handleSignals = options.handleSignals ?? true;
  // The 'exit' handler is sync-only; it still matters when a host (Next.js) calls
  // process.exit from its own signal handlers before an async close could finish.
  if (server) process.on("exit", onExit);
  if (handleSignals) {
    process.once("SIGINT", onSignal);
    process.once("SIGTERM", onSignal);
  }

  let pool: pg.Pool | undefined;
  let closing: Promise<void> | undefined;
  async function close(): Promise<void> {
    closing ??= (async () => {
      process.removeListener("SIGINT", onSignal);
      process.removeListener("SIGTERM", onSignal);
      availability?.close();
      try {
        // pool.end() waits for checked-out clients; a query stuck on a dead server must not
        // hold the stop hostage.
        if (pool) await Promise.race([pool.end().catch(() => {}), sleep(poolEndBudgetMs)]);
      } finally {
        await server?.stop();
        process.removeListener("exit", onExit);
      }
    })();
    return closing;
  }

  try {
    if (server) await ensureDatabase(server.urlFor("postgres"), embeddedDatabase);
    const connected = connectDb(url, log);
    pool = connected.pool;
    availability = new DatabaseAvailability(connected.pool, log, options.onStatusChange);
    if (server) availability.onServerState(server.state, "started");
    await migrateAndSeed(pool, {
      migrationsFolder,
      seed: options.seed,
      logger: log,
    });
    const watched = availability;
    return {
      db: connected.db,
      url,
      isEmbedded: server !== undefined,
      status: () => watched.status(),
      reportError: (error) => watched.reportError(error),
      migrationsFolder,
      close,
    };
  } catch (error) {
    await close().catch(() => {});
    if (options.databaseUrl && isDatabaseUnavailableError(error)) {
      throw new StartError(describeUnreachableUrl(options.databaseUrl, error), { cause: error });
    }
    if (options.databaseUrl && isRefusedLogin(error)) {
      throw new StartError(describeRefusedLogin(options.databaseUrl, error), { cause: error });
    }
    throw error;
  }
}

const poolEndBudgetMs = 3_000;
/** The longest close() takes: the pool's budget plus the server's stop escalation. */
export const closeBudgetMs = poolEndBudgetMs + 18_000 + 5_000;

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return `${parsed.host}${parsed.pathname}`;
  } catch {
    return "(unparseable URL)";
  }
}

function errorSummary(error: unknown): string {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const { code, message } = current as { code?: string; message?: string };
    if (code && message) return `${code}: ${message}`;
    if (!(current as { cause?: unknown }).cause && message) return message;
  }
  return String(error);
}

function describeUnreachableUrl(url: string, error: unknown): string {
  return `Debrief cannot reach the PostgreSQL server at DATABASE_URL (${redactUrl(url)}; ${errorSummary(error)}): start that server or correct the URL, or unset DATABASE_URL to use the embedded database.`;
}

function isRefusedLogin(error: unknown): boolean {
  for (let current: unknown = error; current; current = (current as { cause?: unknown }).cause) {
    const code = (current as { code?: string }).code;
    // 28xxx: invalid authorization; 3D000: no such database; ENOTFOUND: no such host.
    if (code && (code.startsWith("28") || code === "3D000" || code === "ENOTFOUND")) return true;
  }
  return false;
}

function describeRefusedLogin(url: string, error: unknown): string {
  return `The PostgreSQL server at DATABASE_URL (${redactUrl(url)}) refused Debrief (${errorSummary(error)}): correct the user, password, host or database name in DATABASE_URL, or unset it to use the embedded database.`;
}

/** Migrates (and optionally seeds) under an advisory lock, so concurrent starts take turns. */
export async function migrateAndSeed(
  pool: pg.Pool,
  options: {
    migrationsFolder: string;
    seed?: SeedFn;
    logger?: (msg: string) => void;
  },
): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query("select pg_advisory_lock($1)", [migrateLockKey]);
    try {
      const locked = drizzle({ client, schema, casing: "snake_case" });
      const started = Date.now();
      await migrate(locked, { migrationsFolder: options.migrationsFolder });
      options.logger?.(`migrations checked in ${Date.now() - started} ms`);
      const superseded = await supersedeOlderAttempts(locked);
      if (superseded > 0) options.logger?.(`closed ${superseded} superseded attempts`);
      await options.seed?.(locked);
    } finally {
      await client.query("select pg_advisory_unlock($1)", [migrateLockKey]);
    }
  } finally {
    client.release();
  }
}

export async function ensureDatabase(adminUrl: string, name: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("select 1 from pg_database where datname = $1", [name]);
    if (rowCount) return;
    await client
      .query(`create database ${client.escapeIdentifier(name)}`)
      .catch((error: unknown) => {
        // 42P04 duplicate_database: a concurrent start created it first.
        if ((error as { code?: string }).code !== "42P04") throw error;
      });
  } finally {
    await client.end();
  }
}
