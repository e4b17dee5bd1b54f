import { randomUUID } from "node:crypto";
import { computeOverall, type DimensionKey, dimensionKeys } from "@debrief/core";
import { DomainError } from "@debrief/db";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
  findAnswerFactsDrift,
} from "@debrief/db/testing";
import { TRPCError } from "@trpc/server";
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";
import { appRouter } from "./root";

const engineDims: Record<DimensionKey, number> = {
  structure: 2,
  ownership: 2,
  specificity: 2,
  depth: 2,
  tradeoffs: 2,
  impact: 2,
  reflection: 2,
  delivery: 2,
};
// Inside the debugging length range (150–600 words), so only flags can raise attention.
const inRangeBody = Array.from({ length: 200 }, (_, i) => `word${i}`).join(" ");
const day = 86_400_000;
const base = Date.parse("2026-02-02T09:00:00Z");

/** A cohort with two coaches and three candidates, a cohort question and a foreign cohort. */
async function reviewFixture() {
  const { cohort, coaches, candidates } = await createCohortWithMembers(db, {
    coaches: 2,
    candidates: 3,
  });
  const [marcus, ingrid] = coaches;
  const [alice, bob, carol] = candidates;
  if (!marcus || !ingrid || !alice || !bob || !carol) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: cohort.id, kind: "debugging" });
  const other = await createCohortWithMembers(db, { candidates: 1 });
  const stranger = other.candidates[0];
  const otherCoach = other.coaches[0];
  if (!stranger || !otherCoach) throw new Error("fixture");
  // Only a candidate's latest attempt at a question is in the queue, so each candidate's first
  // answer is to the fixture's question and every later one to a fresh debugging question.
  const answered = new Set<string>();
  const answer = async (
    candidateId: string,
    input: Partial<Parameters<typeof createAnswer>[1]> = {},
  ) => {
    const questionId = answered.has(candidateId)
      ? (await createQuestion(db, { cohortId: cohort.id, kind: "debugging" })).id
      : question.id;
    answered.add(candidateId);
    return createAnswer(db, {
      candidateId,
      questionId,
      cohortId: cohort.id,
      body: inRangeBody,
      ...input,
    });
  };
  return {
    cohort,
    marcus,
    ingrid,
    alice,
    bob,
    carol,
    question,
    other,
    stranger,
    otherCoach,
    answer,
  };
}

const accept = (answerId: string, expectedVersion: number, submit = true) => ({
  answerId,
  expectedVersion,
  dimensions: engineDims,
  overrideReasons: {},
  overallComment: "Clear timeline.",
  comments: [],
  submit,
});

describe("reviews.counts", () => {
  it("counts exactly, past one queue page, per cohort of the coach's; others see nothing or FORBIDDEN", async () => {
    const f = await reviewFixture();
    // One question per answer: only the latest attempt per candidate and question waits.
    const extraQuestions = await Promise.all(
      Array.from({ length: 19 }, () => createQuestion(db, { cohortId: f.cohort.id })),
    );
    // 57 waiting (more than the 50 a queue page holds), 2 in review, 1 reviewed.
    for (const [i, candidate] of [f.alice, f.bob, f.carol].entries()) {
      for (let k = 0; k < 19; k++) {
        await createAnswer(db, {
          candidateId: candidate.id,
          questionId: extraQuestions[k]?.id ?? f.question.id,
          cohortId: f.cohort.id,
          body: `${inRangeBody} ${i} ${k}`,
        });
      }
    }
    await f.answer(f.alice.id, { coach: { reviewerId: f.marcus.id, isDraft: true } });
    await f.answer(f.bob.id, { coach: { reviewerId: f.ingrid.id, isDraft: true } });
    await f.answer(f.carol.id, { coach: { reviewerId: f.marcus.id } });

    expect(await callerFor(f.marcus.id).reviews.counts()).toEqual([
      { cohortId: f.cohort.id, toReview: 57, inReview: 2 },
    ]);
    // The other cohort's coach sees their own, empty, cohort only.
    expect(await callerFor(f.otherCoach.id).reviews.counts()).toEqual([
      { cohortId: f.other.cohort.id, toReview: 0, inReview: 0 },
    ]);
    await expectCode(callerFor(f.alice.id).reviews.counts(), "FORBIDDEN");
  });
});

