import { randomUUID } from "node:crypto";
import { questionBank } from "@debrief/db/demo";
import { drafts } from "@debrief/db/schema";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "@debrief/db/testing";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";

/** A cohort with a coach and two candidates, and one global (bank-like) question. */
async function practiceFixture() {
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, { candidates: 2 });
  const [alice, bob] = candidates;
  const coach = coaches[0];
  if (!alice || !bob || !coach) throw new Error("fixture");
  const question = await createQuestion(db, {
    kind: "deep_dive",
    prompt: "Walk me through a migration you led.",
  });
  return { cohort, coach, alice, bob, question };
}

const spanish =
  "El año pasado tuvimos un problema en producción con la base de datos. Primero revisé los registros y encontré que las consultas eran muy lentas porque faltaba un índice.";

const strongAnswer = questionBank.find((q) => q.kind === "deep_dive")?.exampleAnswer ?? "";

describe("answers.submit", () => {
  it("scores on the server, stores answer + auto score with the engine version, clears the draft", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "half-written" });
    const result = await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    expect(result).toEqual({ answerId: expect.any(String), attempt: 1, isDuplicate: false });
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();

    const answer = await api.answers.get({ answerId: result.answerId });
    expect(answer).toMatchObject({
      id: result.answerId,
      attempt: 1,
      body: strongAnswer,
      status: "submitted",
      question: { id: question.id, kind: "deep_dive" },
      coach: null,
      previousAttemptId: null,
      nextAttemptId: null,
    });
    expect(answer.wordCount).toBeGreaterThan(300);
    expect(answer.auto?.overall).toBeGreaterThanOrEqual(80);
    expect(answer.auto?.engineVersion).toMatch(/\d/);
    expect(answer.auto?.evidence.length).toBeGreaterThan(0);
    expect(Object.keys(answer.auto?.dimensions ?? {})).toHaveLength(8);
  });

  it("links attempts: a revision is attempt 2 with previous/next ids", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const first = await api.answers.submit({
      questionId: question.id,
      body: "We did a migration. It went fine.",
      idempotencyKey: randomUUID(),
    });
    const second = await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    expect(second.attempt).toBe(2);
    expect((await api.answers.get({ answerId: first.answerId })).nextAttemptId).toBe(
      second.answerId,
    );
    expect((await api.answers.get({ answerId: second.answerId })).previousAttemptId).toBe(
      first.answerId,
    );
    const attempts = await api.answers.attempts({ questionId: question.id });
    expect(attempts.map((a) => a.attempt)).toEqual([1, 2]);
    expect(attempts[1]?.auto?.overall).toBeGreaterThan(attempts[0]?.auto?.overall ?? 100);
  });

  it("returns the first result for 20 concurrent identical submits, storing exactly one row", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const input = { questionId: question.id, body: strongAnswer, idempotencyKey: randomUUID() };
    const results = await Promise.all(Array.from({ length: 20 }, () => api.answers.submit(input)));
    const ids = new Set(results.map((r) => r.answerId));
    expect(ids.size).toBe(1);
    expect(results.filter((r) => !r.isDuplicate)).toHaveLength(1);
    expect(results.every((r) => r.attempt === 1)).toBe(true);
    const rows = await db.query.answers.findMany({
      where: (a, { and, eq }) => and(eq(a.candidateId, alice.id), eq(a.questionId, question.id)),
    });
    expect(rows).toHaveLength(1);
    const scoreRows = await db.query.scores.findMany({
      where: (s, { eq }) => eq(s.answerId, rows[0]?.id ?? ""),
    });
    expect(scoreRows.map((s) => s.source)).toEqual(["auto"]);
  });

  it("numbers concurrent submits with different keys 1..n, without gaps or errors", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        api.answers.submit({
          questionId: question.id,
          body: `Attempt body ${i}: I rebuilt the cache and cut p99 from 900 ms to 200 ms.`,
          idempotencyKey: randomUUID(),
        }),
      ),
    );
    expect(results.map((r) => r.attempt).sort((a, b) => a - b)).toEqual(
      Array.from({ length: 20 }, (_, i) => i + 1),
    );
    expect(results.every((r) => !r.isDuplicate)).toBe(true);
  });

  it("refuses the same key with a different body as CONFLICT, naming the key", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const idempotencyKey = randomUUID();
    await api.answers.submit({ questionId: question.id, body: "First version.", idempotencyKey });
    const error = await expectCode(
      api.answers.submit({ questionId: question.id, body: "Different text.", idempotencyKey }),
      "CONFLICT",
    );
    expect(error.message).toContain("idempotencyKey");
  });

  it("refuses an over-limit body naming the limit, and leaves the saved draft alone", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "my careful draft" });
    const before = await api.drafts.get({ questionId: question.id });
    const error = await expectCode(
      api.answers.submit({
        questionId: question.id,
        body: "x".repeat(20_001),
        idempotencyKey: randomUUID(),
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("20,000 characters");
    await expectCode(
      api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "y".repeat(20_001) }),
      "BAD_REQUEST",
    );
    expect(await api.drafts.get({ questionId: question.id })).toEqual(before);
  });

  it("refuses an empty or whitespace-only answer, though a draft may be empty", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const error = await expectCode(
      api.answers.submit({
        questionId: question.id,
        body: "  \n\t ",
        idempotencyKey: randomUUID(),
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("body");
    await api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "" });
    expect(await api.drafts.get({ questionId: question.id })).toMatchObject({ body: "" });
  });

  // Issue 10 item 4: this used to be refused (BAD_REQUEST, nothing stored, draft kept). Text
  // that is not an answer is now stored as an "unscorable" attempt with the engine's reason.
  it("stores text that is not an answer as an unscorable attempt: the engine's reason, no score, draft cleared", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await api.drafts.save({ questionId: question.id, body: spanish, basedOnAttempt: 0 });
    const result = await api.answers.submit({
      questionId: question.id,
      body: spanish,
      idempotencyKey: randomUUID(),
    });
    expect(result).toEqual({ answerId: expect.any(String), attempt: 1, isDuplicate: false });
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();

    const answer = await api.answers.get({ answerId: result.answerId });
    expect(answer).toMatchObject({
      status: "unscorable",
      body: spanish,
      auto: null,
      coach: null,
      unscorable: {
        reason: "not_english",
        message: "This looks like Spanish; Debrief scores English answers for now.",
        engineVersion: expect.stringMatching(/\d/),
      },
    });
    // No auto score row, and so no answer_facts row for any average to read.
    expect(
      await db.query.scores.findMany({ where: (t, { eq }) => eq(t.answerId, answer.id) }),
    ).toEqual([]);
    expect(
      await db.query.answerFacts.findMany({ where: (t, { eq }) => eq(t.answerId, answer.id) }),
    ).toEqual([]);
    const [recent] = await api.answers.recent();
    expect(recent).toMatchObject({ id: answer.id, status: "unscorable", overall: null });
    expect(await api.answers.attempts({ questionId: question.id })).toMatchObject([
      { id: answer.id, auto: null, unscorable: { reason: "not_english" } },
    ]);
  });

  it("returns the first unscorable result for a retried submit with the same key", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const input = { questionId: question.id, body: spanish, idempotencyKey: randomUUID() };
    const first = await api.answers.submit(input);
    const again = await api.answers.submit(input);
    expect(again).toEqual({ answerId: first.answerId, attempt: 1, isDuplicate: true });
    const rows = await db.query.answers.findMany({
      where: (a, { eq }) => eq(a.candidateId, alice.id),
    });
    expect(rows.map((r) => r.status)).toEqual(["unscorable"]);
  });

  it("an unscorable attempt supersedes nothing: the attempt before it stays in the coach's queue", async () => {
    const { alice, coach, cohort, question } = await practiceFixture();
    const api = callerFor(alice.id);
    const real = await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    const notAnAnswer = await api.answers.submit({
      questionId: question.id,
      body: spanish,
      idempotencyKey: randomUUID(),
    });
    expect(notAnAnswer.attempt).toBe(2);
    expect((await api.answers.get({ answerId: real.answerId })).status).toBe("submitted");
    const queue = await callerFor(coach.id).reviews.queue({ cohortId: cohort.id });
    const ids = queue.items.map((item) => item.answerId);
    expect(ids).toContain(real.answerId);
    expect(ids).not.toContain(notAnAnswer.answerId);
    // The coach can still open it by link (same rules as any attempt): no score, the reason.
    expect(await callerFor(coach.id).reviews.get({ answerId: notAnAnswer.answerId })).toMatchObject(
      {
        answer: { status: "unscorable" },
        auto: null,
        unscorable: { reason: "not_english" },
        newerAttempt: null,
      },
    );
    // ... and the attempt before it does not count the unscorable one as a newer attempt.
    expect(
      (await callerFor(coach.id).reviews.get({ answerId: real.answerId })).newerAttempt,
    ).toBeNull();
    const { coaches } = await createCohortWithMembers(db);
    await expectCode(
      callerFor(coaches[0]?.id ?? "").reviews.get({ answerId: notAnAnswer.answerId }),
      "NOT_FOUND",
    );
  });

  it("validates ids as UUIDs, naming the field", async () => {
    const { alice } = await practiceFixture();
    const error = await expectCode(
      callerFor(alice.id).answers.submit({
        questionId: randomUUID(),
        body: "text",
        idempotencyKey: "not-a-uuid",
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("idempotencyKey must be a UUID");
  });

  it("answers FORBIDDEN when a coach submits", async () => {
    const { coach, question } = await practiceFixture();
    await expectCode(
      callerFor(coach.id).answers.submit({
        questionId: question.id,
        body: strongAnswer,
        idempotencyKey: randomUUID(),
      }),
      "FORBIDDEN",
    );
  });
});

describe("ownership", () => {
  it("answers NOT_FOUND for another candidate's answer, exactly as for a random id", async () => {
    const { alice, bob, question } = await practiceFixture();
    const { answerId } = await callerFor(alice.id).answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    const foreign = await expectCode(callerFor(bob.id).answers.get({ answerId }), "NOT_FOUND");
    const missing = await expectCode(
      callerFor(bob.id).answers.get({ answerId: randomUUID() }),
      "NOT_FOUND",
    );
    expect(foreign.message).toBe(missing.message);
    expect(await callerFor(bob.id).answers.attempts({ questionId: question.id })).toEqual([]);
    expect(await callerFor(bob.id).answers.recent()).toEqual([]);
  });

  it("keeps idempotency keys per candidate: the same key from two candidates makes two answers", async () => {
    const { alice, bob, question } = await practiceFixture();
    const idempotencyKey = randomUUID();
    const input = { questionId: question.id, body: strongAnswer, idempotencyKey };
    const a = await callerFor(alice.id).answers.submit(input);
    const b = await callerFor(bob.id).answers.submit(input);
    expect(a.answerId).not.toBe(b.answerId);
    expect(b.isDuplicate).toBe(false);
  });

  it("hides another cohort's questions: NOT_FOUND on get, draft and submit; absent from list", async () => {
    const { alice } = await practiceFixture();
    const { cohort: other } = await createCohortWithMembers(db);
    const foreign = await createQuestion(db, { cohortId: other.id, title: "Foreign question" });
    const api = callerFor(alice.id);
    await expectCode(api.questions.get({ questionId: foreign.id }), "NOT_FOUND");
    await expectCode(api.drafts.get({ questionId: foreign.id }), "NOT_FOUND");
    await expectCode(
      api.drafts.save({ questionId: foreign.id, basedOnAttempt: 0, body: "x" }),
      "NOT_FOUND",
    );
    await expectCode(
      api.answers.submit({ questionId: foreign.id, body: "x", idempotencyKey: randomUUID() }),
      "NOT_FOUND",
    );
    await expectCode(api.answers.attempts({ questionId: foreign.id }), "NOT_FOUND");
    const list = await api.questions.list();
    expect(list.map((q) => q.id)).not.toContain(foreign.id);
  });

  it("keeps drafts per candidate", async () => {
    const { alice, bob, question } = await practiceFixture();
    await callerFor(alice.id).drafts.save({
      questionId: question.id,
      basedOnAttempt: 0,
      body: "alice's text",
    });
    expect(await callerFor(bob.id).drafts.get({ questionId: question.id })).toBeNull();
  });
});

describe("drafts", () => {
  it("saves and restores, overwriting in place", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();
    const first = await api.drafts.save({
      questionId: question.id,
      basedOnAttempt: 0,
      body: "first words",
    });
    const second = await api.drafts.save({
      questionId: question.id,
      basedOnAttempt: 0,
      body: "first words, more",
    });
    expect(second.updatedAt.getTime()).toBeGreaterThanOrEqual(first.updatedAt.getTime());
    expect(await api.drafts.get({ questionId: question.id })).toEqual({
      body: "first words, more",
      updatedAt: second.updatedAt,
      basedOnAttempt: 0,
    });
    const rows = await db.query.drafts.findMany({
      where: (d, { eq }) => eq(d.candidateId, alice.id),
    });
    expect(rows).toHaveLength(1);
  });
});

