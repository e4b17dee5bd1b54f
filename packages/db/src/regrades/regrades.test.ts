import { computeOverall } from "@debrief/core/rubric";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import { DomainError } from "../errors.ts";
import { auditEvents } from "../schema/audit-events.ts";
import { answers } from "../schema/answers.ts";
import { notifications } from "../schema/notifications.ts";
import { questionSets } from "../schema/question-sets.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import {
  acceptRegrade,
  countPendingRegrades,
  declineRegrade,
  getRegradeForCandidate,
  getRegradeForCoach,
  listRegradeCountsByCoach,
  listRegradeQueue,
  regradeAvailabilityOf,
  requestRegrade,
} from "./regrades.ts";

const { db } = useTestDatabase();
const dayMs = 86_400_000;

async function expectDomainError(promise: Promise<unknown>, code: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  expect((error as DomainError).code).toBe(code);
  return error as DomainError;
}

/** A reviewed answer of the first candidate, in a set with the given window (or in none). */
async function fixture(options: { windowDays?: number; reviewedAt?: Date } = {}) {
  const { cohort, coaches, candidates, leads } = await createCohortWithMembers(db, {
    candidates: 2,
    coaches: 1,
    leads: 1,
  });
  const [coach] = coaches;
  const [candidate, other] = candidates;
  const [lead] = leads;
  if (!coach || !candidate || !other || !lead) throw new Error("fixture");
  const question = await createQuestion(db, { cohortId: cohort.id, kind: "deep_dive" });
  let assignmentId: string | null = null;
  if (options.windowDays !== undefined) {
    const set = await createQuestionSet(db, { cohortId: cohort.id, questionIds: [question.id] });
    await db
      .update(questionSets)
      .set({ regradeWindowDays: options.windowDays })
      .where(eq(questionSets.id, set.id));
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: cohort.id,
      candidateId: candidate.id,
      dueAt: new Date(Date.now() + dayMs),
    });
    assignmentId = assignment.id;
  }
  const answer = await createAnswer(db, {
    candidateId: candidate.id,
    questionId: question.id,
    cohortId: cohort.id,
    assignmentId,
    dimensions: { depth: 2, impact: 2 },
    coach: {
      reviewerId: coach.id,
      dimensions: { depth: 2, impact: 1 },
      reviewedAt: options.reviewedAt,
    },
  });
  return {
    cohort,
    coach,
    candidate,
    other,
    lead,
    answer,
    coachScope: { coachId: coach.id, cohortIds: [cohort.id] },
    candidateScope: { candidateId: candidate.id },
  };
}

describe("regradeAvailabilityOf", () => {
  const publishedAt = new Date("2026-03-01T10:00:00Z");
  test("open inside the window, closed after it, off at 0, refused before release", () => {
    const at = (days: number) => new Date(publishedAt.getTime() + days * dayMs);
    expect(
      regradeAvailabilityOf({ status: "reviewed", publishedAt, windowDays: 7, now: at(6.9) }),
    ).toEqual({ isOpen: true, closesAt: at(7) });
    expect(
      regradeAvailabilityOf({ status: "reviewed", publishedAt, windowDays: 7, now: at(7) }),
    ).toMatchObject({ isOpen: false, closedAt: at(7) });
    expect(
      regradeAvailabilityOf({ status: "reviewed", publishedAt, windowDays: 0, now: at(0) }),
    ).toMatchObject({ isOpen: false, reason: expect.stringMatching(/turned off/) });
    expect(
      regradeAvailabilityOf({ status: "reviewed", publishedAt: null, windowDays: 7, now: at(0) }),
    ).toMatchObject({ isOpen: false, reason: expect.stringMatching(/released/) });
    expect(
      regradeAvailabilityOf({ status: "superseded", publishedAt, windowDays: 7, now: at(0) }),
    ).toMatchObject({ isOpen: false });
  });
});

