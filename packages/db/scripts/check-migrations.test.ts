import { mkdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { checkMigrations } from "./check-migrations.ts";

const packageDir = fileURLToPath(new URL("..", import.meta.url));
// Inside the package so drizzle-kit resolves drizzle-orm; `.data/` is git-ignored.
const scratchDir = join(packageDir, ".data", `check-migrations-${process.pid}`);

describe("check-migrations", () => {
  afterAll(async () => {
    await rm(scratchDir, { recursive: true, force: true });
  });

  test("passes when the committed migrations match the schema", async () => {
    const result = await checkMigrations({ packageDir });
    expect(result.output).toContain("No schema changes");
    expect(result).toMatchObject({ ok: true, changedFiles: [] });
  });

  test("fails when the schema changes without a migration", async () => {
    await mkdir(scratchDir, { recursive: true });
    const schema = join(scratchDir, "schema.ts");
    await writeFile(
      schema,
      [
        'import { pgTable, text, uuid } from "drizzle-orm/pg-core";',
        'export * from "../../src/schema/index.ts";',
        'export const widgets = pgTable("widgets", { id: uuid().primaryKey(), label: text() });',
      ].join("\n"),
    );
    const result = await checkMigrations({ packageDir, schema });
    expect(result.ok).toBe(false);
    expect(result.changedFiles.some((file) => file.endsWith(".sql"))).toBe(true);
  });
});