describe("drafts never outlive their submit", () => {
  it("refuses a save based on an attempt that is no longer the latest", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "draft" });
    await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    // The editor's last autosave, still in flight when the submit went through, lands now.
    const error = await expectCode(
      api.drafts.save({ questionId: question.id, basedOnAttempt: 0, body: "draft, later" }),
      "CONFLICT",
    );
    expect(error.message).toContain("already submitted as attempt 1");
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();
    // The editor of attempt 2 knows attempt 1: its drafts are saved.
    await api.drafts.save({ questionId: question.id, basedOnAttempt: 1, body: "revision" });
    expect(await api.drafts.get({ questionId: question.id })).toMatchObject({
      body: "revision",
      basedOnAttempt: 1,
    });
  });

  it("refuses a basedOnAttempt ahead of the candidate's attempts", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await expectCode(
      api.drafts.save({ questionId: question.id, basedOnAttempt: 3, body: "from the future" }),
      "BAD_REQUEST",
    );
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();
  });

  it("reads a draft row based on an older attempt as no draft", async () => {
    const { cohort, alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
    });
    // What the one unexcludable interleaving leaves: a row written on a snapshot from before
    // the submit committed.
    await db.insert(drafts).values({
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      body: "stale",
      basedOnAttempt: 0,
    });
    expect(await api.drafts.get({ questionId: question.id })).toBeNull();
  });

  it("leaves no live draft behind when saves race submits", async () => {
    const { alice, question } = await practiceFixture();
    const api = callerFor(alice.id);
    for (let round = 0; round < 12; round++) {
      const base = round;
      await api.drafts.save({ questionId: question.id, basedOnAttempt: base, body: `r${round}` });
      const outcomes = await Promise.allSettled([
        api.answers.submit({
          questionId: question.id,
          body: `${strongAnswer} ${round}`,
          idempotencyKey: randomUUID(),
        }),
        ...Array.from({ length: 3 }, (_, i) =>
          api.drafts.save({
            questionId: question.id,
            basedOnAttempt: base,
            body: `r${round}.${i}`,
          }),
        ),
      ]);
      expect(outcomes[0]?.status).toBe("fulfilled");
      for (const outcome of outcomes.slice(1)) {
        if (outcome.status === "rejected")
          expect(outcome.reason).toMatchObject({ code: "CONFLICT" });
      }
      expect(await api.drafts.get({ questionId: question.id })).toBeNull();
    }
  });
});