describe("reviews.queue", () => {
  it("lists only the coach's cohorts' answers; a foreign answer or cohort is NOT_FOUND", async () => {
    const f = await reviewFixture();
    const own = await f.answer(f.alice.id);
    const foreignQuestion = await createQuestion(db, { cohortId: f.other.cohort.id });
    const foreign = await createAnswer(db, {
      candidateId: f.stranger.id,
      questionId: foreignQuestion.id,
      cohortId: f.other.cohort.id,
    });
    const page = await callerFor(f.marcus.id).reviews.queue();
    expect(page.items.map((i) => i.answerId)).toEqual([own.id]);
    expect(page.items[0]).toMatchObject({
      candidateId: f.alice.id,
      candidateName: f.alice.name,
      cohortId: f.cohort.id,
      cohortName: f.cohort.name,
      questionId: f.question.id,
      questionTitle: f.question.title,
      kind: "debugging",
      attempt: 1,
      dueAt: null,
      status: "submitted",
      autoOverall: 50,
      flags: [],
      lowConfidence: false,
    });
    expect(page.nextCursor).toBeNull();
    const foreignGet = await expectCode(
      callerFor(f.marcus.id).reviews.get({ answerId: foreign.id }),
      "NOT_FOUND",
    );
    const missingGet = await expectCode(
      callerFor(f.marcus.id).reviews.get({ answerId: randomUUID() }),
      "NOT_FOUND",
    );
    expect(foreignGet.message).toBe(missingGet.message);
    await expectCode(
      callerFor(f.marcus.id).reviews.queue({ cohortId: f.other.cohort.id }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.marcus.id).reviews.save(accept(foreign.id, foreign.version)),
      "NOT_FOUND",
    );
    expect((await callerFor(f.otherCoach.id).reviews.queue()).items.map((i) => i.answerId)).toEqual(
      [foreign.id],
    );
  });

  it("refuses candidates: FORBIDDEN to grade or to read the queue", async () => {
    const f = await reviewFixture();
    const own = await f.answer(f.alice.id);
    await expectCode(callerFor(f.alice.id).reviews.save(accept(own.id, 1)), "FORBIDDEN");
    await expectCode(callerFor(f.alice.id).reviews.queue(), "FORBIDDEN");
    await expectCode(callerFor(f.alice.id).reviews.get({ answerId: own.id }), "FORBIDDEN");
  });

  it("orders by due date (none last), then oldest submitted; filters by kind, candidate and status", async () => {
    const f = await reviewFixture();
    const set = await createQuestionSet(db, {
      cohortId: f.cohort.id,
      questionIds: [f.question.id],
    });
    const dueSoon = await createAssignment(db, {
      setId: set.id,
      cohortId: f.cohort.id,
      candidateId: f.bob.id,
      dueAt: new Date(base + 2 * day),
    });
    const dueLater = await createAssignment(db, {
      setId: set.id,
      cohortId: f.cohort.id,
      candidateId: f.carol.id,
      dueAt: new Date(base + 5 * day),
    });
    const free = await f.answer(f.alice.id, { submittedAt: new Date(base - 9 * day) });
    const later = await f.answer(f.carol.id, {
      assignmentId: dueLater.id,
      submittedAt: new Date(base - 8 * day),
    });
    const soon = await f.answer(f.bob.id, {
      assignmentId: dueSoon.id,
      submittedAt: new Date(base - day),
    });
    const freeNewer = await f.answer(f.alice.id, { submittedAt: new Date(base - 3 * day) });
    const intro = await createQuestion(db, { cohortId: f.cohort.id, kind: "intro" });
    const introAnswer = await createAnswer(db, {
      candidateId: f.bob.id,
      questionId: intro.id,
      cohortId: f.cohort.id,
      submittedAt: new Date(base - 20 * day),
    });
    const api = callerFor(f.marcus.id);
    const ids = async (input: Parameters<typeof api.reviews.queue>[0]) =>
      (await api.reviews.queue(input)).items.map((i) => i.answerId);

    expect(await ids({})).toEqual([soon.id, later.id, introAnswer.id, free.id, freeNewer.id]);
    const [first] = (await api.reviews.queue()).items;
    expect(first?.dueAt).toEqual(dueSoon.dueAt);
    expect(await ids({ kind: "intro" })).toEqual([introAnswer.id]);
    expect(await ids({ candidateId: f.alice.id })).toEqual([free.id, freeNewer.id]);
    expect(await ids({ cohortId: f.cohort.id, kind: "debugging", candidateId: f.bob.id })).toEqual([
      soon.id,
    ]);

    await api.reviews.save(accept(free.id, free.version, false));
    await api.reviews.save(accept(later.id, later.version, true));
    expect(await ids({ status: "in_review" })).toEqual([free.id]);
    expect(await ids({ status: "reviewed" })).toEqual([later.id]);
    expect(await ids({ status: "to_review" })).toEqual([soon.id, introAnswer.id, freeNewer.id]);
  });

  it("sorts by attention: low engine confidence, then pitfall flags, then due order", async () => {
    const f = await reviewFixture();
    const plain = await f.answer(f.alice.id, { submittedAt: new Date(base - 5 * day) });
    const flagged = await f.answer(f.bob.id, {
      submittedAt: new Date(base - 4 * day),
      flags: ["vague_scale"],
    });
    // 12 words for a debugging answer (150–600): outside the range the engine is tuned for.
    const short = await f.answer(f.carol.id, {
      submittedAt: new Date(base - 3 * day),
      body: "I designed the queue and cut p99 from 800 ms to 120 ms.",
      flags: ["under_length"],
    });
    const manyFlags = await f.answer(f.alice.id, {
      submittedAt: new Date(base - 2 * day),
      flags: ["no_result", "hidden_ownership", "vague_scale"],
    });
    const api = callerFor(f.marcus.id);
    const due = await api.reviews.queue({ sort: "due" });
    expect(due.items.map((i) => i.answerId)).toEqual([
      plain.id,
      flagged.id,
      short.id,
      manyFlags.id,
    ]);
    const attention = await api.reviews.queue({ sort: "attention" });
    expect(attention.items.map((i) => [i.answerId, i.lowConfidence])).toEqual([
      [short.id, true],
      [manyFlags.id, true],
      [flagged.id, false],
      [plain.id, false],
    ]);
    expect(attention.items[2]?.flags).toEqual(["vague_scale"]);
    // Paging through the attention order crosses group boundaries without repeats.
    const pageOne = await api.reviews.queue({ sort: "attention", limit: 3 });
    const pageTwo = await api.reviews.queue({
      sort: "attention",
      limit: 3,
      cursor: pageOne.nextCursor,
    });
    expect([...pageOne.items, ...pageTwo.items].map((i) => i.answerId)).toEqual(
      attention.items.map((i) => i.answerId),
    );
    expect(pageTwo.nextCursor).toBeNull();
  });

  it("pages with a cursor: no duplicates or gaps, stable when answers arrive between pages", async () => {
    const f = await reviewFixture();
    const set = await createQuestionSet(db, {
      cohortId: f.cohort.id,
      questionIds: [f.question.id],
    });
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: f.cohort.id,
      candidateId: f.bob.id,
      dueAt: new Date(base),
    });
    const created: string[] = [];
    for (let i = 0; i < 23; i++) {
      // Pairs share a submission instant, so the id tie-break is exercised.
      const a = await f.answer(i % 3 === 0 ? f.bob.id : f.alice.id, {
        submittedAt: new Date(base - Math.floor(i / 2) * 3_600_000),
        assignmentId: i % 3 === 0 ? assignment.id : null,
      });
      created.push(a.id);
    }
    const api = callerFor(f.marcus.id);
    const full = (await api.reviews.queue({ limit: 100 })).items.map((i) => i.answerId);
    expect(new Set(full)).toEqual(new Set(created));

    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: Awaited<ReturnType<typeof api.reviews.queue>> = await api.reviews.queue({
        limit: 5,
        cursor,
      });
      seen.push(...page.items.map((i) => i.answerId));
      cursor = page.nextCursor;
      pages++;
      if (pages === 2) {
        // Arrives mid-paging: one sorts before the cursor (not seen now), one after (seen once).
        await f.answer(f.carol.id, { submittedAt: new Date(base - 100 * day) });
        await f.answer(f.carol.id, { submittedAt: new Date(base + 100 * day) });
      }
    } while (cursor);
    expect(pages).toBe(5);
    expect(seen.slice(0, 23)).toEqual(full);
    expect(seen).toHaveLength(24);
    expect(new Set(seen).size).toBe(seen.length);

    await expectCode(api.reviews.queue({ cursor: "not-a-cursor" }), "BAD_REQUEST");
    // Well-formed JSON with values PostgreSQL would refuse to cast: still BAD_REQUEST, not 500.
    const crafted = (rank: unknown, due: unknown, submitted: unknown) =>
      Buffer.from(
        JSON.stringify(["due", rank, due, submitted, "00000000-0000-4000-8000-000000000000"]),
      ).toString("base64url");
    const valid = "2026-03-10 09:00:00.123456+00";
    for (const cursor of [
      crafted(0, "1", valid),
      crafted(0, valid, "March 7"),
      crafted(0, "275760-09-13 00:00:00+00", valid),
      crafted(0, "2026-02-30 00:00:00+00", valid),
      crafted(1e20, valid, valid),
      crafted(-1, valid, valid),
    ]) {
      await expectCode(api.reviews.queue({ cursor }), "BAD_REQUEST");
    }
    const dueCursor = (await api.reviews.queue({ limit: 1 })).nextCursor;
    const mixed = await expectCode(
      api.reviews.queue({ sort: "attention", cursor: dueCursor }),
      "BAD_REQUEST",
    );
    expect(mixed.message).toContain("cursor");
    await expectCode(api.reviews.queue({ limit: 101 }), "BAD_REQUEST");
  });
});

