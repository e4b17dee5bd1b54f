import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { questions } from "../schema/questions.ts";
import { questionBank } from "./question-bank.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";

describe("syncQuestionBank", () => {
  const testDb = useTestDatabase();

  test("inserts the bank once; re-running changes and duplicates nothing", async () => {
    const { db } = testDb;
    expect(await syncQuestionBank(db, questionBank)).toEqual({ changed: questionBank.length });
    const firstIds = await db.select({ id: questions.id, slug: questions.slug }).from(questions);
    expect(await syncQuestionBank(db, questionBank)).toEqual({ changed: 0 });
    const rows = await db
      .select({ id: questions.id, slug: questions.slug, cohortId: questions.cohortId })
      .from(questions)
      .where(isNotNull(questions.slug));
    expect(rows).toHaveLength(questionBank.length);
    expect(rows.every((row) => row.cohortId === null)).toBe(true);
    expect(new Set(rows.map((r) => r.id))).toEqual(new Set(firstIds.map((r) => r.id)));
  });

  test("an edited prompt updates its row in place, keeping the id", async () => {
    const { db } = testDb;
    const [first] = questionBank;
    if (!first) throw new Error("empty bank");
    const [before] = await db.select().from(questions).where(eq(questions.slug, first.slug));
    const edited = questionBank.map((q) =>
      q.slug === first.slug ? { ...q, prompt: `${q.prompt} Take your time.` } : q,
    );
    expect(await syncQuestionBank(db, edited)).toEqual({ changed: 1 });
    const [after] = await db.select().from(questions).where(eq(questions.slug, first.slug));
    expect(after?.id).toBe(before?.id);
    expect(after?.prompt).toBe(`${first.prompt} Take your time.`);
    expect(after?.updatedAt.getTime()).toBeGreaterThanOrEqual(before?.updatedAt.getTime() ?? 0);
  });
});