describe("questions", () => {
  it("lists the bank and the candidate's cohort questions with attempt stats", async () => {
    const { cohort, alice, question } = await practiceFixture();
    const own = await createQuestion(db, { cohortId: cohort.id, kind: "conflict" });
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 40,
    });
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 70,
    });
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      overall: 55,
      coach: { overall: 60 },
    });
    const list = await callerFor(alice.id).questions.list();
    const stats = list.find((q) => q.id === question.id);
    expect(stats).toMatchObject({ attemptCount: 3, latestOverall: 60, bestOverall: 70 });
    expect(stats?.lastAttemptAt).toBeInstanceOf(Date);
    expect(list.find((q) => q.id === own.id)).toMatchObject({
      attemptCount: 0,
      latestOverall: null,
      bestOverall: null,
      lastAttemptAt: null,
    });
    const conflicts = await callerFor(alice.id).questions.list({ kind: "conflict" });
    expect(conflicts.every((q) => q.kind === "conflict")).toBe(true);
    expect(conflicts.map((q) => q.id)).toContain(own.id);
  });

  it("gets a question with guidance, example and cohort", async () => {
    const { cohort, alice } = await practiceFixture();
    const own = await createQuestion(db, { cohortId: cohort.id, exampleAnswer: "Example." });
    expect(await callerFor(alice.id).questions.get({ questionId: own.id })).toEqual({
      id: own.id,
      kind: own.kind,
      title: own.title,
      prompt: own.prompt,
      guidance: own.guidance,
      exampleAnswer: "Example.",
      cohortId: cohort.id,
    });
  });
});

