import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  BackupError,
  backupDatabase,
  findPgTools,
  readServerMajor,
  restoreDatabase,
} from "./backup.ts";
import { organisations } from "./schema/organisations.ts";
import { createAnswer, createCohortWithMembers, createQuestion } from "./testing/factories.ts";
import { findAnswerFactsDrift } from "./testing/answer-facts-drift.ts";
import { createTestDatabase, type TestDatabase } from "./testing/test-database.ts";

let testDb: TestDatabase;
let folder: string;
let toolsMissing: string | null = null;

beforeAll(async () => {
  testDb = await createTestDatabase();
  folder = await mkdtemp(join(tmpdir(), "debrief-backup-test-"));
  try {
    await findPgTools(await readServerMajor(testDb.url));
  } catch (error) {
    // A developer machine without the tool skips with the reason; CI installs it and must run.
    if (!(error instanceof BackupError) || process.env.CI) throw error;
    toolsMissing = error.message;
  }
});

afterAll(async () => {
  await testDb?.close();
  await rm(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  test("reads the server's major version and picks tools of that major, or the oldest newer", async () => {
    const major = await readServerMajor(testDb.url);
    expect(major).toBeGreaterThanOrEqual(13);
    if (toolsMissing) return;
    const tools = await findPgTools(major);
    expect(tools.major).toBeGreaterThanOrEqual(major);
  });

  test("round trip: a restore brings back exactly what the backup saw", async (context) => {
    if (toolsMissing) context.skip(toolsMissing);
    const { db, url } = testDb;
    const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
    const candidate = candidates[0];
    if (!candidate) throw new Error("fixture");
    const question = await createQuestion(db, { kind: "deep_dive" });
    await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 61,
    });
    await db.insert(organisations).values({ name: "kept by the backup" });
    const before = await countRows(testDb);

    const file = join(folder, "round-trip.dump");
    const backup = await backupDatabase({ url, file });
    expect(backup.bytes).toBeGreaterThan(1_000);

    // Everything after the backup: a new row, a deleted one, a whole dropped table.
    await db.insert(organisations).values({ name: "written after the backup" });
    await db.delete(organisations).where(eq(organisations.name, "kept by the backup"));
    await db.execute(sql`create table stray_after_backup (id int)`);

    const restored = await restoreDatabase({ url, file, safetyCopy: join(folder, "safety.dump") });
    expect(restored.safetyCopy).toBe(join(folder, "safety.dump"));

    const names = (await db.select({ name: organisations.name }).from(organisations)).map(
      (o) => o.name,
    );
    expect(names).toContain("kept by the backup");
    expect(names).not.toContain("written after the backup");
    expect(await countRows(testDb)).toEqual(before);
    const stray = await db.execute(sql`select to_regclass('public.stray_after_backup') as t`);
    expect(stray.rows[0]).toEqual({ t: null });
    // Triggers and functions came back too: answer_facts still follows the base tables.
    await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 70,
    });
    expect(await findAnswerFactsDrift(db)).toEqual([]);

    // The safety copy holds the state just before the restore.
    await restoreDatabase({
      url,
      file: join(folder, "safety.dump"),
      safetyCopy: join(folder, "safety-2.dump"),
    });
    const after = (await db.select({ name: organisations.name }).from(organisations)).map(
      (o) => o.name,
    );
    expect(after).toContain("written after the backup");
    expect(after).not.toContain("kept by the backup");
  });

  test("refuses a file that is not a backup, changing nothing", async (context) => {
    if (toolsMissing) context.skip(toolsMissing);
    const { db, url } = testDb;
    await db.insert(organisations).values({ name: "untouched by a bad restore" });
    const bogus = join(folder, "not-a-backup.dump");
    await writeFile(bogus, "hello");
    await expect(
      restoreDatabase({ url, file: bogus, safetyCopy: join(folder, "unused.dump") }),
    ).rejects.toThrow(/not a backup pg_restore can read/);
    await expect(
      restoreDatabase({
        url,
        file: join(folder, "missing.dump"),
        safetyCopy: join(folder, "unused.dump"),
      }),
    ).rejects.toThrow(/There is no backup at/);
    const rows = await db
      .select()
      .from(organisations)
      .where(eq(organisations.name, "untouched by a bad restore"));
    expect(rows).toHaveLength(1);
  });

  test("names the missing tool and the command that installs it", async () => {
    await expect(findPgTools(99, [])).rejects.toThrow(
      /needs pg_dump 99 or newer .*install-pg-client\.sh/,
    );
  });
});

async function countRows(database: TestDatabase): Promise<Record<string, number>> {
  const result = await database.db.execute<{ table_name: string; n: number }>(sql`
    select table_name, (xpath('/row/n/text()', query_to_xml(format('select count(*) as n from public.%I', table_name), false, true, '')))[1]::text::int as n
    from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name
  `);
  return Object.fromEntries(result.rows.map((row) => [row.table_name, Number(row.n)]));
}
