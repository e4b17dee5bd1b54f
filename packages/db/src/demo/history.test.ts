import { and, asc, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { syncQuestionBank } from "./sync-question-bank.ts";
import { answers } from "../schema/answers.ts";
import { scores } from "../schema/scores.ts";
import { users } from "../schema/users.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_ACCOUNTS, seedDemoIfEmpty } from "./organisation.ts";
import { seedDemoHistory } from "./history.ts";
import { questionBank } from "./question-bank.ts";

const now = new Date("2026-03-02T12:00:00Z");

describe("seedDemoHistory", () => {
  const testDb = useTestDatabase();
  beforeAll(async () => {
    await syncQuestionBank(testDb.db, questionBank);
    await seedDemoIfEmpty(testDb.db);
  });
  afterAll(async () => {
    await testDb.close();
  });

  test("gives every demo candidate 3–8 engine-scored answers over the last six weeks", async () => {
    const { db } = testDb;
    const seeded = await seedDemoHistory(db, { now });
    const perCandidate = await db
      .select({
        email: users.email,
        answers: sql<number>`count(*)::int`,
        first: sql<string>`min(${answers.submittedAt})`,
        last: sql<string>`max(${answers.submittedAt})`,
        revised: sql<number>`count(*) filter (where ${answers.attempt} > 1)::int`,
        maxAttempt: sql<number>`max(${answers.attempt})`,
      })
      .from(answers)
      .innerJoin(users, eq(users.id, answers.candidateId))
      .groupBy(users.email);
    const candidates = DEMO_ACCOUNTS.filter((a) => a.role === "candidate");
    expect(perCandidate).toHaveLength(candidates.length);
    expect(seeded.length).toBe(perCandidate.reduce((sum, row) => sum + row.answers, 0));
    const sixWeeksAgo = now.getTime() - 43 * 24 * 3_600_000;
    for (const row of perCandidate) {
      expect(row.answers, row.email).toBeGreaterThanOrEqual(3);
      expect(row.answers, row.email).toBeLessThanOrEqual(8);
      expect(new Date(row.first).getTime(), row.email).toBeGreaterThan(sixWeeksAgo);
      expect(new Date(row.last).getTime(), row.email).toBeLessThan(now.getTime());
      expect(row.maxAttempt, row.email).toBeLessThanOrEqual(3);
    }
    expect(perCandidate.filter((row) => row.revised > 0).length).toBeGreaterThanOrEqual(6);

    const autoRows = await db
      .select({ overall: scores.overall, engineVersion: scores.engineVersion })
      .from(scores)
      .where(eq(scores.source, "auto"));
    expect(autoRows).toHaveLength(seeded.length);
    expect(new Set(autoRows.map((r) => r.engineVersion)).size).toBe(1);
    const overalls = autoRows.map((r) => r.overall);
    // A realistic spread: weak first tries and strong revisions.
    expect(Math.min(...overalls)).toBeLessThan(50);
    expect(Math.max(...overalls)).toBeGreaterThanOrEqual(75);
  });

  test("revisions improve on the attempt before", async () => {
    const { db } = testDb;
    const rows = await db
      .select({
        candidateId: answers.candidateId,
        questionId: answers.questionId,
        attempt: answers.attempt,
        submittedAt: answers.submittedAt,
        overall: scores.overall,
      })
      .from(answers)
      .innerJoin(scores, and(eq(scores.answerId, answers.id), eq(scores.source, "auto")))
      .orderBy(asc(answers.candidateId), asc(answers.questionId), asc(answers.attempt));
    let pairs = 0;
    let improved = 0;
    for (const [i, row] of rows.entries()) {
      const before = rows[i - 1];
      if (!before || row.attempt === 1) continue;
      expect(before.questionId).toBe(row.questionId);
      expect(row.submittedAt.getTime()).toBeGreaterThan(before.submittedAt.getTime());
      pairs++;
      if (row.overall > before.overall) improved++;
    }
    expect(pairs).toBeGreaterThan(0);
    expect(improved / pairs).toBeGreaterThanOrEqual(0.8);
  });
});