describe("reviews.get and reviews.save", () => {
  it("submits a grade: reviewed, coach score by the rubric, notification, audit, next answer", async () => {
    const f = await reviewFixture();
    const first = await f.answer(f.alice.id, { submittedAt: new Date(base - 2 * day) });
    const second = await f.answer(f.bob.id, { submittedAt: new Date(base - day) });
    const api = callerFor(f.marcus.id);
    const before = await api.reviews.get({ answerId: first.id });
    expect(before).toMatchObject({
      answer: { id: first.id, body: inRangeBody, attempt: 1, status: "submitted", version: 1 },
      candidate: { id: f.alice.id, name: f.alice.name },
      cohort: { id: f.cohort.id, name: f.cohort.name },
      question: { id: f.question.id, kind: "debugging", title: f.question.title },
      auto: { overall: 50, dimensions: engineDims, flags: [], engineVersion: "test" },
      review: null,
    });
    const dimensions = { ...engineDims, reflection: 4, depth: 1 };
    const result = await api.reviews.save({
      answerId: first.id,
      expectedVersion: before.answer.version,
      dimensions,
      overrideReasons: {
        reflection: "  Names the alerting gap\nand the follow-up.  ",
        depth: "No mechanism below the API.",
        // Unchanged dimension: a stray reason is dropped, not stored.
        impact: "ignored",
      },
      overallComment: "Strong lesson; show the fix itself.",
      comments: [{ start: 0, end: 5, body: "Open with the symptom." }],
      submit: true,
    });
    expect(result).toEqual({ version: 2, status: "reviewed", nextAnswerId: second.id });

    const after = await api.reviews.get({ answerId: first.id });
    const overall = computeOverall("debugging", dimensions);
    expect(after.answer).toMatchObject({ status: "reviewed", version: 2 });
    expect(after.review).toMatchObject({
      reviewerId: f.marcus.id,
      reviewerName: f.marcus.name,
      dimensions,
      overall,
      overrideReasons: {
        reflection: "Names the alerting gap and the follow-up.",
        depth: "No mechanism below the API.",
      },
      overallComment: "Strong lesson; show the fix itself.",
      comments: [
        {
          id: expect.any(String),
          start: 0,
          end: 5,
          quote: "word0",
          body: "Open with the symptom.",
        },
      ],
    });
    expect(after.review?.submittedAt).toBeInstanceOf(Date);
    expect(after.review?.overrideReasons).not.toHaveProperty("impact");

    // The candidate's own view shows the coach's grade, the reason for every changed score
    // and the anchored comment.
    const mine = await callerFor(f.alice.id).answers.get({ answerId: first.id });
    expect(mine.coach).toEqual({
      overall,
      dimensions,
      reviewerName: f.marcus.name,
      comment: "Strong lesson; show the fix itself.",
      overrideReasons: {
        reflection: "Names the alerting gap and the follow-up.",
        depth: "No mechanism below the API.",
      },
      comments: [
        {
          id: expect.any(String),
          start: 0,
          end: 5,
          quote: "word0",
          body: "Open with the symptom.",
        },
      ],
      replies: [],
    });
    const notes = await callerFor(f.alice.id).notifications.list();
    expect(notes).toEqual([
      {
        id: expect.any(String),
        kind: "review_landed",
        data: expect.objectContaining({ answerId: first.id, reviewerName: f.marcus.name, overall }),
        createdAt: expect.any(Date),
        readAt: null,
      },
    ]);
    const audit = await db.query.auditEvents.findMany({
      where: (e, { and, eq }) => and(eq(e.subjectId, first.id), eq(e.action, "review.submitted")),
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]?.actorId).toBe(f.marcus.id);
  });

  it("names the dimension when a changed score has no reason, and stores nothing", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id);
    const api = callerFor(f.marcus.id);
    const error = await expectCode(
      api.reviews.save({
        ...accept(a.id, 1),
        dimensions: { ...engineDims, tradeoffs: 3 },
        overrideReasons: { tradeoffs: "   " },
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toContain("overrideReasons.tradeoffs");
    expect(error.message).toContain("from 2 to 3");
    const long = await expectCode(
      api.reviews.save({
        ...accept(a.id, 1),
        dimensions: { ...engineDims, tradeoffs: 3 },
        overrideReasons: { tradeoffs: "x".repeat(201) },
      }),
      "BAD_REQUEST",
    );
    // Input validation: the path names the dimension (the HTTP formatter prints it).
    expect(long.message).toContain('"overrideReasons",\n      "tradeoffs"');
    await expectCode(
      api.reviews.save({ ...accept(a.id, 1), dimensions: { ...engineDims, impact: 5 } }),
      "BAD_REQUEST",
    );
    const got = await api.reviews.get({ answerId: a.id });
    expect(got.answer).toMatchObject({ status: "submitted", version: 1 });
    expect(got.review).toBeNull();
  });

  it("checks comment ranges against the answer and stores the quote from the body", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id, { body: "I rolled back the deploy." });
    const api = callerFor(f.marcus.id);
    const outside = await expectCode(
      api.reviews.save({ ...accept(a.id, 1), comments: [{ start: 2, end: 99, body: "x" }] }),
      "BAD_REQUEST",
    );
    expect(outside.message).toContain("comments.0");
    await expectCode(
      api.reviews.save({ ...accept(a.id, 1), comments: [{ start: 5, end: 5, body: "x" }] }),
      "BAD_REQUEST",
    );
    await expectCode(
      api.reviews.save({
        ...accept(a.id, 1),
        comments: Array.from({ length: 101 }, () => ({ start: 0, end: 1, body: "x" })),
      }),
      "BAD_REQUEST",
    );
    await api.reviews.save({
      ...accept(a.id, 1),
      comments: [{ start: 2, end: 13, body: "Say why." }],
    });
    const got = await api.reviews.get({ answerId: a.id });
    expect(got.review?.comments.map((c) => c.quote)).toEqual(["rolled back"]);
  });

  it("keeps a draft in review, hidden from the candidate, until it is submitted", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id);
    const api = callerFor(f.marcus.id);
    const draft = await api.reviews.save({ ...accept(a.id, 1, false), overallComment: "WIP" });
    expect(draft).toMatchObject({ version: 2, status: "in_review" });
    expect((await callerFor(f.alice.id).answers.get({ answerId: a.id })).coach).toBeNull();
    expect(await callerFor(f.alice.id).notifications.unreadCount()).toEqual({ count: 0 });
    const got = await api.reviews.get({ answerId: a.id });
    expect(got.review).toMatchObject({ overallComment: "WIP", submittedAt: null });
    const done = await api.reviews.save(accept(a.id, draft.version));
    expect(done).toMatchObject({ version: 3, status: "reviewed" });
    expect((await callerFor(f.alice.id).answers.get({ answerId: a.id })).coach?.overall).toBe(50);
  });

  it("lets exactly one of two concurrent saves win; the other is CONFLICT naming the winner", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id);
    const results = await Promise.allSettled([
      callerFor(f.marcus.id).reviews.save({ ...accept(a.id, 1), overallComment: "Marcus" }),
      callerFor(f.ingrid.id).reviews.save({ ...accept(a.id, 1), overallComment: "Ingrid" }),
    ]);
    const won = results.filter((r) => r.status === "fulfilled");
    const lost = results.flatMap((r) => (r.status === "rejected" ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    const error = lost[0];
    expect(error).toBeInstanceOf(TRPCError);
    expect((error as TRPCError).code).toBe("CONFLICT");
    const got = await callerFor(f.marcus.id).reviews.get({ answerId: a.id });
    const winner = got.review?.reviewerName;
    expect(winner === f.marcus.name || winner === f.ingrid.name).toBe(true);
    expect((error as TRPCError).message).toMatch(
      new RegExp(
        `^${winner} saved a review of this answer at \\d\\d:\\d\\d UTC — reload to see their grade`,
      ),
    );
    const cause = (error as TRPCError).cause;
    expect(cause).toBeInstanceOf(DomainError);
    expect((cause as DomainError).details).toMatchObject({
      answerId: a.id,
      version: 2,
      status: "reviewed",
      review: { reviewerName: winner, overallComment: got.review?.overallComment },
    });
    expect(got.answer.version).toBe(2);
    const reviewRows = await db.query.reviews.findMany({
      where: (r, { eq }) => eq(r.answerId, a.id),
    });
    expect(reviewRows).toHaveLength(1);
    // A stale version is refused also when nobody races: the panel must reload first.
    await expectCode(callerFor(f.ingrid.id).reviews.save(accept(a.id, 1)), "CONFLICT");
  });

  it("sends the winning review to the client in the error's data.conflict", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id);
    await callerFor(f.marcus.id).reviews.save({ ...accept(a.id, 1), overallComment: "First" });
    const response = await fetchRequestHandler({
      endpoint: "/api/trpc",
      router: appRouter,
      createContext: () => ({ db, userId: f.ingrid.id }),
      req: new Request("http://localhost/api/trpc/reviews.save", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify(superjson.serialize(accept(a.id, 1))),
      }),
    });
    expect(response.status).toBe(409);
    const body = (await response.json()) as { error: { json: unknown; meta?: unknown } };
    const shape = superjson.deserialize(
      body.error as Parameters<typeof superjson.deserialize>[0],
    ) as {
      message: string;
      data: {
        code: string;
        conflict: { review: { reviewerName: string; overallComment: string; submittedAt: Date } };
      };
    };
    expect(shape.message).toContain(`${f.marcus.name} saved a review`);
    expect(shape.data.code).toBe("CONFLICT");
    expect(shape.data.conflict.review).toMatchObject({
      reviewerName: f.marcus.name,
      overallComment: "First",
    });
    expect(shape.data.conflict.review.submittedAt).toBeInstanceOf(Date);
  });
});

