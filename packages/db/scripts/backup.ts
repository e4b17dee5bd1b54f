// `pnpm db:backup [file]` and `pnpm db:restore <file>` from the repository root.
//
// Embedded database (no DATABASE_URL): a backup reads the running app's server if one is up,
// otherwise starts the embedded server on DEBRIEF_DATA_DIR for the length of the dump. A restore
// needs the app stopped (it replaces every row the app serves) and holds the data folder while
// it works, so the app cannot start half-way through. With DATABASE_URL both talk to that server.
// Backups default to .data/backups/ under the repository root.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { BackupError, backupDatabase, defaultBackupName, restoreDatabase } from "../src/backup.ts";
import { embeddedDatabase, ensureDatabase } from "../src/client.ts";
import {
  type EmbeddedServer,
  isOwnerAlive,
  isStartError,
  readDataDirOwner,
  readPostmasterPid,
  startEmbeddedServer,
} from "@debrief/embedded-postgres";

function findWorkspaceRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "pnpm-workspace.yaml"))) return dir;
    if (path.dirname(dir) === dir) return start;
  }
}

const [command, fileArgument] = process.argv.slice(2);
const root = findWorkspaceRoot(process.cwd());
// pnpm runs this in packages/db; a relative path means relative to where the user typed it.
const invokedFrom = process.env.INIT_CWD ?? root;
const databaseUrl = process.env.DATABASE_URL || undefined;
const dataDir = path.resolve(root, process.env.DEBRIEF_DATA_DIR || ".data/app");
const pgBinDirs = process.env.DEBRIEF_PG_BIN ? [process.env.DEBRIEF_PG_BIN] : [];
const backupsDir = path.join(root, ".data", "backups");

/** The URL to work on, and how to let go of it afterwards. */
async function openTarget(
  purpose: "backup" | "restore",
): Promise<{ url: string; done(): Promise<void>; label: string }> {
  if (databaseUrl) return { url: databaseUrl, done: async () => {}, label: "DATABASE_URL" };
  const owner = readDataDirOwner(dataDir);
  if (owner && isOwnerAlive(owner)) {
    if (purpose === "restore") {
      throw new BackupError(
        `Debrief is running on DEBRIEF_DATA_DIR (${dataDir}) as pid ${owner.pid} ("${owner.command}"): stop it first, since a restore replaces every row it serves, then run pnpm db:restore again.`,
      );
    }
    // Read the running app's server: a consistent snapshot does not need it stopped.
    const running = readPostmasterPid(path.join(dataDir, "pg"));
    const password = readFileSync(path.join(dataDir, "pg-password"), "utf8").trim();
    if (!running)
      throw new BackupError(
        `Debrief (pid ${owner.pid}) holds ${dataDir} but its database is not running: wait for it to finish starting, then back up again.`,
      );
    return {
      url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${running.port}/${embeddedDatabase}`,
      done: async () => {},
      label: `the running app's embedded database (${dataDir})`,
    };
  }
  if (purpose === "backup" && !existsSync(path.join(dataDir, "pg", "PG_VERSION"))) {
    throw new BackupError(
      `There is no embedded database in ${dataDir} to back up: start Debrief once, or set DEBRIEF_DATA_DIR or DATABASE_URL to the one you mean.`,
    );
  }
  const server: EmbeddedServer = await startEmbeddedServer({ dataDir, logger: () => {} });
  await ensureDatabase(server.urlFor("postgres"), embeddedDatabase);
  return {
    url: server.urlFor(embeddedDatabase),
    done: () => server.stop(),
    label: `the embedded database (${dataDir})`,
  };
}

function formatBytes(bytes: number): string {
  return bytes > 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} kB`;
}

async function main(): Promise<void> {
  if (command === "backup") {
    const file = fileArgument
      ? path.resolve(invokedFrom, fileArgument)
      : path.join(backupsDir, defaultBackupName(new Date()));
    const target = await openTarget("backup");
    try {
      const result = await backupDatabase({ url: target.url, file, pgBinDirs });
      console.log(
        `Backed up ${target.label} to ${result.file} (${formatBytes(result.bytes)}, ${result.ms} ms).`,
      );
      const relative = path.relative(invokedFrom, result.file);
      console.log(
        `Restore it with: pnpm db:restore ${relative.startsWith("..") ? result.file : relative}`,
      );
    } finally {
      await target.done();
    }
    return;
  }
  if (command === "restore") {
    if (!fileArgument)
      throw new BackupError(
        "Name the backup to restore: pnpm db:restore <file> (backups are in .data/backups/).",
      );
    const file = path.resolve(invokedFrom, fileArgument);
    const target = await openTarget("restore");
    try {
      const safetyCopy = path.join(backupsDir, defaultBackupName(new Date(), "before-restore"));
      const result = await restoreDatabase({ url: target.url, file, safetyCopy, pgBinDirs });
      console.log(`Restored ${result.file} into ${target.label} in ${result.ms} ms.`);
      console.log(`What was there before is kept in ${result.safetyCopy}.`);
    } finally {
      await target.done();
    }
    return;
  }
  throw new BackupError("Usage: pnpm db:backup [file] | pnpm db:restore <file>");
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    if (error instanceof BackupError || isStartError(error)) {
      console.error(error.message);
    } else {
      console.error(error);
    }
    process.exit(1);
  },
);
