import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { getCoachAgreement } from "../agreement/agreement.ts";
import { getAnswerForCandidate, listRecentAttempts } from "../answers/answers.ts";
import { listNotifications } from "../notifications/inbox.ts";
import {
  getSetGrading,
  publishSetReviews,
  updateSetGradingSettings,
} from "../question-sets/set-settings.ts";
import { answerFacts } from "../schema/answer-facts.ts";
import { answers } from "../schema/answers.ts";
import { auditEvents } from "../schema/audit-events.ts";
import { mailOutbox } from "../schema/notifications.ts";
import { questionSets } from "../schema/question-sets.ts";
import { reviews } from "../schema/reviews.ts";
import { findAnswerFactsDrift } from "../testing/answer-facts-drift.ts";
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
import { getAnswerForReview, saveReview } from "./reviews.ts";

const { db } = useTestDatabase();

const dimensions = uniformDimensions(2);

async function setUp(releaseMode: "on_submit" | "on_publish" = "on_publish") {
  const organisation = await createOrganisation(db);
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
    organisationId: organisation.id,
    candidates: 2,
  });
  const other = await createCohortWithMembers(db, { organisationId: organisation.id });
  const [alice, bob] = candidates;
  const [coach] = coaches;
  const [otherCoach] = other.coaches;
  if (!alice || !bob || !coach || !otherCoach) throw new Error("cohort without members");
  const question = await createQuestion(db);
  const second = await createQuestion(db);
  const set = await createQuestionSet(db, {
    cohortId: cohort.id,
    questionIds: [question.id, second.id],
  });
  await db.update(questionSets).set({ releaseMode }).where(eq(questionSets.id, set.id));
  const scope = { coachId: coach.id, cohortIds: [cohort.id] };
  const otherScope = { coachId: otherCoach.id, cohortIds: [other.cohort.id] };
  const answerFor = async (candidateId: string, questionId = question.id) => {
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    return createAnswer(db, {
      candidateId,
      questionId,
      cohortId: cohort.id,
      assignmentId: assignment.id,
      overall: 40,
    });
  };
  const grade = async (answerId: string, submit = true, overall = 4) => {
    const [current] = await db
      .select({ version: answers.version })
      .from(answers)
      .where(eq(answers.id, answerId));
    const all = Object.fromEntries(Object.keys(dimensions).map((k) => [k, overall])) as Record<
      keyof typeof dimensions,
      number
    >;
    const reasons = Object.fromEntries(Object.keys(dimensions).map((k) => [k, "Clear."]));
    return saveReview(db, scope, {
      answerId,
      expectedVersion: current?.version ?? 0,
      dimensions: all,
      overrideReasons: reasons,
      overallComment: "Held comment: strong ownership.",
      comments: [{ start: 0, end: 5, body: "Held inline comment." }],
      submit,
    });
  };
  return { cohort, coach, alice, bob, question, second, set, scope, otherScope, answerFor, grade };
}

async function candidateSees(candidateId: string, answerId: string) {
  const detail = await getAnswerForCandidate(db, { candidateId }, answerId);
  const recent = await listRecentAttempts(db, { candidateId }, { limit: 10 });
  const notes = await listNotifications(db, { userId: candidateId });
  const mail = await db.select().from(mailOutbox).where(eq(mailOutbox.userId, candidateId));
  return {
    status: detail.status,
    coach: detail.coach,
    overall: recent.find((r) => r.id === answerId)?.overall,
    notes: notes.filter((n) => n.kind === "review_landed").length,
    mail: mail.filter((m) => m.kind === "review_landed").length,
  };
}

