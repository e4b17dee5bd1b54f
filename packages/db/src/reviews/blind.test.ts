import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { answers } from "../schema/answers.ts";
import { questionSets } from "../schema/question-sets.ts";
import { reviews } from "../schema/reviews.ts";
import { users } from "../schema/users.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { answerIsBlind, candidateFieldForCoach, candidateNameForCoach } from "./blind.ts";

const { db } = useTestDatabase();

async function setUp() {
  const organisation = await createOrganisation(db);
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
    organisationId: organisation.id,
    candidates: 2,
  });
  const [alice, bob] = candidates;
  const [coach] = coaches;
  if (!alice || !bob || !coach) throw new Error("cohort without members");
  const question = await createQuestion(db);
  const other = await createQuestion(db);
  const set = await createQuestionSet(db, {
    cohortId: cohort.id,
    questionIds: [question.id, other.id],
  });
  await db.update(questionSets).set({ blind: true }).where(eq(questionSets.id, set.id));
  const assignmentOf = async (candidateId: string) =>
    createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId,
      dueAt: new Date(Date.now() + 86_400_000),
    });
  return { cohort, coach, alice, bob, question, other, set, assignmentOf };
}

async function seen(answerId: string) {
  const [row] = await db
    .select({
      blind: answerIsBlind,
      name: candidateNameForCoach(users.name),
      id: candidateFieldForCoach<string>(answers.candidateId),
    })
    .from(answers)
    .innerJoin(users, eq(users.id, answers.candidateId))
    .where(eq(answers.id, answerId));
  if (!row) throw new Error("answer not found");
  return row;
}

describe("blind grading", () => {
  test("hides the candidate behind a per-set pseudonym until the review is published", async () => {
    const { cohort, coach, alice, question, assignmentOf } = await setUp();
    const assignment = await assignmentOf(alice.id);
    const answer = await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      assignmentId: assignment.id,
    });

    const before = await seen(answer.id);
    expect(before.blind).toBe(true);
    expect(before.name).toMatch(/^Candidate [0-9A-F]{5}$/);
    expect(before.name).not.toContain(alice.name);
    expect(before.id).toBeNull();

    // A submitted but held review is still blind; publishing reveals.
    await db
      .insert(reviews)
      .values({ answerId: answer.id, reviewerId: coach.id, submittedAt: new Date() });
    expect((await seen(answer.id)).blind).toBe(true);
    await db
      .update(reviews)
      .set({ publishedAt: new Date() })
      .where(eq(reviews.answerId, answer.id));
    const after = await seen(answer.id);
    expect(after).toEqual({ blind: false, name: alice.name, id: alice.id });
  });

  test("one candidate keeps one pseudonym across the set; two candidates get two", async () => {
    const { cohort, alice, bob, question, other, assignmentOf } = await setUp();
    const aliceAssignment = await assignmentOf(alice.id);
    const bobAssignment = await assignmentOf(bob.id);
    const answer = (candidateId: string, questionId: string, assignmentId: string) =>
      createAnswer(db, { candidateId, questionId, cohortId: cohort.id, assignmentId });
    const a1 = await seen((await answer(alice.id, question.id, aliceAssignment.id)).id);
    const a2 = await seen((await answer(alice.id, other.id, aliceAssignment.id)).id);
    const b1 = await seen((await answer(bob.id, question.id, bobAssignment.id)).id);
    expect(a1.name).toBe(a2.name);
    expect(b1.name).not.toBe(a1.name);
  });

  test("answers outside a blind set show the candidate as before", async () => {
    const { cohort, alice, question } = await setUp();
    const practice = await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
    });
    expect(await seen(practice.id)).toEqual({ blind: false, name: alice.name, id: alice.id });
  });
});
