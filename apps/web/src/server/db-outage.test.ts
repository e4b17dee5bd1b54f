import { connectDb, type Db, type DatabaseStatus } from "@debrief/db";
import { createCohortWithMembers, createTestDatabase } from "@debrief/db/testing";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import {
  databaseRestartingMessage,
  databaseRestartingResponse,
  publishDatabaseStatus,
  retryAfterSeconds,
} from "./db-status";
import { createCaller } from "./routers/root";

let db: Db;
let close: () => Promise<void>;
let status: DatabaseStatus = { state: "ready", since: new Date(), detail: "test" };
const reported: unknown[] = [];

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
  publishDatabaseStatus({ status: () => status, reportError: (error) => reported.push(error) });
});
afterEach(() => {
  status = { state: "ready", since: new Date(), detail: "test" };
  reported.length = 0;
});
afterAll(async () => {
  await close();
});

describe("while the database is down", () => {
  it("procedures answer SERVICE_UNAVAILABLE with the plain sentence at once", async () => {
    const { candidates } = await createCohortWithMembers(db);
    const candidate = candidates[0];
    if (!candidate) throw new Error("fixture");
    status = { state: "restarting", since: new Date(), detail: "signal SIGKILL" };
    const error = await expectCode(
      createCaller({ db, userId: candidate.id }).me.get(),
      "SERVICE_UNAVAILABLE",
    );
    expect(error.message).toBe(databaseRestartingMessage);
    status = { state: "ready", since: new Date(), detail: "back" };
    await expect(createCaller({ db, userId: candidate.id }).me.get()).resolves.toMatchObject({
      id: candidate.id,
    });
  });

  it("a call that meets the outage mid-way answers SERVICE_UNAVAILABLE, never a 500, and reports it", async () => {
    // A real pool on a port nothing listens on: the driver's own ECONNREFUSED.
    const { db: gone, pool } = connectDb("postgres://postgres:x@127.0.0.1:1/none");
    try {
      const error = await expectCode(
        createCaller({ db: gone, userId: crypto.randomUUID() }).me.get(),
        "SERVICE_UNAVAILABLE",
      );
      expect(error.message).toBe(databaseRestartingMessage);
      expect(reported).toHaveLength(1);
    } finally {
      await pool.end();
    }
  });

  it("pages get a plain 503 page with Retry-After", async () => {
    const response = databaseRestartingResponse();
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe(String(retryAfterSeconds));
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain(databaseRestartingMessage);
  });
});
