import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, inject, test } from "vitest";
import {
  closeBudgetMs,
  createDb,
  type Db,
  defaultMigrationsFolder,
  migrateAndSeed,
} from "./client.ts";
import { seedDemo } from "./demo/index.ts";
import { connectDb } from "./client.ts";
import { isAlive, isStartError, readPostmasterPid } from "@debrief/embedded-postgres";
import { organisations } from "./schema/organisations.ts";
import { users } from "./schema/users.ts";
import { withDatabase } from "./testing/global-setup.ts";
import pg from "pg";

const packageDir = fileURLToPath(new URL("..", import.meta.url));

/** Postmasters (not their worker processes) running on this cluster folder. */
function postmastersFor(pgDir: string): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((pid) => {
      try {
        const args = readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0");
        return args.includes("-D") && args[args.indexOf("-D") + 1] === pgDir;
      } catch {
        return false;
      }
    })
    .map(Number)
    .filter(isAlive);
}

async function startHolder(dataDir: string, marker: string, mode: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", join(packageDir, "src/testing/hold-database.ts"), dataDir, marker, mode],
    { cwd: packageDir, stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("READY")) resolve();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.once("exit", () => reject(new Error(`child exited early: ${output}`)));
  });
  return child;
}

describe("createDb with the embedded server", () => {
  let dataDir: string;
  let pgDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "debrief-lifecycle-"));
    pgDir = join(dataDir, "pg");
  });

  afterAll(async () => {
    // Whatever a failed test left running must not outlive the run.
    for (const pid of postmastersFor(pgDir)) process.kill(pid, "SIGINT");
    const deadline = Date.now() + 15_000;
    while (postmastersFor(pgDir).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  test("initialises a new folder once; a restart keeps rows and the port", async () => {
    expect(existsSync(join(pgDir, "PG_VERSION"))).toBe(false);
    const first = await createDb({ dataDir, handleSignals: false });
    expect(first.isEmbedded).toBe(true);
    expect(existsSync(join(pgDir, "PG_VERSION"))).toBe(true);
    const port = (await readFile(join(dataDir, "pg-port"), "utf8")).trim();
    expect(first.url).toContain(`:${port}/`);
    await first.db.insert(organisations).values({ name: "survives restart" });
    await first.close();
    expect(readPostmasterPid(pgDir)).toBeNull();
    expect(postmastersFor(pgDir)).toEqual([]);

    const second = await createDb({ dataDir, handleSignals: false });
    try {
      expect(second.url).toContain(`:${port}/`);
      const rows = await second.db
        .select()
        .from(organisations)
        .where(eq(organisations.name, "survives restart"));
      expect(rows).toHaveLength(1);
    } finally {
      await second.close();
    }
    expect(postmastersFor(pgDir)).toEqual([]);
  });

  test("adopts the server a SIGKILLed process left running, never starting a second", async () => {
    const child = await startHolder(dataDir, "from child", "hold");
    const left = readPostmasterPid(pgDir);
    expect(left).not.toBeNull();
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGKILL");
    await exited;
    // The premise of the test: SIGKILL does not take the postmaster down with its parent.
    expect(left && isAlive(left.pid)).toBe(true);

    const adopted = await createDb({ dataDir, handleSignals: false });
    try {
      expect(postmastersFor(pgDir)).toEqual([left?.pid]);
      expect(readPostmasterPid(pgDir)?.pid).toBe(left?.pid);
      const rows = await adopted.db
        .select()
        .from(organisations)
        .where(eq(organisations.name, "from child"));
      expect(rows).toHaveLength(1);
    } finally {
      await adopted.close();
    }
    // Adopting means owning its shutdown.
    expect(left && isAlive(left.pid)).toBe(false);
    expect(postmastersFor(pgDir)).toEqual([]);
  });

  test.each([
    ["SIGINT", "signals"],
    ["SIGTERM", "signals"],
    ["SIGTERM", "host-exits"],
  ] as const)("%s to a process in %s mode stops the server", async (signal, mode) => {
    const child = await startHolder(dataDir, `${signal} ${mode}`, mode);
    const running = readPostmasterPid(pgDir);
    expect(running && isAlive(running.pid)).toBe(true);
    const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
    child.kill(signal);
    await exited;
    const deadline = Date.now() + 10_000;
    while (running && isAlive(running.pid) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(running && isAlive(running.pid)).toBe(false);
    expect(postmastersFor(pgDir)).toEqual([]);
  });

  test("starts normally over a stale postmaster.pid whose process is gone", async () => {
    const gone = spawn("true");
    await new Promise((resolve) => gone.once("exit", resolve));
    const stalePid = gone.pid ?? 999_999;
    const port = (await readFile(join(dataDir, "pg-port"), "utf8")).trim();
    await writeFile(
      join(pgDir, "postmaster.pid"),
      `${stalePid}\n${pgDir}\n1700000000\n${port}\n\n127.0.0.1\n  1234  5678\nready   \n`,
    );
    const handle = await createDb({ dataDir, handleSignals: false });
    try {
      const [row] = await handle.db
        .execute<{ ok: number }>(sql`select 1 as ok`)
        .then((r) => r.rows);
      expect(row?.ok).toBe(1);
      const running = postmastersFor(pgDir);
      expect(running).toHaveLength(1);
      expect(running[0]).not.toBe(stalePid);
    } finally {
      await handle.close();
    }
  });
});

describe("supervision and ownership of the embedded server", () => {
  let dataDir: string;
  let pgDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), "debrief-supervise-"));
    pgDir = join(dataDir, "pg");
  });

  afterAll(async () => {
    for (const pid of postmastersFor(pgDir)) {
      process.kill(pid, "SIGCONT");
      process.kill(pid, "SIGINT");
    }
    const deadline = Date.now() + 15_000;
    while (postmastersFor(pgDir).length > 0 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await rm(dataDir, { recursive: true, force: true });
  });

  test("restarts a crashed server and serves again within 15 s, keeping committed rows", async () => {
    const states: string[] = [];
    const handle = await createDb({
      dataDir,
      handleSignals: false,
      onStatusChange: (status) => states.push(status.state),
    });
    try {
      await handle.db.insert(organisations).values({ name: "committed before the crash" });
      const crashed = readPostmasterPid(pgDir);
      if (!crashed) throw new Error("no postmaster.pid");
      const killedAt = Date.now();
      process.kill(crashed.pid, "SIGKILL");
      while (handle.status().state === "ready" && Date.now() - killedAt < 5_000) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      // A dropped pool connection may say "unreachable" a moment before the supervisor's
      // "restarting": either way the app answers 503.
      expect(["restarting", "unreachable"]).toContain(handle.status().state);
      while (handle.status().state !== "ready" && Date.now() - killedAt < 15_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      expect(handle.status().state).toBe("ready");
      expect(Date.now() - killedAt).toBeLessThan(15_000);
      // The same pool, reconnected by itself.
      const rows = await handle.db
        .select()
        .from(organisations)
        .where(eq(organisations.name, "committed before the crash"));
      expect(rows).toHaveLength(1);
      expect(postmastersFor(pgDir)).toHaveLength(1);
      expect(postmastersFor(pgDir)[0]).not.toBe(crashed.pid);
      expect(states).toContain("restarting");
      expect(states.at(-1)).toBe("ready");
    } finally {
      await handle.close();
    }
    expect(postmastersFor(pgDir)).toEqual([]);
  });

  test("a second owner of the folder is refused with a sentence naming the first", async () => {
    const child = await startHolder(dataDir, "first owner", "hold");
    try {
      const error = await createDb({ dataDir, handleSignals: false }).catch((e: unknown) => e);
      expect(isStartError(error)).toBe(true);
      expect((error as Error).message).toMatch(
        new RegExp(
          `is in use by another Debrief process \\(pid ${child.pid}, .*\\): stop that one first`,
        ),
      );
      // The refused start touched nothing: the first still serves.
      expect(postmastersFor(pgDir)).toHaveLength(1);
    } finally {
      const exited = new Promise((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      await exited;
    }
  });

  test("a postmaster.pid naming another program is cleared without signalling it", async () => {
    // The holder above exited without stopping its server (hold mode): stop that one first.
    const left = await createDb({ dataDir, handleSignals: false });
    await left.close();
    const foreign = spawn("sleep", ["60"], { stdio: "ignore" });
    try {
      const port = (await readFile(join(dataDir, "pg-port"), "utf8")).trim();
      await writeFile(
        join(pgDir, "postmaster.pid"),
        `${foreign.pid}\n${pgDir}\n1700000000\n${port}\n\n127.0.0.1\n  1234  5678\nready   \n`,
      );
      const handle = await createDb({ dataDir, handleSignals: false });
      await handle.close();
      expect(foreign.exitCode).toBeNull();
      expect(foreign.pid && isAlive(foreign.pid)).toBe(true);
    } finally {
      foreign.kill("SIGKILL");
    }
  });

  test("close() finishes when the server is stopped (SIGSTOP)", async () => {
    const handle = await createDb({ dataDir, handleSignals: false });
    const running = readPostmasterPid(pgDir);
    if (!running) throw new Error("no postmaster.pid");
    process.kill(running.pid, "SIGSTOP");
    const started = Date.now();
    await handle.close();
    expect(Date.now() - started).toBeLessThan(closeBudgetMs);
    expect(isAlive(running.pid)).toBe(false);
    expect(postmastersFor(pgDir)).toEqual([]);
  });
});

describe("migrations", () => {
  async function createEmptyDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
    const { adminUrl, databasePrefix } = inject("debriefTestDatabase");
    const name = `${databasePrefix}empty_${Math.random().toString(36).slice(2, 8)}`;
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    return {
      url: withDatabase(adminUrl, name),
      drop: async () => {
        const dropper = new pg.Client({ connectionString: adminUrl });
        await dropper.connect();
        await dropper.query(`drop database ${name} with (force)`);
        await dropper.end();
      },
    };
  }

  const journal = JSON.parse(
    readFileSync(join(defaultMigrationsFolder, "meta/_journal.json"), "utf8"),
  ) as { entries: unknown[] };

  test("apply once and are a no-op the second time", async () => {
    const empty = await createEmptyDatabase();
    const { db, pool } = connectDb(empty.url);
    try {
      await migrateAndSeed(pool, { migrationsFolder: defaultMigrationsFolder });
      await db.insert(users).values({ email: "kept@example.test", name: "Kept" });
      await migrateAndSeed(pool, { migrationsFolder: defaultMigrationsFolder });
      const applied = await db.execute(sql`select hash from drizzle.__drizzle_migrations`);
      expect(applied.rows).toHaveLength(journal.entries.length);
      expect(await db.select().from(users)).toHaveLength(1);
    } finally {
      await pool.end();
      await empty.drop();
    }
  });

  test("two processes starting at once take turns to migrate and seed", async () => {
    const empty = await createEmptyDatabase();
    const a = connectDb(empty.url);
    const b = connectDb(empty.url);
    try {
      const options = {
        migrationsFolder: defaultMigrationsFolder,
        seed: (db: Db) => seedDemo(db, { upTo: "organisation" }),
      };
      await Promise.all([migrateAndSeed(a.pool, options), migrateAndSeed(b.pool, options)]);
      const applied = await a.db.execute(sql`select hash from drizzle.__drizzle_migrations`);
      expect(applied.rows).toHaveLength(journal.entries.length);
      expect(await a.db.select().from(organisations)).toHaveLength(1);
      expect(await a.db.select().from(users)).toHaveLength(15);
    } finally {
      await Promise.all([a.pool.end(), b.pool.end()]);
      await empty.drop();
    }
  });
});
