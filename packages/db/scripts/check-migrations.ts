// Fails when the Drizzle schema and the committed migrations disagree: runs drizzle-kit generate
// into a scratch copy of the migrations folder and reports anything it would add or change.
import { spawn } from "node:child_process";
import { cp, mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface CheckMigrationsOptions {
  /** Folder holding node_modules/.bin/drizzle-kit; paths below are relative to it. */
  packageDir: string;
  schema?: string;
  migrationsFolder?: string;
}

export interface CheckMigrationsResult {
  ok: boolean;
  /** Files drizzle-kit added or changed in the scratch copy. */
  changedFiles: string[];
  output: string;
}

export async function checkMigrations(
  options: CheckMigrationsOptions,
): Promise<CheckMigrationsResult> {
  const packageDir = resolve(options.packageDir);
  const migrationsFolder = resolve(packageDir, options.migrationsFolder ?? "drizzle");
  const scratch = await mkdtemp(join(tmpdir(), "debrief-check-migrations-"));
  try {
    await cp(migrationsFolder, scratch, { recursive: true });
    const before = await readTree(scratch);
    const run = await runDrizzleKit(packageDir, [
      "generate",
      "--dialect=postgresql",
      "--casing=snake_case",
      `--schema=${options.schema ?? "./src/schema/index.ts"}`,
      // drizzle-kit prefixes "./" to --out, so an absolute path would break: pass it relative.
      `--out=${relative(packageDir, scratch)}`,
    ]);
    const after = await readTree(scratch);
    const changedFiles = [...after.keys()].filter((file) => before.get(file) !== after.get(file));
    const output = run.output;
    if (run.timedOut) {
      return {
        ok: false,
        changedFiles,
        output: `${output}\ndrizzle-kit waited for input (an ambiguous rename?): run \`pnpm --filter @debrief/db generate\` interactively.`,
      };
    }
    // drizzle-kit exits 0 even when it fails to read the snapshots, so demand its all-clear.
    const isClean = run.code === 0 && output.includes("No schema changes");
    return { ok: isClean && changedFiles.length === 0, changedFiles, output };
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

async function readTree(root: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    files.set(relative(root, path), await readFile(path, "utf8"));
  }
  return files;
}

function runDrizzleKit(
  cwd: string,
  args: string[],
): Promise<{ code: number | null; output: string; timedOut: boolean }> {
  return new Promise((resolvePromise, reject) => {
    // stdin ignored: an interactive rename prompt must fail the check, not hang CI.
    const child = spawn(join(cwd, "node_modules", ".bin", "drizzle-kit"), args, {
      cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill("SIGKILL");
    }, 60_000);
    child.once("error", reject);
    child.once("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, output, timedOut });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const packageDir = fileURLToPath(new URL("..", import.meta.url));
  const result = await checkMigrations({ packageDir });
  if (result.ok) {
    console.log("check-migrations: schema and migrations agree");
  } else {
    console.error(result.output.trim());
    console.error(
      `check-migrations: the schema has changes without a migration (${result.changedFiles.join(", ") || "drizzle-kit failed"}).\nRun \`pnpm --filter @debrief/db generate\`, review the SQL and commit it.`,
    );
    process.exitCode = 1;
  }
}
