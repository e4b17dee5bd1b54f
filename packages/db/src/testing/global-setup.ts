import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { defaultMigrationsFolder } from "../client.ts";
import { type EmbeddedServer, startEmbeddedServer } from "@debrief/embedded-postgres";
import * as schema from "../schema/index.ts";

export interface TestDatabaseContext {
  /** Maintenance connection (any database but the template) used to create and drop clones. */
  adminUrl: string;
  templateDatabase: string;
  /** Every clone's name starts with this, so teardown can drop what a crashed file left. */
  databasePrefix: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    debriefTestDatabase: TestDatabaseContext;
  }
}

/**
 * Vitest globalSetup: one PostgreSQL per test run (embedded in a temp folder, or the server at
 * TEST_DATABASE_URL), one migrated template database; test files clone it (createTestDatabase).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const started = Date.now();
  const runId = `${process.pid}_${randomBytes(3).toString("hex")}`;
  const databasePrefix = `debrief_test_${runId}_`;
  const templateDatabase = `${databasePrefix}template`;

  let server: EmbeddedServer | undefined;
  let dataDir: string | undefined;
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    dataDir = await mkdtemp(join(tmpdir(), "debrief-test-pg-"));
    server = await startEmbeddedServer({
      dataDir,
      preferredPort: 0,
      // Throwaway cluster: durability buys nothing and costs seconds per CREATE DATABASE.
      postgresFlags: [
        "-c",
        "fsync=off",
        "-c",
        "synchronous_commit=off",
        "-c",
        "full_page_writes=off",
      ],
    });
    adminUrl = server.urlFor("postgres");
  }
  const stopServer = async () => {
    await server?.stop();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  };
  // The 'exit' handler covers a Ctrl-C'd run that never reaches teardown.
  const onExit = () => server?.stopSync();
  process.on("exit", onExit);

  try {
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${admin.escapeIdentifier(templateDatabase)}`);
    await admin.end();

    const templateUrl = withDatabase(adminUrl, templateDatabase);
    const client = new pg.Client({ connectionString: templateUrl });
    await client.connect();
    try {
      await migrate(drizzle({ client, schema, casing: "snake_case" }), {
        migrationsFolder: defaultMigrationsFolder,
      });
    } finally {
      // CREATE DATABASE ... TEMPLATE refuses while anyone is connected to the template.
      await client.end();
    }
  } catch (error) {
    await stopServer();
    throw error;
  }

  project.provide("debriefTestDatabase", { adminUrl, templateDatabase, databasePrefix });
  if (process.env.DEBRIEF_TEST_DEBUG) {
    console.log(`test database ready in ${Date.now() - started} ms`);
  }

  return async () => {
    process.removeListener("exit", onExit);
    try {
      await dropDatabases(adminUrl, databasePrefix);
    } finally {
      await stopServer();
    }
  };
}

export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

async function dropDatabases(adminUrl: string, prefix: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where starts_with(datname, $1)",
      [prefix],
    );
    for (const { datname } of rows) {
      await admin.query(`drop database if exists ${admin.escapeIdentifier(datname)} with (force)`);
    }
  } finally {
    await admin.end();
  }
}