describe("requestRegrade", () => {
  test("once per review: the second request is CONFLICT", async () => {
    const f = await fixture();
    const request = await requestRegrade(db, f.candidateScope, {
      answerId: f.answer.id,
      dimensions: ["impact", "depth", "impact"],
      reason: "I gave the before and after latency.",
    });
    expect(request).toMatchObject({ status: "pending", dimensions: ["depth", "impact"] });
    expect(request.before.dimensions).toMatchObject({ depth: 2, impact: 1 });
    await expectDomainError(
      requestRegrade(db, f.candidateScope, {
        answerId: f.answer.id,
        dimensions: ["structure"],
        reason: "Again.",
      }),
      "CONFLICT",
    );
    const view = await getRegradeForCandidate(db, f.candidateScope, { answerId: f.answer.id });
    expect(view.availability.isOpen).toBe(false);
    expect(view.request?.id).toBe(request.id);
  });

  test("tells the reviewing coach and records an audit event", async () => {
    const f = await fixture();
    await requestRegrade(db, f.candidateScope, {
      answerId: f.answer.id,
      dimensions: ["impact"],
      reason: "The result is measured.",
    });
    const notes = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, f.coach.id), eq(notifications.kind, "regrade")));
    expect(notes).toHaveLength(1);
    expect(notes[0]?.data).toMatchObject({ answerId: f.answer.id, event: "requested" });
    const events = await db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, "regrade.requested"));
    expect(events.map((e) => e.subjectId)).toContain(f.answer.id);
  });

  test("the window is the set's, from publication; closed or 0 is BAD_REQUEST", async () => {
    const old = await fixture({ windowDays: 3, reviewedAt: new Date(Date.now() - 4 * dayMs) });
    const closed = await expectDomainError(
      requestRegrade(db, old.candidateScope, {
        answerId: old.answer.id,
        dimensions: ["impact"],
        reason: "Late.",
      }),
      "BAD_REQUEST",
    );
    expect(closed.message).toMatch(/3 days/);
    const off = await fixture({ windowDays: 0 });
    const offError = await expectDomainError(
      requestRegrade(db, off.candidateScope, {
        answerId: off.answer.id,
        dimensions: ["impact"],
        reason: "Off.",
      }),
      "BAD_REQUEST",
    );
    expect(offError.message).toMatch(/turned off/);
    const wide = await fixture({ windowDays: 30, reviewedAt: new Date(Date.now() - 20 * dayMs) });
    await expect(
      requestRegrade(db, wide.candidateScope, {
        answerId: wide.answer.id,
        dimensions: ["impact"],
        reason: "Inside a long window.",
      }),
    ).resolves.toMatchObject({ status: "pending" });
    // Outside any set, the default week applies.
    const loose = await fixture({ reviewedAt: new Date(Date.now() - 8 * dayMs) });
    await expectDomainError(
      requestRegrade(db, loose.candidateScope, {
        answerId: loose.answer.id,
        dimensions: ["impact"],
        reason: "Default window.",
      }),
      "BAD_REQUEST",
    );
  });

  test("an unpublished review cannot be regraded", async () => {
    const f = await fixture();
    await db.update(reviews).set({ publishedAt: null }).where(eq(reviews.answerId, f.answer.id));
    const error = await expectDomainError(
      requestRegrade(db, f.candidateScope, {
        answerId: f.answer.id,
        dimensions: ["impact"],
        reason: "Too early.",
      }),
      "BAD_REQUEST",
    );
    expect(error.message).toMatch(/released/);
  });

  test("another candidate's answer is NOT_FOUND; unknown dimensions and empty reasons are refused", async () => {
    const f = await fixture();
    await expectDomainError(
      requestRegrade(
        db,
        { candidateId: f.other.id },
        {
          answerId: f.answer.id,
          dimensions: ["impact"],
          reason: "Not mine.",
        },
      ),
      "NOT_FOUND",
    );
    await expectDomainError(
      getRegradeForCandidate(db, { candidateId: f.other.id }, { answerId: f.answer.id }),
      "NOT_FOUND",
    );
    await expectDomainError(
      requestRegrade(db, f.candidateScope, {
        answerId: f.answer.id,
        dimensions: ["charisma"],
        reason: "Unknown.",
      }),
      "BAD_REQUEST",
    );
    await expectDomainError(
      requestRegrade(db, f.candidateScope, {
        answerId: f.answer.id,
        dimensions: ["impact"],
        reason: "   ",
      }),
      "BAD_REQUEST",
    );
  });
});