describe("questions.nextBest", () => {
  it("explains the pick with the weakest dimension and its average", async () => {
    const { cohort, alice } = await practiceFixture();
    // Cohort-owned questions, so the global ones other tests made do not compete.
    const attempted = await createQuestion(db, { cohortId: cohort.id, kind: "debugging" });
    const fresh = await createQuestion(db, { cohortId: cohort.id, kind: "debugging" });
    const dims = { structure: 3, ownership: 3, specificity: 3, depth: 3, tradeoffs: 3, impact: 3 };
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: attempted.id,
      cohortId: cohort.id,
      dimensions: { ...dims, reflection: 1, delivery: 3 },
    });
    await createAnswer(db, {
      candidateId: alice.id,
      questionId: attempted.id,
      cohortId: cohort.id,
      dimensions: { ...dims, reflection: 2, delivery: 3 },
    });
    const pick = await callerFor(alice.id).questions.nextBest();
    expect(pick).toMatchObject({ dimension: "reflection", average: 1.5 });
    // Debugging weighs reflection most, and the unattempted one comes first.
    expect(pick?.question.id).toBe(fresh.id);
    expect(pick?.reason).toBe(
      "Your weakest area lately is Reflection (1.5/4); this debugging question weighs it heavily.",
    );
  });
});

