import { chmod, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { acquireDataDirLock, readDataDirOwner } from "./data-dir-lock.ts";
import { startEmbeddedServer } from "./embedded-server.ts";
import { isStartError } from "./start-error.ts";

let dataDir: string;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), "debrief-embedded-"));
  // mkdtemp makes the folder private; the postgres user (when running as root) must enter it.
  await chmod(dataDir, 0o755);
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe("data folder lock", () => {
  test("one owner at a time; released on request", async () => {
    const dir = join(dataDir, "lock");
    const lock = await acquireDataDirLock(dir);
    expect(readDataDirOwner(dir)?.pid).toBe(process.pid);
    const second = await acquireDataDirLock(dir).catch((error: unknown) => error);
    expect(isStartError(second)).toBe(true);
    lock.release();
    expect(readDataDirOwner(dir)).toBeNull();
  });
});

describe("startEmbeddedServer", () => {
  test("initialises a cluster, answers queries and stops, releasing the folder", async () => {
    const dir = join(dataDir, "server");
    const server = await startEmbeddedServer({ dataDir: dir, postgresFlags: ["-c", "fsync=off"] });
    try {
      expect(server.state).toBe("running");
      const client = new pg.Client({ connectionString: server.urlFor("postgres") });
      await client.connect();
      try {
        const { rows } = await client.query<{ answer: number }>("select 42 as answer");
        expect(rows).toEqual([{ answer: 42 }]);
      } finally {
        await client.end();
      }
    } finally {
      await server.stop();
    }
    expect(readDataDirOwner(dir)).toBeNull();
  });
});