describe("reviews.agreement", () => {
  it("computes exact, within-one and QWK over the caller's submitted reviews (hand-computed)", async () => {
    const f = await reviewFixture();
    const api = callerFor(f.marcus.id);
    // structure (engine → coach): 1→1, 2→3, 3→3, 4→4. Every other dimension: 2→2.
    // exact 3/4, within one 4/4; QWK = 1 − (1/16) / (40/64) = 0.9 (see kappa.test.ts for the sum).
    const pairs: Array<[number, number]> = [
      [1, 1],
      [2, 3],
      [3, 3],
      [4, 4],
    ];
    for (const [engine, coach] of pairs) {
      const a = await f.answer(f.alice.id, { dimensions: { structure: engine } });
      await api.reviews.save({
        ...accept(a.id, 1),
        dimensions: { ...engineDims, structure: coach },
        overrideReasons: engine === coach ? {} : { structure: "Opens with the symptom." },
      });
    }
    // Not counted: a draft, and another coach's submitted review.
    const draft = await f.answer(f.bob.id, { dimensions: { structure: 0 } });
    await api.reviews.save({
      ...accept(draft.id, 1, false),
      dimensions: { ...engineDims, structure: 4 },
      overrideReasons: { structure: "draft" },
    });
    const others = await f.answer(f.bob.id, { dimensions: { structure: 0 } });
    await callerFor(f.ingrid.id).reviews.save({
      ...accept(others.id, 1),
      dimensions: { ...engineDims, structure: 4 },
      overrideReasons: { structure: "other coach" },
    });

    const agreement = await api.reviews.agreement();
    expect(agreement.reviews).toBe(4);
    expect(agreement.dimensions.map((d) => d.dimension)).toEqual([...dimensionKeys]);
    const structure = agreement.dimensions.find((d) => d.dimension === "structure");
    expect(structure).toMatchObject({ n: 4, exact: 0.75, withinOne: 1 });
    expect(structure?.qwk).toBeCloseTo(0.9, 10);
    // Both sides constant: kappa is undefined, reported as null rather than a made-up number.
    expect(agreement.dimensions.find((d) => d.dimension === "depth")).toEqual({
      dimension: "depth",
      n: 4,
      exact: 1,
      withinOne: 1,
      qwk: null,
    });
    expect(await api.reviews.agreement({ cohortId: f.cohort.id })).toEqual(agreement);
    await expectCode(api.reviews.agreement({ cohortId: f.other.cohort.id }), "NOT_FOUND");
    const ingrid = await callerFor(f.ingrid.id).reviews.agreement();
    expect(ingrid.reviews).toBe(1);
    const empty = await callerFor(f.otherCoach.id).reviews.agreement();
    expect(empty.reviews).toBe(0);
    expect(empty.dimensions.every((d) => d.n === 0 && d.qwk === null)).toBe(true);
  });
});

