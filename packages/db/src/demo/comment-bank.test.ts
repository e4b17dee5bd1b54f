import { and, count, eq, isNotNull } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { listCommentBank } from "../comment-bank/comment-bank.ts";
import { memberships } from "../schema/memberships.ts";
import { reviews } from "../schema/reviews.ts";
import { users } from "../schema/users.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_COACH_EMAIL } from "../users/demo-accounts.ts";
import { seedDemoCommentBank } from "./comment-bank.ts";
import { seedDemoHistory } from "./history.ts";
import { seedDemoIfEmpty } from "./organisation.ts";
import { questionBank } from "./question-bank.ts";
import { demoOverallComments, seedDemoReviews } from "./reviews.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";

const { db } = useTestDatabase();

describe("seedDemoCommentBank", () => {
  test("fills the demo bank, links the overall comments the demo reviews use, and runs once", async () => {
    const now = new Date("2026-03-02T12:00:00Z");
    await syncQuestionBank(db, questionBank);
    await seedDemoIfEmpty(db);
    await seedDemoReviews(db, { now, history: await seedDemoHistory(db, { now }) });

    const added = await seedDemoCommentBank(db);
    expect(added).toBeGreaterThan(demoOverallComments.length);

    const rows = await db
      .select({ id: users.id, cohortId: memberships.cohortId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.email, DEMO_COACH_EMAIL), eq(memberships.role, "coach")));
    const coachId = rows[0]?.id;
    if (!coachId) throw new Error("no demo coach");
    const bank = await listCommentBank(db, { coachId, cohortIds: rows.map((r) => r.cohortId) });
    expect(bank).toHaveLength(added);
    const used = bank.filter((entry) => demoOverallComments.includes(entry.text));
    expect(used.length).toBe(demoOverallComments.length);
    // Each overall-comment entry counts the submitted demo reviews that say exactly it.
    for (const entry of used) {
      const [row] = await db
        .select({ n: count() })
        .from(reviews)
        .where(and(eq(reviews.overallComment, entry.text), isNotNull(reviews.submittedAt)));
      expect(entry.usageCount).toBe(row?.n);
    }
    expect(used.reduce((sum, entry) => sum + entry.usageCount, 0)).toBeGreaterThan(0);
    expect(bank.some((entry) => entry.dimension !== null && entry.score !== null)).toBe(true);

    expect(await seedDemoCommentBank(db)).toBe(0);
  });
});
