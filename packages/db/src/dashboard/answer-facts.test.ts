import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { answerFacts } from "../schema/answer-facts.ts";
import { answers } from "../schema/answers.ts";
import { questions } from "../schema/questions.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { findAnswerFactsDrift } from "../testing/answer-facts-drift.ts";
import {
  addMembership,
  createAnswer,
  createCohortWithMembers,
  createQuestion,
  createUser,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";

// answer_facts is maintained by triggers (migration 0003); these tests change the base tables
// the way the application does and check the derived row after every step.
describe("answer_facts", () => {
  const testDb = useTestDatabase();

  async function fixture() {
    const { db } = testDb;
    const { cohort, candidates, coaches } = await createCohortWithMembers(db, {
      candidates: 1,
      coaches: 1,
    });
    const [candidate] = candidates;
    const [coach] = coaches;
    if (!candidate || !coach) throw new Error("fixture members missing");
    const question = await createQuestion(db, { kind: "debugging" });
    return { db, cohort, candidate, coach, question };
  }

  const factOf = async (answerId: string) => {
    const [row] = await testDb.db
      .select()
      .from(answerFacts)
      .where(eq(answerFacts.answerId, answerId));
    return row ?? null;
  };

  test("a submitted answer gets a row with the engine's scores, which count, and its UTC week", async () => {
    const { db, cohort, candidate, question } = await fixture();
    // A Sunday evening UTC belongs to the week starting the Monday before.
    const answer = await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
      submittedAt: new Date("2026-03-15T22:30:00Z"),
      overall: 64,
      dimensions: { impact: 3, tradeoffs: 1 },
    });
    const fact = await factOf(answer.id);
    expect(fact).toMatchObject({
      cohortId: cohort.id,
      candidateId: candidate.id,
      questionId: question.id,
      kind: "debugging",
      attempt: 1,
      status: "submitted",
      weekStart: new Date("2026-03-09T00:00:00Z"),
      overall: 64,
      impact: 3,
      tradeoffs: 1,
      eOverall: 64,
      eImpact: 3,
      cOverall: null,
      reviewerId: null,
      reviewedAt: null,
    });
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });

  test("a coach's draft is carried but does not count; submitting the review makes it count", async () => {
    const { db, cohort, candidate, coach, question } = await fixture();
    const answer = await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 40,
      coach: { reviewerId: coach.id, overall: 75, dimensions: { impact: 4 }, isDraft: true },
    });
    expect(await factOf(answer.id)).toMatchObject({
      status: "in_review",
      overall: 40,
      impact: 2,
      cOverall: 75,
      cImpact: 4,
      reviewerId: coach.id,
      reviewedAt: null,
    });

    const reviewedAt = new Date("2026-03-20T09:00:00Z");
    await db.transaction(async (tx) => {
      await tx
        .update(answers)
        .set({ status: "reviewed", reviewedAt })
        .where(eq(answers.id, answer.id));
      await tx
        .update(reviews)
        .set({ submittedAt: reviewedAt })
        .where(eq(reviews.answerId, answer.id));
    });
    expect(await factOf(answer.id)).toMatchObject({
      status: "reviewed",
      overall: 75,
      impact: 4,
      eOverall: 40,
      reviewerId: coach.id,
      reviewedAt,
    });

    // The coach changes a grade after submitting it.
    await db
      .update(scores)
      .set({ overall: 80, impact: 3 })
      .where(and(eq(scores.answerId, answer.id), eq(scores.source, "coach")));
    expect(await factOf(answer.id)).toMatchObject({ overall: 80, impact: 3, cOverall: 80 });

    // Re-opened: back to "in review", so the engine's scores count again.
    await db.update(answers).set({ status: "in_review" }).where(eq(answers.id, answer.id));
    expect(await factOf(answer.id)).toMatchObject({ overall: 40, impact: 2, cOverall: 80 });
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });

  test("removing the coach score and review, or the answer, is reflected too", async () => {
    const { db, cohort, candidate, coach, question } = await fixture();
    const answer = await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 30,
      coach: { reviewerId: coach.id, overall: 90 },
    });
    expect(await factOf(answer.id)).toMatchObject({ overall: 90, reviewerId: coach.id });

    await db.delete(reviews).where(eq(reviews.answerId, answer.id));
    await db.delete(scores).where(and(eq(scores.answerId, answer.id), eq(scores.source, "coach")));
    expect(await factOf(answer.id)).toMatchObject({
      overall: 30,
      cOverall: null,
      reviewerId: null,
      reviewedAt: null,
    });

    await db.delete(answers).where(eq(answers.id, answer.id));
    expect(await factOf(answer.id)).toBeNull();
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });

  test("a question's kind changing re-files its answers; other edits leave them alone", async () => {
    const { db, cohort, candidate, question } = await fixture();
    const answer = await createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: cohort.id,
    });
    await db.update(questions).set({ title: "Renamed" }).where(eq(questions.id, question.id));
    expect((await factOf(answer.id))?.kind).toBe("debugging");
    await db.update(questions).set({ kind: "conflict" }).where(eq(questions.id, question.id));
    expect((await factOf(answer.id))?.kind).toBe("conflict");
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });

  test("concurrent submits and reviews across candidates leave no drift", async () => {
    const { db, cohort, coach, question } = await fixture();
    const people = await Promise.all(Array.from({ length: 6 }, () => createUser(db)));
    await Promise.all(
      people.map((person) =>
        addMembership(db, { userId: person.id, cohortId: cohort.id, role: "candidate" }),
      ),
    );
    await Promise.all(
      people.flatMap((person, i) =>
        Array.from({ length: 3 }, (_, k) =>
          createAnswer(db, {
            candidateId: person.id,
            questionId: question.id,
            cohortId: cohort.id,
            overall: 10 * i + k,
            ...(k === 1 ? { coach: { reviewerId: coach.id, overall: 99 } } : {}),
          }),
        ),
      ),
    );
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });
});