describe("notifications", () => {
  it("counts a landed review as unread until markRead, only for its candidate", async () => {
    const f = await reviewFixture();
    const a = await f.answer(f.alice.id);
    const b = await f.answer(f.alice.id);
    const alice = callerFor(f.alice.id);
    expect(await alice.notifications.unreadCount()).toEqual({ count: 0 });
    await callerFor(f.marcus.id).reviews.save(accept(a.id, 1));
    await callerFor(f.marcus.id).reviews.save(accept(b.id, 1));
    expect(await alice.notifications.unreadCount()).toEqual({ count: 2 });
    expect(await callerFor(f.bob.id).notifications.unreadCount()).toEqual({ count: 0 });
    const [latest, older] = await alice.notifications.list();
    if (!latest || !older) throw new Error("expected two notifications");

    // Someone else's ids are ignored, not an error and not a leak.
    await callerFor(f.bob.id).notifications.markRead({ ids: [latest.id] });
    expect(await alice.notifications.unreadCount()).toEqual({ count: 2 });
    await alice.notifications.markRead({ ids: [latest.id] });
    expect(await alice.notifications.unreadCount()).toEqual({ count: 1 });
    await alice.notifications.markRead();
    expect(await alice.notifications.unreadCount()).toEqual({ count: 0 });
    expect((await alice.notifications.list()).every((n) => n.readAt instanceof Date)).toBe(true);
  });
});

