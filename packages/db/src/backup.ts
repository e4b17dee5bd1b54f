import { execFile } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir, rename, rm, stat } from "node:fs/promises";
import { delimiter, dirname, join } from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

/** Where install-pg-client.sh puts PostgreSQL 18's pg_dump and pg_restore. */
export const installedPgClientDir = "/opt/debrief/postgresql-18/bin";
export const installPgClientCommand = "bash packages/db/scripts/install-pg-client.sh";

export interface PgTools {
  pgDump: string;
  pgRestore: string;
  major: number;
}

/**
 * pg_dump and pg_restore for a server of `serverMajor`. pg_dump refuses servers newer than
 * itself, and a newer pg_restore writes settings an older server does not know (pg_restore 17+
 * sends `SET transaction_timeout`, which PostgreSQL 15 rejects), so the tools of the server's own
 * major win, then the oldest newer ones. Looks in `extraDirs` (e.g. DEBRIEF_PG_BIN), the folder
 * the install script uses, Debian's /usr/lib/postgresql/N/bin, then PATH.
 */
export async function findPgTools(serverMajor: number, extraDirs: string[] = []): Promise<PgTools> {
  const debianDirs = existsSync("/usr/lib/postgresql")
    ? readdirSync("/usr/lib/postgresql")
        .sort((a, b) => Number(b) - Number(a))
        .map((version) => `/usr/lib/postgresql/${version}/bin`)
    : [];
  const pathDirs = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const found: string[] = [];
  let best: PgTools | undefined;
  for (const dir of [...extraDirs, installedPgClientDir, ...debianDirs, ...pathDirs]) {
    const pgDump = join(dir, "pg_dump");
    const pgRestore = join(dir, "pg_restore");
    if (!existsSync(pgDump) || !existsSync(pgRestore)) continue;
    const major = await readMajor(pgDump);
    if (major === null) continue;
    if (major === serverMajor) return { pgDump, pgRestore, major };
    if (major > serverMajor && (best === undefined || major < best.major)) {
      best = { pgDump, pgRestore, major };
    }
    found.push(`pg_dump ${major} in ${dir}`);
  }
  if (best !== undefined) return best;
  throw new BackupError(
    `Backing up PostgreSQL ${serverMajor} needs pg_dump ${serverMajor} or newer (found ${found.length > 0 ? found.join(", ") : "none"}): install it with \`${installPgClientCommand}\` (as root, about 2 minutes), or set DEBRIEF_PG_BIN to a folder holding pg_dump and pg_restore ${serverMajor}.`,
  );
}

/** A backup or restore that cannot go ahead; the message says why and what to do. */
export class BackupError extends Error {
  override readonly name = "BackupError";
}

async function readMajor(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ["--version"]);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout.replace(/^[^)]*\)/, ""));
    return match?.[1] ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

export async function readServerMajor(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    const { rows } = await client.query<{ v: string }>(
      "select current_setting('server_version_num') as v",
    );
    return Math.floor(Number(rows[0]?.v ?? 0) / 10_000);
  } finally {
    await client.end();
  }
}

/** libpq takes the password from the environment, so it never shows in `ps`. */
function splitPassword(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = "";
  return {
    url: parsed.toString(),
    env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) },
  };
}

export interface BackupResult {
  file: string;
  bytes: number;
  ms: number;
}

/**
 * pg_dump in its custom format (compressed, restorable table by table), written under a
 * temporary name and renamed when complete: a failed or interrupted backup never looks whole.
 */
export async function backupDatabase(options: {
  url: string;
  file: string;
  pgBinDirs?: string[];
}): Promise<BackupResult> {
  const started = Date.now();
  const tools = await findPgTools(await readServerMajor(options.url), options.pgBinDirs);
  await mkdir(dirname(options.file), { recursive: true });
  const partial = `${options.file}.partial`;
  const { url, env } = splitPassword(options.url);
  try {
    await run(
      tools.pgDump,
      ["--format=custom", "--no-owner", "--no-privileges", `--file=${partial}`, `--dbname=${url}`],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    await rm(partial, { force: true });
    throw new BackupError(`pg_dump failed: ${describeToolError(error)}`, { cause: error });
  }
  await rename(partial, options.file);
  return { file: options.file, bytes: (await stat(options.file)).size, ms: Date.now() - started };
}

export interface RestoreResult {
  file: string;
  /** The database as it was just before the restore, kept in case it was the wrong file. */
  safetyCopy: string;
  ms: number;
}

/**
 * Replaces the database's contents with a backup: checks the file is a readable archive, takes
 * a safety backup of what is there now, empties the schemas Debrief owns and restores the file
 * in one transaction (all or nothing). The next start applies any migrations newer than it.
 */
export async function restoreDatabase(options: {
  url: string;
  file: string;
  safetyCopy: string;
  pgBinDirs?: string[];
}): Promise<RestoreResult> {
  const started = Date.now();
  if (!existsSync(options.file)) {
    throw new BackupError(
      `There is no backup at ${options.file}: give the path of a file made by pnpm db:backup.`,
    );
  }
  const tools = await findPgTools(await readServerMajor(options.url), options.pgBinDirs);
  try {
    await run(tools.pgRestore, ["--list", options.file], { maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    throw new BackupError(
      `${options.file} is not a backup pg_restore can read (${describeToolError(error)}): give the path of a file made by pnpm db:backup.`,
      { cause: error },
    );
  }
  await backupDatabase({
    url: options.url,
    file: options.safetyCopy,
    pgBinDirs: options.pgBinDirs,
  });

  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    await client.query("begin");
    await client.query("drop schema if exists drizzle cascade");
    await client.query("drop schema if exists public cascade");
    await client.query("create schema public");
    await client.query("commit");
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }

  const { url, env } = splitPassword(options.url);
  try {
    await run(
      tools.pgRestore,
      [
        "--single-transaction",
        "--exit-on-error",
        "--no-owner",
        "--no-privileges",
        `--dbname=${url}`,
        options.file,
      ],
      { env, maxBuffer: 16 * 1024 * 1024 },
    );
  } catch (error) {
    throw new BackupError(
      `pg_restore failed (${describeToolError(error)}), which leaves the database empty: put back what was there with pnpm db:restore ${options.safetyCopy}.`,
      { cause: error },
    );
  }
  return { file: options.file, safetyCopy: options.safetyCopy, ms: Date.now() - started };
}

function describeToolError(error: unknown): string {
  const stderr = (error as { stderr?: string }).stderr?.trim();
  if (stderr) return stderr.split("\n").slice(-3).join(" ");
  return error instanceof Error ? error.message : String(error);
}

/** backups/debrief-2026-12-03T09-51-10Z.dump: sortable, and safe in every file system. */
export function defaultBackupName(now: Date, prefix = "debrief"): string {
  return `${prefix}-${now
    .toISOString()
    .replace(/\.\d+Z$/, "Z")
    .replaceAll(":", "-")}.dump`;
}