describe("answers.recent and the coach's review", () => {
  it("lists the caller's latest answers, newest first, with the coach's overall once reviewed", async () => {
    const { cohort, coach, alice, question } = await practiceFixture();
    const base = Date.parse("2026-01-05T10:00:00Z");
    for (let i = 0; i < 3; i++) {
      await createAnswer(db, {
        candidateId: alice.id,
        questionId: question.id,
        cohortId: cohort.id,
        overall: 40 + i,
        submittedAt: new Date(base + i * 60_000),
      });
    }
    const reviewed = await createAnswer(db, {
      candidateId: alice.id,
      questionId: question.id,
      cohortId: cohort.id,
      body: "I rebuilt the cache layer and cut p99 from 900 ms to 200 ms.",
      overall: 50,
      submittedAt: new Date(base + 10 * 60_000),
      coach: {
        reviewerId: coach.id,
        overall: 72,
        dimensions: { impact: 4 },
        comment: "Strong numbers.",
        comments: [{ start: 2, end: 9, body: "Say what you changed." }],
      },
    });
    const recent = await callerFor(alice.id).answers.recent({ limit: 2 });
    // Attempt 3 was never reviewed and attempt 4 replaced it: closed, but still in the history.
    expect(recent.map((r) => [r.attempt, r.overall, r.status])).toEqual([
      [4, 72, "reviewed"],
      [3, 42, "superseded"],
    ]);
    expect(recent[0]?.question).toEqual({
      id: question.id,
      title: question.title,
      kind: question.kind,
    });
    expect(await callerFor(alice.id).answers.recent()).toHaveLength(4);
    await expectCode(callerFor(alice.id).answers.recent({ limit: 51 }), "BAD_REQUEST");

    const detail = await callerFor(alice.id).answers.get({ answerId: reviewed.id });
    expect(detail.coach).toMatchObject({
      overall: 72,
      reviewerName: coach.name,
      comment: "Strong numbers.",
      comments: [{ start: 2, end: 9, quote: "rebuilt", body: "Say what you changed." }],
    });
    expect(detail.coach?.dimensions.impact).toBe(4);
    const attempts = await callerFor(alice.id).answers.attempts({ questionId: question.id });
    expect(attempts.map((a) => a.coach?.overall ?? null)).toEqual([null, null, null, 72]);
  });
});