// Runs last: every save, submit, re-open and conflict above went through the real procedures.
describe("answer_facts after the review flows above", () => {
  it("still agrees with the answers, scores and reviews it is derived from", async () => {
    expect(await findAnswerFactsDrift(db)).toEqual([]);
  });
});

describe("superseded attempts", () => {
  it("a newer attempt closes the older one: out of the queue, says so, cannot be graded", async () => {
    const f = await reviewFixture();
    const api = callerFor(f.marcus.id);
    const first = await f.answer(f.alice.id);
    // The coach opens attempt 1 and saves a draft, then the candidate submits attempt 2.
    const opened = await api.reviews.get({ answerId: first.id });
    const draft = await api.reviews.save(accept(first.id, opened.answer.version, false));
    const second = await createAnswer(db, {
      candidateId: f.alice.id,
      questionId: f.question.id,
      cohortId: f.cohort.id,
      body: inRangeBody,
    });
    expect((await api.reviews.queue()).items.map((i) => i.answerId)).toEqual([second.id]);
    expect((await api.reviews.queue({ status: "in_review" })).items).toEqual([]);
    expect(await api.reviews.counts()).toEqual([
      { cohortId: f.cohort.id, toReview: 1, inReview: 0 },
    ]);

    const older = await api.reviews.get({ answerId: first.id });
    expect(older.answer.status).toBe("superseded");
    expect(older.newerAttempt).toEqual({ id: second.id, attempt: 2 });
    expect((await api.reviews.get({ answerId: second.id })).newerAttempt).toBeNull();

    // Grading the old one by accident is refused, naming the newest, whatever version is sent.
    for (const version of [draft.version, older.answer.version]) {
      const refused = await expectCode(api.reviews.save(accept(first.id, version)), "CONFLICT");
      expect(refused.message).toContain("attempt 2");
    }
    // The candidate still sees attempt 1 in their history.
    const attempts = await callerFor(f.alice.id).answers.attempts({ questionId: f.question.id });
    expect(attempts.map((a) => [a.attempt, a.status])).toEqual([
      [1, "superseded"],
      [2, "submitted"],
    ]);
  });
});

