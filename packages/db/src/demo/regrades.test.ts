import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { countPendingRegrades, listRegradeQueue } from "../regrades/regrades.ts";
import { memberships } from "../schema/memberships.ts";
import { regradeRequests } from "../schema/regrade-requests.ts";
import { users } from "../schema/users.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { DEMO_CANDIDATE_EMAIL, DEMO_COACH_EMAIL } from "../users/demo-accounts.ts";
import { seedDemoHistory } from "./history.ts";
import { seedDemoIfEmpty } from "./organisation.ts";
import { questionBank } from "./question-bank.ts";
import { seedDemoRegrades } from "./regrades.ts";
import { seedDemoReviews } from "./reviews.ts";
import { syncQuestionBank } from "./sync-question-bank.ts";

const { db } = useTestDatabase();
const now = new Date("2026-03-02T12:00:00Z");

describe("seedDemoRegrades", () => {
  test("leaves one pending request for the demo coach, not on the demo candidate's answers", async () => {
    await syncQuestionBank(db, questionBank);
    await seedDemoIfEmpty(db);
    const history = await seedDemoHistory(db, { now });
    await seedDemoReviews(db, { now, history });
    expect(await seedDemoRegrades(db, { now })).toBe(1);

    const coach = await db
      .select({ id: users.id, cohortId: memberships.cohortId })
      .from(users)
      .innerJoin(memberships, eq(memberships.userId, users.id))
      .where(and(eq(users.email, DEMO_COACH_EMAIL), eq(memberships.role, "coach")));
    const scope = { coachId: coach[0]?.id ?? "", cohortIds: coach.map((c) => c.cohortId) };
    expect(await countPendingRegrades(db, scope)).toBe(1);
    const [item] = await listRegradeQueue(db, scope);
    const [candidate] = await db
      .select({ email: users.email })
      .from(regradeRequests)
      .innerJoin(users, eq(users.id, regradeRequests.candidateId))
      .where(eq(regradeRequests.id, item?.id ?? ""));
    expect(candidate?.email).not.toBe(DEMO_CANDIDATE_EMAIL);
    expect(item?.createdAt.getTime()).toBeLessThan(now.getTime());
  });
});
