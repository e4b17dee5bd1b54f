import { eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { recordSubmittedAnswer } from "../answers/answers.ts";
import { listNotifications } from "../notifications/inbox.ts";
import { publishSetReviews } from "../question-sets/set-settings.ts";
import { answers } from "../schema/answers.ts";
import { questionSets } from "../schema/question-sets.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
  uniformDimensions,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { listReviewQueue } from "./review-queue.ts";
import { addReviewReply, listRepliesAwaitingCoach } from "./review-replies.ts";
import { getAnswerForReview, saveReview } from "./reviews.ts";

const { db } = useTestDatabase();

const dimensions = uniformDimensions(2);

async function setUp(releaseMode: "on_submit" | "on_publish") {
  const organisation = await createOrganisation(db);
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
    organisationId: organisation.id,
    candidates: 1,
  });
  const [alice] = candidates;
  const [coach] = coaches;
  if (!alice || !coach) throw new Error("cohort without members");
  const question = await createQuestion(db);
  const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [question.id] });
  await db
    .update(questionSets)
    .set({ blind: true, releaseMode })
    .where(eq(questionSets.id, set.id));
  const assignment = await createAssignment(db, {
    setId: set.id,
    cohortId: cohort.id,
    candidateId: alice.id,
    dueAt: new Date(Date.now() + 86_400_000),
    assignedById: coach.id,
  });
  const scope = { coachId: coach.id, cohortIds: [cohort.id] };
  const grade = async (answerId: string, submit: boolean) => {
    const [row] = await db
      .select({ version: answers.version })
      .from(answers)
      .where(eq(answers.id, answerId));
    return saveReview(db, scope, {
      answerId,
      expectedVersion: row?.version ?? 0,
      dimensions,
      overrideReasons: {},
      overallComment: "Fine.",
      comments: [],
      submit,
    });
  };
  return { cohort, coach, alice, question, set, assignment, scope, grade };
}

const identity = (alice: { id: string; name: string; email: string }) =>
  new RegExp([alice.id, alice.name, alice.email].map((s) => s.replace(/[.+]/g, "\\$&")).join("|"));

describe("blind grading in the coach's queries", () => {
  test("queue, grading panel and the submit notification show only the pseudonym until published", async () => {
    const { cohort, coach, alice, question, set, assignment, scope, grade } =
      await setUp("on_publish");
    const { answerId } = await recordSubmittedAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      assignmentId: assignment.id,
      body: "I led the migration and measured the result.",
      wordCount: 8,
      idempotencyKey: "blind-1",
      score: {
        overall: 50,
        dimensions,
        flags: [],
        evidence: [],
        suggestions: [],
        engineVersion: "test",
      },
      notify: { origin: "http://localhost", digestSeconds: 0 },
    });
    const leaks = identity(alice);

    const queue = await listReviewQueue(db, scope, {});
    expect(queue.items).toHaveLength(1);
    expect(queue.items[0]).toMatchObject({ answerId, candidateId: null, isBlind: true });
    expect(queue.items[0]?.candidateName).toMatch(/^Candidate [0-9A-F]{5}$/);
    expect(JSON.stringify(queue)).not.toMatch(leaks);
    // Filtering by the candidate does not tie them to the pseudonym.
    expect((await listReviewQueue(db, scope, { candidateId: alice.id })).items).toEqual([]);

    const panel = await getAnswerForReview(db, scope, { answerId });
    expect(panel.candidate).toEqual({
      id: null,
      name: queue.items[0]?.candidateName,
      isBlind: true,
    });
    expect(JSON.stringify(panel)).not.toMatch(leaks);

    const coachNotes = await listNotifications(db, { userId: coach.id });
    expect(coachNotes.some((n) => n.kind === "answer_submitted")).toBe(true);
    expect(JSON.stringify(coachNotes)).not.toMatch(leaks);

    // Held: still blind.
    await grade(answerId, true);
    const held = await listReviewQueue(db, scope, { status: "in_review" });
    expect(held.items[0]).toMatchObject({ isBlind: true, isHeld: true, candidateId: null });
    expect(JSON.stringify(await getAnswerForReview(db, scope, { answerId }))).not.toMatch(leaks);

    // Published: the name shows everywhere.
    await publishSetReviews(db, scope, { setId: set.id });
    const reviewed = await listReviewQueue(db, scope, { status: "reviewed" });
    expect(reviewed.items[0]).toMatchObject({
      candidateId: alice.id,
      candidateName: alice.name,
      isBlind: false,
      isHeld: false,
    });
    expect(
      (await listReviewQueue(db, scope, { status: "reviewed", candidateId: alice.id })).items,
    ).toHaveLength(1);
    expect((await getAnswerForReview(db, scope, { answerId })).candidate).toEqual({
      id: alice.id,
      name: alice.name,
      isBlind: false,
    });
  });

  test("a re-opened review's waiting replies hide the candidate again", async () => {
    const { cohort, alice, question, assignment, scope, grade } = await setUp("on_submit");
    const answer = await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      assignmentId: assignment.id,
    });
    await grade(answer.id, true);
    await addReviewReply(
      db,
      { userId: alice.id, as: "candidate" },
      { answerId: answer.id, body: "Could you say more?", origin: "http://localhost" },
    );
    expect((await listRepliesAwaitingCoach(db, scope))[0]?.candidateName).toBe(alice.name);
    await grade(answer.id, false);
    const waiting = await listRepliesAwaitingCoach(db, scope);
    expect(waiting[0]?.candidateName).toMatch(/^Candidate [0-9A-F]{5}$/);
    expect(JSON.stringify(waiting)).not.toMatch(identity(alice));
  });
});