describe("review replies", () => {
  it("the candidate replies under a comment, the coach sees it waiting, answers, and both are told", async () => {
    const f = await reviewFixture();
    const answer = await f.answer(f.alice.id);
    const api = callerFor(f.marcus.id);
    await api.reviews.save({
      ...accept(answer.id, answer.version),
      comments: [{ start: 0, end: 5, body: "Open with the symptom." }],
    });
    const mine = await callerFor(f.alice.id).answers.get({ answerId: answer.id });
    const commentId = mine.coach?.comments[0]?.id;
    if (!commentId) throw new Error("no comment");

    await callerFor(f.alice.id).answers.reply({
      answerId: answer.id,
      commentId,
      body: "The symptom was a 502 storm.",
    });
    expect(await api.reviews.repliesWaiting()).toEqual([
      expect.objectContaining({ answerId: answer.id, excerpt: "The symptom was a 502 storm." }),
    ]);
    // Another cohort's coach sees nothing and cannot reply; a candidate cannot use the coach's door.
    expect(await callerFor(f.otherCoach.id).reviews.repliesWaiting()).toEqual([]);
    await expectCode(
      callerFor(f.otherCoach.id).reviews.reply({ answerId: answer.id, body: "hi" }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.bob.id).answers.reply({ answerId: answer.id, body: "hi" }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(f.alice.id).reviews.reply({ answerId: answer.id, body: "hi" }),
      "FORBIDDEN",
    );

    await api.reviews.reply({ answerId: answer.id, commentId, body: "Then lead with it." });
    expect(await api.reviews.repliesWaiting()).toEqual([]);
    const panel = await api.reviews.get({ answerId: answer.id });
    expect(panel.review?.replies.map((r) => [r.isCandidate, r.body])).toEqual([
      [true, "The symptom was a 502 storm."],
      [false, "Then lead with it."],
    ]);
    const coachNotes = await api.notifications.list();
    expect(coachNotes.map((n) => n.kind)).toEqual(["comment_reply"]);
    const aliceNotes = await callerFor(f.alice.id).notifications.list();
    expect(aliceNotes.map((n) => n.kind)).toEqual(["comment_reply", "review_landed"]);

    // Re-saving the review with the comment unchanged keeps the thread.
    const again = await api.reviews.get({ answerId: answer.id });
    await api.reviews.save({
      ...accept(answer.id, again.answer.version),
      comments: [{ start: 0, end: 5, body: "Open with the symptom." }],
    });
    const after = await callerFor(f.alice.id).answers.get({ answerId: answer.id });
    expect(after.coach?.comments[0]?.id).toBe(commentId);
    expect(after.coach?.replies).toHaveLength(2);
  });
});