describe("deciding a request", () => {
  async function pending() {
    const f = await fixture();
    const request = await requestRegrade(db, f.candidateScope, {
      answerId: f.answer.id,
      dimensions: ["impact"],
      reason: "I cut p99 from 800 ms to 120 ms.",
    });
    const [row] = await db.select().from(answers).where(eq(answers.id, f.answer.id));
    return { ...f, request, version: row?.version ?? 0 };
  }

  test("accept changes only the named dimensions, recomputes the overall and bumps the version", async () => {
    const f = await pending();
    const [before] = await db
      .select()
      .from(scores)
      .where(and(eq(scores.answerId, f.answer.id), eq(scores.source, "coach")));
    const result = await acceptRegrade(db, f.coachScope, {
      requestId: f.request.id,
      expectedVersion: f.version,
      dimensions: { impact: 3 },
      reason: "Agreed: the result is measured against a baseline.",
    });
    expect(result.version).toBe(f.version + 1);
    const [after] = await db
      .select()
      .from(scores)
      .where(and(eq(scores.answerId, f.answer.id), eq(scores.source, "coach")));
    if (!before || !after) throw new Error("no coach score");
    expect(after.impact).toBe(3);
    for (const key of ["structure", "ownership", "specificity", "depth", "tradeoffs"] as const) {
      expect(after[key]).toBe(before[key]);
    }
    const dims = {
      structure: after.structure,
      ownership: after.ownership,
      specificity: after.specificity,
      depth: after.depth,
      tradeoffs: after.tradeoffs,
      impact: after.impact,
      reflection: after.reflection,
      delivery: after.delivery,
    };
    expect(after.overall).toBe(computeOverall("deep_dive", dims));
    const [review] = await db.select().from(reviews).where(eq(reviews.answerId, f.answer.id));
    expect(review?.overrideReasons).toMatchObject({ impact: expect.stringMatching(/baseline/) });
    expect(result.request).toMatchObject({
      status: "accepted",
      before: { dimensions: { impact: 1 } },
      after: { dimensions: { impact: 3 }, overall: after.overall },
    });
    const notes = await db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, f.candidate.id), eq(notifications.kind, "regrade")));
    expect(notes.map((n) => n.data)).toEqual([expect.objectContaining({ event: "accepted" })]);
    // Decided once: a second decision is CONFLICT.
    await expectDomainError(
      declineRegrade(db, f.coachScope, { requestId: f.request.id, answer: "No." }),
      "CONFLICT",
    );
  });

  test("accept refuses unnamed dimensions, no change, and a stale version", async () => {
    const f = await pending();
    await expectDomainError(
      acceptRegrade(db, f.coachScope, {
        requestId: f.request.id,
        expectedVersion: f.version,
        dimensions: { impact: 3, depth: 4 },
        reason: "Both.",
      }),
      "BAD_REQUEST",
    );
    await expectDomainError(
      acceptRegrade(db, f.coachScope, {
        requestId: f.request.id,
        expectedVersion: f.version,
        dimensions: { impact: 1 },
        reason: "Same.",
      }),
      "BAD_REQUEST",
    );
    const stale = await expectDomainError(
      acceptRegrade(db, f.coachScope, {
        requestId: f.request.id,
        expectedVersion: f.version - 1,
        dimensions: { impact: 3 },
        reason: "Stale.",
      }),
      "CONFLICT",
    );
    expect(stale.details).toMatchObject({ version: f.version });
    // Nothing changed: still pending, the score as it was.
    const view = await getRegradeForCoach(db, f.coachScope, { answerId: f.answer.id });
    expect(view?.status).toBe("pending");
    const [coachScore] = await db
      .select()
      .from(scores)
      .where(and(eq(scores.answerId, f.answer.id), eq(scores.source, "coach")));
    expect(coachScore?.impact).toBe(1);
  });

  test("decline needs an answer and leaves the scores; the candidate sees it", async () => {
    const f = await pending();
    await expectDomainError(
      declineRegrade(db, f.coachScope, { requestId: f.request.id, answer: " " }),
      "BAD_REQUEST",
    );
    const declined = await declineRegrade(db, f.coachScope, {
      requestId: f.request.id,
      answer: "The result is not attributed to your decision.",
    });
    expect(declined).toMatchObject({ status: "declined", after: null });
    const seen = await getRegradeForCandidate(db, f.candidateScope, { answerId: f.answer.id });
    expect(seen.request).toMatchObject({
      status: "declined",
      coachAnswer: "The result is not attributed to your decision.",
    });
  });

  test("scope: a coach of another cohort gets NOT_FOUND and sees nothing", async () => {
    const f = await pending();
    const elsewhere = await createCohortWithMembers(db, { coaches: 1 });
    const [stranger] = elsewhere.coaches;
    if (!stranger) throw new Error("fixture");
    const scope = { coachId: stranger.id, cohortIds: [elsewhere.cohort.id] };
    await expectDomainError(
      acceptRegrade(db, scope, {
        requestId: f.request.id,
        expectedVersion: f.version,
        dimensions: { impact: 3 },
        reason: "Not mine.",
      }),
      "NOT_FOUND",
    );
    await expectDomainError(
      declineRegrade(db, scope, { requestId: f.request.id, answer: "Not mine." }),
      "NOT_FOUND",
    );
    await expectDomainError(getRegradeForCoach(db, scope, { answerId: f.answer.id }), "NOT_FOUND");
    expect(await listRegradeQueue(db, scope)).toEqual([]);
    expect(await countPendingRegrades(db, scope)).toBe(0);
    await expectDomainError(listRegradeQueue(db, scope, { cohortId: f.cohort.id }), "NOT_FOUND");
  });

  test("the queue, the count and the lead's per-coach counts", async () => {
    const f = await pending();
    expect(await countPendingRegrades(db, f.coachScope)).toBe(1);
    const queue = await listRegradeQueue(db, f.coachScope);
    expect(queue).toEqual([
      expect.objectContaining({
        id: f.request.id,
        candidateName: f.candidate.name,
        dimensions: ["impact"],
      }),
    ]);
    await declineRegrade(db, f.coachScope, { requestId: f.request.id, answer: "It stands." });
    expect(await countPendingRegrades(db, f.coachScope)).toBe(0);
    expect(await listRegradeQueue(db, f.coachScope)).toEqual([]);
    expect(await listRegradeQueue(db, f.coachScope, { status: "decided" })).toHaveLength(1);
    expect(
      await listRegradeCountsByCoach(db, { leadId: f.lead.id, cohortId: f.cohort.id }),
    ).toEqual([
      {
        coachId: f.coach.id,
        coachName: f.coach.name,
        requested: 1,
        accepted: 0,
        declined: 1,
        pending: 0,
      },
    ]);
  });
});