describe("publish step", () => {
  test("a review submitted in a held set is invisible to the candidate until published", async () => {
    const { alice, set, scope, answerFor, grade } = await setUp();
    const answer = await answerFor(alice.id);

    const saved = await grade(answer.id);
    expect(saved).toMatchObject({ status: "in_review" });
    const [review] = await db.select().from(reviews).where(eq(reviews.answerId, answer.id));
    expect(review?.submittedAt).not.toBeNull();
    expect(review?.publishedAt).toBeNull();

    // Nothing of the coach's reaches the candidate: no status, score, comment or notification.
    expect(await candidateSees(alice.id, answer.id)).toEqual({
      status: "in_review",
      coach: null,
      overall: 40,
      notes: 0,
      mail: 0,
    });
    // The dashboards' score that counts is still the engine's.
    const [fact] = await db.select().from(answerFacts).where(eq(answerFacts.answerId, answer.id));
    expect(fact?.overall).toBe(40);

    expect((await getSetGrading(db, scope, { setId: set.id })).heldReviews).toBe(1);
    expect(await publishSetReviews(db, scope, { setId: set.id })).toEqual({
      setId: set.id,
      published: 1,
    });

    const seen = await candidateSees(alice.id, answer.id);
    expect(seen).toMatchObject({ status: "reviewed", notes: 1, mail: 1 });
    expect(seen.coach?.comment).toBe("Held comment: strong ownership.");
    expect(seen.overall).toBe(seen.coach?.overall);
    expect((await getSetGrading(db, scope, { setId: set.id })).heldReviews).toBe(0);
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "question_set.reviews_published"));
    expect(events).toHaveLength(1);
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });

  test("publishing is idempotent: a retry or a double click publishes and notifies once", async () => {
    const { alice, bob, set, scope, answerFor, grade } = await setUp();
    const a = await answerFor(alice.id);
    const b = await answerFor(bob.id);
    await grade(a.id);
    await grade(b.id);

    const results = await Promise.all([
      publishSetReviews(db, scope, { setId: set.id }),
      publishSetReviews(db, scope, { setId: set.id }),
    ]);
    expect(results.map((r) => r.published).sort()).toEqual([0, 2]);
    expect((await publishSetReviews(db, scope, { setId: set.id })).published).toBe(0);
    expect((await candidateSees(alice.id, a.id)).notes).toBe(1);
    expect((await candidateSees(bob.id, b.id)).notes).toBe(1);
  });

  test("re-saving or unsubmitting a held review does not publish it", async () => {
    const { alice, set, scope, answerFor, grade } = await setUp();
    const answer = await answerFor(alice.id);
    await grade(answer.id);
    await grade(answer.id, false);
    expect((await candidateSees(alice.id, answer.id)).coach).toBeNull();
    expect((await getSetGrading(db, scope, { setId: set.id })).heldReviews).toBe(0);
    await grade(answer.id, true, 3);
    expect(await candidateSees(alice.id, answer.id)).toMatchObject({ coach: null, notes: 0 });
    expect((await getSetGrading(db, scope, { setId: set.id })).heldReviews).toBe(1);
  });

  test("a release-on-submit set works as before", async () => {
    const { alice, answerFor, grade } = await setUp("on_submit");
    const answer = await answerFor(alice.id);
    expect(await grade(answer.id)).toMatchObject({ status: "reviewed" });
    expect(await candidateSees(alice.id, answer.id)).toMatchObject({
      status: "reviewed",
      notes: 1,
    });
  });

  test("a newer attempt does not supersede a held review", async () => {
    const { cohort, alice, question, set, scope, answerFor, grade } = await setUp();
    const first = await answerFor(alice.id);
    await grade(first.id);
    await createAnswer(db, { candidateId: alice.id, questionId: question.id, cohortId: cohort.id });
    const [row] = await db.select().from(answers).where(eq(answers.id, first.id));
    expect(row?.status).toBe("in_review");
    expect((await publishSetReviews(db, scope, { setId: set.id })).published).toBe(1);
    expect((await candidateSees(alice.id, first.id)).status).toBe("reviewed");
  });

  test("switching back to release on submit publishes what was held; to hold unpublishes nothing", async () => {
    const { alice, bob, set, scope, answerFor, grade } = await setUp("on_submit");
    const released = await answerFor(alice.id);
    await grade(released.id);
    await updateSetGradingSettings(db, scope, {
      setId: set.id,
      releaseMode: "on_publish",
      blind: false,
    });
    expect((await candidateSees(alice.id, released.id)).status).toBe("reviewed");
    const held = await answerFor(bob.id);
    await grade(held.id);
    expect((await candidateSees(bob.id, held.id)).coach).toBeNull();
    const result = await updateSetGradingSettings(db, scope, {
      setId: set.id,
      releaseMode: "on_submit",
      blind: false,
    });
    expect(result).toMatchObject({ releaseMode: "on_submit", published: 1 });
    expect(await candidateSees(bob.id, held.id)).toMatchObject({ status: "reviewed", notes: 1 });
    const events = await db
      .select()
      .from(auditEvents)
      .where(
        and(
          eq(auditEvents.action, "question_set.grading_settings_changed"),
          eq(auditEvents.subjectId, set.id),
        ),
      );
    expect(events).toHaveLength(2);
  });

  test("the coach's agreement counts held grades", async () => {
    const { alice, scope, answerFor, grade } = await setUp();
    await grade((await answerFor(alice.id)).id);
    const agreement = await getCoachAgreement(db, scope, { dimensionKeys: ["structure"] });
    expect(agreement.reviews).toBe(1);
  });

  test("another cohort's coach can neither publish nor change the set", async () => {
    const { set, otherScope } = await setUp();
    await expect(publishSetReviews(db, otherScope, { setId: set.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(
      updateSetGradingSettings(db, otherScope, {
        setId: set.id,
        releaseMode: "on_submit",
        blind: true,
      }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  test("the grading panel shows a held review as submitted and unpublished", async () => {
    const { alice, scope, answerFor, grade } = await setUp();
    const answer = await answerFor(alice.id);
    await grade(answer.id);
    const panel = await getAnswerForReview(db, scope, { answerId: answer.id });
    expect(panel.answer.status).toBe("in_review");
    expect(panel.review?.submittedAt).not.toBeNull();
    expect(panel.review?.publishedAt).toBeNull();
  });
});
