import { count, isNotNull } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { connectDb, type Db, defaultMigrationsFolder, migrateAndSeed } from "../client.ts";
import { answers } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { scores } from "../schema/scores.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { seedDemo } from "./index.ts";
import { questionBank } from "./question-bank.ts";

// What the web app's createDb runs on every start: migrate, then seedDemo syncs the bank and
// seeds the demo (here with history), all under the migrate lock.
describe("start-up seeding", () => {
  const testDb = useTestDatabase();

  test("syncs the bank and seeds demo history once; later starts add nothing", async () => {
    const { db, pool } = connectDb(testDb.url);
    const totals = async () => {
      const [bank] = await db
        .select({ n: count() })
        .from(questions)
        .where(isNotNull(questions.slug));
      const [answerRows] = await db.select({ n: count() }).from(answers);
      const [scoreRows] = await db.select({ n: count() }).from(scores);
      return { bank: bank?.n, answers: answerRows?.n, scores: scoreRows?.n };
    };
    try {
      const options = {
        migrationsFolder: defaultMigrationsFolder,
        seed: (locked: Db) =>
          seedDemo(locked, { upTo: "history", now: new Date("2026-03-01T09:00:00Z") }),
      };
      await migrateAndSeed(pool, options);
      const first = await totals();
      expect(first.bank).toBe(questionBank.length);
      expect(first.answers).toBeGreaterThanOrEqual(12 * 3);
      expect(first.scores).toBe(first.answers);
      await migrateAndSeed(pool, options);
      expect(await totals()).toEqual(first);
    } finally {
      await pool.end();
    }
  });
});