describe("assignments", () => {
  it("lists the caller's assignments, and a submit for one lands in its cohort and counts", async () => {
    const { cohort, coach, alice, bob, question } = await practiceFixture();
    const set = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Week 1",
      questionIds: [question.id],
    });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: alice.id,
      assignedById: coach.id,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const bobs = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: bob.id,
      dueAt: new Date(Date.now() - 86_400_000),
    });
    const api = callerFor(alice.id);
    expect(await api.assignments.mine()).toEqual([
      {
        id: assignment.id,
        dueAt: assignment.dueAt,
        isOverdue: false,
        set: { id: set.id, title: "Week 1", description: "" },
        cohortName: cohort.name,
        total: 1,
        completed: 0,
        questions: [
          { id: question.id, title: question.title, kind: question.kind, isAnswered: false },
        ],
      },
    ]);
    await expectCode(
      api.answers.submit({
        questionId: question.id,
        body: strongAnswer,
        idempotencyKey: randomUUID(),
        assignmentId: bobs.id,
      }),
      "NOT_FOUND",
    );
    await api.answers.submit({
      questionId: question.id,
      body: strongAnswer,
      idempotencyKey: randomUUID(),
      assignmentId: assignment.id,
    });
    const [after] = await api.assignments.mine();
    expect(after).toMatchObject({ completed: 1, total: 1 });
    const stored = await db.query.answers.findFirst({
      where: (a, { eq }) => eq(a.candidateId, alice.id),
    });
    expect(stored).toMatchObject({ assignmentId: assignment.id, cohortId: cohort.id });
  });
});

describe("an unscorable submit for an assignment", () => {
  it("is stored for the assignment but does not answer it, and tells no coach", async () => {
    const { cohort, coach, alice, question } = await practiceFixture();
    const set = await createQuestionSet(db, {
      cohortId: cohort.id,
      title: "Week 1",
      questionIds: [question.id],
    });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: alice.id,
      assignedById: coach.id,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const api = callerFor(alice.id);
    const { answerId } = await api.answers.submit({
      questionId: question.id,
      body: spanish,
      idempotencyKey: randomUUID(),
      assignmentId: assignment.id,
    });
    const stored = await db.query.answers.findFirst({ where: (a, { eq }) => eq(a.id, answerId) });
    expect(stored).toMatchObject({ assignmentId: assignment.id, status: "unscorable" });
    const [after] = await api.assignments.mine();
    expect(after).toMatchObject({
      completed: 0,
      total: 1,
      questions: [{ id: question.id, isAnswered: false }],
    });
    expect(
      await db.query.notifications.findMany({ where: (n, { eq }) => eq(n.userId, coach.id) }),
    ).toEqual([]);
  });
});

describe("free practice in several cohorts", () => {
  it("makes a candidate in two organisations choose the cohort; only that one's coaches see it", async () => {
    const { cohort: first, coach: firstCoach, alice, question } = await practiceFixture();
    const { cohort: second, coaches } = await createCohortWithMembers(db, {
      candidates: [alice],
    });
    const secondCoach = coaches[0];
    if (!secondCoach) throw new Error("fixture");
    const api = callerFor(alice.id);
    const body = strongAnswer;
    const refused = await expectCode(
      api.answers.submit({ questionId: question.id, body, idempotencyKey: randomUUID() }),
      "BAD_REQUEST",
    );
    expect(refused.message).toMatch(/Choose which one/);
    // A draft, which no coach sees, is kept meanwhile.
    await api.drafts.save({ questionId: question.id, body: "thinking", basedOnAttempt: 0 });

    const { answerId } = await api.answers.submit({
      questionId: question.id,
      body,
      idempotencyKey: randomUUID(),
      cohortId: second.id,
    });
    const stored = await db.query.answers.findFirst({
      where: (a, { eq }) => eq(a.id, answerId),
    });
    expect(stored?.cohortId).toBe(second.id);
    const queueOf = async (coachId: string) =>
      (await callerFor(coachId).reviews.queue({})).items.map((item) => item.answerId);
    expect(await queueOf(secondCoach.id)).toContain(answerId);
    expect(await queueOf(firstCoach.id)).not.toContain(answerId);

    // A cohort that is not theirs is not found; one that contradicts the question is refused.
    const { cohort: foreign } = await createCohortWithMembers(db);
    await expectCode(
      api.answers.submit({
        questionId: question.id,
        body,
        idempotencyKey: randomUUID(),
        cohortId: foreign.id,
      }),
      "NOT_FOUND",
    );
    const own = await createQuestion(db, { cohortId: first.id, kind: "deep_dive" });
    await expectCode(
      api.answers.submit({
        questionId: own.id,
        body,
        idempotencyKey: randomUUID(),
        cohortId: second.id,
      }),
      "BAD_REQUEST",
    );
  });
});
