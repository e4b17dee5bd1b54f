import { randomBytes } from "node:crypto";
import pg from "pg";
import { connectDb, type Db } from "../client.ts";
import { type TestDatabaseContext, withDatabase } from "./global-setup.ts";

export interface TestDatabase {
  db: Db;
  url: string;
  close(): Promise<void>;
}

/**
 * A fresh, migrated, empty database cloned from the run's template; call it in beforeAll and
 * `close` in afterAll (or use `useTestDatabase`, which does both). Needs the globalSetup from
 * `globalSetupPath` in the vitest config.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  // Imported here so that e2e and the seed can import the factories without vitest.
  const { inject } = await import("vitest");
  const prepared = prepareTestDatabase(inject("debriefTestDatabase"));
  await prepared.create();
  return { db: prepared.db, url: prepared.url, close: prepared.close };
}

/**
 * Names a test database and opens its pool without touching the server (node-postgres connects
 * on the first query); `create` clones it from the template, `close` ends the pool and drops it.
 */
export function prepareTestDatabase(
  context: TestDatabaseContext | undefined,
): TestDatabase & { create(): Promise<void> } {
  if (!context) {
    throw new Error(
      "No test database: add globalSetupPath from @debrief/db/testing to test.globalSetup in vitest.config.ts",
    );
  }
  const name = `${context.databasePrefix}${randomBytes(4).toString("hex")}`;
  const url = withDatabase(context.adminUrl, name);
  const { db, pool } = connectDb(url);
  let closed = false;
  return {
    db,
    url,
    create: async () => {
      const admin = new pg.Client({ connectionString: context.adminUrl });
      await admin.connect();
      try {
        await cloneTemplate(admin, name, context.templateDatabase);
      } finally {
        await admin.end();
      }
    },
    close: async () => {
      if (closed) return;
      closed = true;
      await pool.end();
      const dropper = new pg.Client({ connectionString: context.adminUrl });
      await dropper.connect();
      try {
        await dropper.query(
          `drop database if exists ${dropper.escapeIdentifier(name)} with (force)`,
        );
      } finally {
        await dropper.end();
      }
    },
  };
}

async function cloneTemplate(admin: pg.Client, name: string, template: string): Promise<void> {
  const sql = `create database ${admin.escapeIdentifier(name)} template ${admin.escapeIdentifier(template)}`;
  for (let attempt = 1; ; attempt++) {
    try {
      await admin.query(sql);
      return;
    } catch (error) {
      // 55006 "source database is being accessed by other users": two workers cloning at once
      // each hold the template briefly. Back off and retry.
      if ((error as { code?: string }).code !== "55006" || attempt >= 20) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}
