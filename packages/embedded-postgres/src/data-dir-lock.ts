import { randomBytes } from "node:crypto";
import {
  linkSync,
  mkdirSync,
  readFileSync,
  rmdirSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { mkdir } from "node:fs/promises";
import { basename, join } from "node:path";
import { StartError } from "./start-error.ts";

/** Who holds a data folder: written once, atomically, by the process that owns it. */
export interface DataDirOwner {
  pid: number;
  /** Field 22 of /proc/<pid>/stat: tells a live owner from a later process that reused its pid. */
  processStart: string | null;
  startedAt: string;
  command: string;
}

export interface DataDirLock {
  readonly file: string;
  /** Removes the lock file if it is still ours. Synchronous, so an 'exit' handler can call it. */
  release(): void;
}

const lockName = "owner.lock";

/**
 * Makes this process the one owner of `dataDir` (its embedded cluster, port and secrets). A
 * second process gets a StartError naming the holder; a lock whose holder is gone (killed,
 * crashed, or its pid now belongs to someone else) is taken over. Two processes starting at the
 * same instant serialise on the atomic link(2): exactly one wins, before either touches `pg/`.
 */
export async function acquireDataDirLock(dataDir: string): Promise<DataDirLock> {
  await mkdir(dataDir, { recursive: true });
  const file = join(dataDir, lockName);
  const me: DataDirOwner = {
    pid: process.pid,
    processStart: readProcessStart(process.pid),
    startedAt: new Date().toISOString(),
    command: describeCommand(),
  };
  const text = `${JSON.stringify(me)}\n`;
  for (let attempt = 0; attempt < 50; attempt++) {
    // Write the whole record under a private name, then link it into place: link fails if the
    // lock exists, and a reader never sees a half-written file.
    const temp = join(dataDir, `.${lockName}.${process.pid}.${randomBytes(4).toString("hex")}`);
    writeFileSync(temp, text, { mode: 0o644 });
    try {
      linkSync(temp, file);
      return { file, release: () => releaseIfOurs(file, text) };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    } finally {
      unlinkSync(temp);
    }
    const holder = readDataDirOwner(dataDir);
    if (holder && isOwnerAlive(holder)) {
      if (holder.pid === process.pid) {
        throw new StartError(
          `This process already opened DEBRIEF_DATA_DIR (${dataDir}): close the first database handle before opening a second one.`,
        );
      }
      throw new StartError(
        `DEBRIEF_DATA_DIR (${dataDir}) is in use by another Debrief process (pid ${holder.pid}, "${holder.command}", started ${holder.startedAt}): stop that one first, or give this one its own DEBRIEF_DATA_DIR.`,
      );
    }
    breakStaleLock(file, dataDir);
  }
  throw new StartError(
    `Could not take ownership of DEBRIEF_DATA_DIR (${dataDir}): its ${lockName} kept changing; stop the other Debrief processes using it and start again.`,
  );
}

/** The recorded owner of `dataDir`, or null (no lock, or one too damaged to read). */
export function readDataDirOwner(dataDir: string): DataDirOwner | null {
  try {
    const parsed = JSON.parse(readFileSync(join(dataDir, lockName), "utf8")) as DataDirOwner;
    return Number.isInteger(parsed.pid) && parsed.pid > 0 ? parsed : null;
  } catch {
    return null;
  }
}

export function isOwnerAlive(owner: DataDirOwner): boolean {
  if (!isProcessRunning(owner.pid)) return false;
  // Same pid but another start time: the owner died and its pid was handed out again.
  const start = readProcessStart(owner.pid);
  return owner.processStart === null || start === null || start === owner.processStart;
}

/**
 * Removes a lock whose owner is gone. A short-lived guard folder (mkdir is atomic) makes sure
 * only one process breaks it, and it re-reads the lock under the guard: otherwise two starters
 * could both judge it stale and the slower would delete the faster one's fresh lock.
 */
function breakStaleLock(file: string, dataDir: string): void {
  const guard = `${file}.breaking`;
  try {
    // Without `recursive`, mkdirSync fails with EEXIST when the folder is there: atomic.
    mkdirSync(guard);
  } catch {
    // Someone else is breaking it; a guard older than 10 s belongs to a process that died.
    try {
      if (Date.now() - statSync(guard).mtimeMs > 10_000) rmdirSync(guard);
    } catch {}
    sleepSync(50);
    return;
  }
  try {
    const holder = readDataDirOwner(dataDir);
    if (!holder || !isOwnerAlive(holder)) {
      try {
        unlinkSync(file);
      } catch {}
    }
  } finally {
    rmdirSync(guard);
  }
}

function releaseIfOurs(file: string, text: string): void {
  try {
    if (readFileSync(file, "utf8") === text) unlinkSync(file);
  } catch {}
}

/** Alive and not a zombie. A zombie answers kill(pid, 0) but will never run again. */
export function isProcessRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  return readProcessState(pid) !== "Z";
}

/** The one-letter state from /proc/<pid>/stat (R, S, D, Z, T...), or null without /proc. */
export function readProcessState(pid: number): string | null {
  return readStatFields(pid)?.[0] ?? null;
}

export function readProcessStart(pid: number): string | null {
  // Fields after "(comm) ": state is field 3, starttime field 22 → index 19.
  return readStatFields(pid)?.[19] ?? null;
}

function readStatFields(pid: number): string[] | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  } catch {
    return null;
  }
}

function describeCommand(): string {
  const [, script, ...args] = process.argv;
  return [script ? basename(script) : "node", ...args].join(" ").slice(0, 200);
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
