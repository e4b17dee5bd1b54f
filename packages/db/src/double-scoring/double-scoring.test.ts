import { createHash } from "node:crypto";
import type { DimensionKey } from "@debrief/core/rubric";
import { and, eq } from "drizzle-orm";
import { describe, expect, test } from "vitest";
import type { LeadScope } from "../members/members.ts";
import { getAnswerForReview, saveReview } from "../reviews/reviews.ts";
import { auditEvents } from "../schema/audit-events.ts";
import { notifications } from "../schema/notifications.ts";
import { questionSets } from "../schema/question-sets.ts";
import { reviews } from "../schema/reviews.ts";
import { scores } from "../schema/scores.ts";
import { gradeModerations } from "../schema/second-grades.ts";
import type { CoachScope } from "../scopes/coach-scope.ts";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createOrganisation,
  createQuestion,
  createQuestionSet,
  domainErrorCode,
} from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { getCoachCoachAgreementForCohort } from "./coach-agreement.ts";
import {
  getAnswerForSecondGrade,
  listSecondGradeQueue,
  saveSecondGrade,
  setDoubleScoringRate,
} from "./double-scoring.ts";
import { getModerationCase, listModeration, settleModeration } from "./moderation.ts";

const { db } = useTestDatabase();

const dimensionKeys = [
  "structure",
  "ownership",
  "specificity",
  "depth",
  "tradeoffs",
  "impact",
  "reflection",
  "delivery",
] as const satisfies readonly DimensionKey[];
const grade = (overrides: Partial<Record<DimensionKey, number>> = {}) =>
  Object.fromEntries(dimensionKeys.map((key) => [key, overrides[key] ?? 2])) as Record<
    DimensionKey,
    number
  >;

/** The bucket the SQL computes, in JS: the first 28 bits of md5(id), mod 100. */
function bucketOf(answerId: string): number {
  const hex = createHash("md5").update(answerId).digest("hex").slice(0, 7);
  return Number.parseInt(hex, 16) % 100;
}

async function setup() {
  const organisation = await createOrganisation(db);
  const world = await createCohortWithMembers(db, {
    organisationId: organisation.id,
    leads: 1,
    coaches: 3,
    candidates: 8,
  });
  const other = await createCohortWithMembers(db, {
    organisationId: organisation.id,
    leads: 1,
    coaches: 1,
    candidates: 1,
  });
  const [lead] = world.leads;
  const [a, b, c] = world.coaches;
  const [otherLead] = other.leads;
  const [otherCoach] = other.coaches;
  if (!lead || !a || !b || !c || !otherLead || !otherCoach) throw new Error("fixture");
  const cohortIds = [world.cohort.id];
  const coach = (id: string): CoachScope => ({ coachId: id, cohortIds });
  const leadScope: LeadScope = { leadId: lead.id, cohortId: world.cohort.id };
  const answer = async (candidateIndex = 0) => {
    const candidate = world.candidates[candidateIndex];
    if (!candidate) throw new Error("fixture");
    const question = await createQuestion(db);
    return createAnswer(db, {
      candidateId: candidate.id,
      questionId: question.id,
      cohortId: world.cohort.id,
    });
  };
  /** A submitted first grade; every dimension off the engine's 2 gets a reason. */
  const firstGrade = (coachId: string, answerId: string, version: number, dims = grade()) =>
    saveReview(db, coach(coachId), {
      answerId,
      expectedVersion: version,
      dimensions: dims,
      overrideReasons: Object.fromEntries(
        dimensionKeys.filter((key) => dims[key] !== 2).map((key) => [key, "Reason."]),
      ),
      overallComment: "First coach's comment.",
      comments: [],
      submit: true,
    });
  return {
    world,
    lead,
    a,
    b,
    c,
    coach,
    leadScope,
    otherCoachScope: { coachId: otherCoach.id, cohortIds: [other.cohort.id] } as CoachScope,
    otherLeadScope: { leadId: otherLead.id, cohortId: other.cohort.id } as LeadScope,
    answer,
    firstGrade,
  };
}

describe("sampling", () => {
  test("off by default; turning it on samples new answers by a stable hash of the id", async () => {
    const f = await setup();
    const before = await f.answer();
    expect((await listSecondGradeQueue(db, f.coach(f.a.id))).total).toBe(0);

    const settings = await setDoubleScoringRate(db, f.leadScope, { rate: 30 });
    expect(settings.rate).toBe(30);
    expect(settings.since).toBeInstanceOf(Date);
    const made = [];
    for (let i = 0; i < 40; i++) made.push(await f.answer(i % 8));
    const expected = made.filter((a) => bucketOf(a.id) < 30).map((a) => a.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected.length).toBeLessThan(40);

    const queue = await listSecondGradeQueue(db, f.coach(f.a.id));
    expect(queue.total).toBe(expected.length);
    expect(new Set(queue.items.map((i) => i.answerId))).toEqual(new Set(expected));
    // Answers from before double-scoring was turned on are never sampled.
    expect(queue.items.some((i) => i.answerId === before.id)).toBe(false);
    // Raising the rate only adds answers; the same call gives the same sample.
    await setDoubleScoringRate(db, f.leadScope, { rate: 60 });
    const wider = await listSecondGradeQueue(db, f.coach(f.a.id));
    expect(wider.items.map((i) => i.answerId)).toEqual(
      expect.arrayContaining(queue.items.map((i) => i.answerId)),
    );
    expect(wider.total).toBe(made.filter((a) => bucketOf(a.id) < 60).length);

    const events = await db
      .select({ action: auditEvents.action, data: auditEvents.data })
      .from(auditEvents)
      .where(eq(auditEvents.cohortId, f.world.cohort.id));
    expect(events.filter((e) => e.action === "cohort.double_scoring_set")).toHaveLength(2);

    await setDoubleScoringRate(db, f.leadScope, { rate: 0 });
    expect((await listSecondGradeQueue(db, f.coach(f.a.id))).total).toBe(0);
    await expect(
      domainErrorCode(setDoubleScoringRate(db, f.leadScope, { rate: 101 })),
    ).resolves.toBe("BAD_REQUEST");
  });
});

describe("second grades", () => {
  test("the second coach is never the first, and each grade is blind to the other", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const answer = await f.answer();
    await f.firstGrade(f.a.id, answer.id, answer.version, grade({ depth: 4 }));

    // The first coach neither sees it in their second-grade queue nor may give it.
    const aQueue = await listSecondGradeQueue(db, f.coach(f.a.id));
    expect(aQueue.items.map((i) => i.answerId)).not.toContain(answer.id);
    await expect(
      domainErrorCode(
        saveSecondGrade(db, f.coach(f.a.id), {
          answerId: answer.id,
          dimensions: grade(),
          comment: "",
        }),
      ),
    ).resolves.toBe("FORBIDDEN");

    // B sees the answer in their queue but not A's grade, on either page.
    const bQueue = await listSecondGradeQueue(db, f.coach(f.b.id));
    expect(bQueue.items.map((i) => i.answerId)).toContain(answer.id);
    expect(
      (await getAnswerForReview(db, f.coach(f.b.id), { answerId: answer.id })).review,
    ).toBeNull();
    const blind = await getAnswerForSecondGrade(db, f.coach(f.b.id), { answerId: answer.id });
    expect(blind.firstGrade).toBeNull();
    expect(blind.blockedReason).toBeNull();
    // Nobody overwrites a first grade they cannot see.
    await expect(
      domainErrorCode(f.firstGrade(f.c.id, answer.id, answer.version + 1)),
    ).resolves.toBe("CONFLICT");
    // A still sees their own grade.
    expect(
      (await getAnswerForReview(db, f.coach(f.a.id), { answerId: answer.id })).review,
    ).not.toBeNull();

    await saveSecondGrade(db, f.coach(f.b.id), {
      answerId: answer.id,
      dimensions: grade({ depth: 3 }),
      comment: "Second look.",
    });
    // Given once.
    await expect(
      domainErrorCode(
        saveSecondGrade(db, f.coach(f.b.id), {
          answerId: answer.id,
          dimensions: grade(),
          comment: "",
        }),
      ),
    ).resolves.toBe("CONFLICT");
    await expect(
      domainErrorCode(
        saveSecondGrade(db, f.coach(f.c.id), {
          answerId: answer.id,
          dimensions: grade(),
          comment: "",
        }),
      ),
    ).resolves.toBe("CONFLICT");
    // The second coach does not give the first grade.
    await expect(
      domainErrorCode(f.firstGrade(f.b.id, answer.id, answer.version + 1)),
    ).resolves.toBe("FORBIDDEN");

    // Both in: each sees the other's.
    const revealed = await getAnswerForSecondGrade(db, f.coach(f.b.id), { answerId: answer.id });
    expect(revealed.firstGrade?.dimensions.depth).toBe(4);
    expect(revealed.secondGrade?.dimensions.depth).toBe(3);
    expect(
      (await getAnswerForReview(db, f.coach(f.b.id), { answerId: answer.id })).review,
    ).not.toBeNull();
    const forA = await getAnswerForSecondGrade(db, f.coach(f.a.id), { answerId: answer.id });
    expect(forA.secondGrade?.reviewerName).toBe(f.b.name);

    // One point apart: agreement counts it, moderation does not.
    expect((await listModeration(db, f.leadScope)).items).toHaveLength(0);
    const agreement = await getCoachCoachAgreementForCohort(db, f.leadScope, { dimensionKeys });
    expect(agreement.pairs).toBe(1);
    const depth = agreement.dimensions.find((d) => d.dimension === "depth");
    expect(depth).toMatchObject({ n: 1, exact: 0, withinOne: 1 });
    expect(agreement.dimensions.find((d) => d.dimension === "impact")).toMatchObject({ exact: 1 });
  });

  test("a second grade can come first; an answer outside the sample or the scope is refused", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const answer = await f.answer();
    await saveSecondGrade(db, f.coach(f.b.id), {
      answerId: answer.id,
      dimensions: grade(),
      comment: "",
    });
    const view = await getAnswerForSecondGrade(db, f.coach(f.b.id), { answerId: answer.id });
    expect(view.firstGrade).toBeNull();
    await f.firstGrade(f.a.id, answer.id, answer.version);

    await expect(
      domainErrorCode(getAnswerForSecondGrade(db, f.otherCoachScope, { answerId: answer.id })),
    ).resolves.toBe("NOT_FOUND");
    await expect(
      domainErrorCode(
        saveSecondGrade(db, f.otherCoachScope, {
          answerId: answer.id,
          dimensions: grade(),
          comment: "",
        }),
      ),
    ).resolves.toBe("NOT_FOUND");

    await setDoubleScoringRate(db, f.leadScope, { rate: 0 });
    const unsampled = await f.answer(1);
    await expect(
      domainErrorCode(
        saveSecondGrade(db, f.coach(f.b.id), {
          answerId: unsampled.id,
          dimensions: grade(),
          comment: "",
        }),
      ),
    ).resolves.toBe("BAD_REQUEST");
    await expect(
      domainErrorCode(getAnswerForSecondGrade(db, f.coach(f.b.id), { answerId: unsampled.id })),
    ).resolves.toBe("NOT_FOUND");
  });
});

describe("blind grading", () => {
  test("a blind set's candidate shows as a pseudonym in the second-grade views", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const [kid] = f.world.candidates;
    if (!kid) throw new Error("fixture");
    const question = await createQuestion(db);
    const set = await createQuestionSet(db, {
      cohortId: f.world.cohort.id,
      questionIds: [question.id],
    });
    await db.update(questionSets).set({ blind: true }).where(eq(questionSets.id, set.id));
    const assignment = await createAssignment(db, {
      setId: set.id,
      cohortId: f.world.cohort.id,
      candidateId: kid.id,
      dueAt: new Date(Date.now() + 86_400_000),
    });
    const answer = await createAnswer(db, {
      candidateId: kid.id,
      questionId: question.id,
      cohortId: f.world.cohort.id,
      assignmentId: assignment.id,
    });
    const queue = await listSecondGradeQueue(db, f.coach(f.b.id));
    const item = queue.items.find((i) => i.answerId === answer.id);
    expect(item?.candidateName).toMatch(/^Candidate [0-9A-F]{5}$/);
    expect(item?.candidateId).toBeNull();
    const view = await getAnswerForSecondGrade(db, f.coach(f.b.id), { answerId: answer.id });
    expect(view.candidate.name).toBe(item?.candidateName);
    expect(JSON.stringify(view)).not.toContain(kid.name);
  });
});

describe("moderation", () => {
  test("2+ apart goes to moderation; the lead settles under a version check, both grades kept", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const answer = await f.answer();
    const first = await f.firstGrade(f.a.id, answer.id, answer.version, grade({ impact: 4 }));
    await saveSecondGrade(db, f.coach(f.b.id), {
      answerId: answer.id,
      dimensions: grade({ impact: 1, depth: 3 }),
      comment: "No measured result.",
    });

    const open = await listModeration(db, f.leadScope);
    expect(open.total).toBe(1);
    const [item] = open.items;
    expect(item).toMatchObject({
      answerId: answer.id,
      gap: 3,
      disputed: ["impact"],
      firstCoachName: f.a.name,
      secondCoachName: f.b.name,
      settled: null,
    });
    expect(item?.version).toBe(first.version);

    // Another lead's cohort does not see or settle it.
    await expect(
      domainErrorCode(getModerationCase(db, f.otherLeadScope, { answerId: answer.id })),
    ).resolves.toBe("NOT_FOUND");
    await expect(
      domainErrorCode(
        settleModeration(db, f.otherLeadScope, {
          answerId: answer.id,
          expectedVersion: first.version,
          dimensions: grade(),
          reason: "Mine now.",
        }),
      ),
    ).resolves.toBe("NOT_FOUND");

    // A stale version (the page was open before the first coach's last save) is CONFLICT.
    await expect(
      domainErrorCode(
        settleModeration(db, f.leadScope, {
          answerId: answer.id,
          expectedVersion: first.version - 1,
          dimensions: grade({ impact: 3 }),
          reason: "Stale.",
        }),
      ),
    ).resolves.toBe("CONFLICT");
    await expect(
      domainErrorCode(
        settleModeration(db, f.leadScope, {
          answerId: answer.id,
          expectedVersion: first.version,
          dimensions: grade({ impact: 3 }),
          reason: "   ",
        }),
      ),
    ).resolves.toBe("BAD_REQUEST");

    const settled = await settleModeration(db, f.leadScope, {
      answerId: answer.id,
      expectedVersion: first.version,
      dimensions: grade({ impact: 3 }),
      reason: "The result is stated but not measured.",
    });
    expect(settled.version).toBe(first.version + 1);

    // The final grade is the coach score everyone reads; both coaches' grades are kept.
    const [coachRow] = await db
      .select()
      .from(scores)
      .where(and(eq(scores.answerId, answer.id), eq(scores.source, "coach")));
    expect(coachRow?.impact).toBe(3);
    const [kept] = await db
      .select()
      .from(gradeModerations)
      .where(eq(gradeModerations.answerId, answer.id));
    expect(kept?.firstGrade.impact).toBe(4);
    expect(kept?.settledById).toBe(f.lead.id);
    const view = await getModerationCase(db, f.leadScope, { answerId: answer.id });
    expect(view.firstGrade.dimensions.impact).toBe(4);
    expect(view.secondGrade.dimensions.impact).toBe(1);
    expect(view.settled?.dimensions.impact).toBe(3);

    expect((await listModeration(db, f.leadScope)).total).toBe(0);
    const done = await listModeration(db, f.leadScope, { status: "settled" });
    expect(done.items[0]?.settled?.reason).toBe("The result is stated but not measured.");
    expect(done.items[0]?.firstOverall).toBe(kept?.firstOverall);

    // Settled once; the first coach cannot regrade it afterwards.
    await expect(
      domainErrorCode(
        settleModeration(db, f.leadScope, {
          answerId: answer.id,
          expectedVersion: settled.version,
          dimensions: grade(),
          reason: "Again.",
        }),
      ),
    ).resolves.toBe("CONFLICT");
    await expect(domainErrorCode(f.firstGrade(f.a.id, answer.id, settled.version))).resolves.toBe(
      "CONFLICT",
    );

    // Agreement compares the coaches' own grades, not the settled one.
    const agreement = await getCoachCoachAgreementForCohort(db, f.leadScope, { dimensionKeys });
    expect(agreement.dimensions.find((d) => d.dimension === "impact")).toMatchObject({
      n: 1,
      exact: 0,
      withinOne: 0,
    });
    const events = await db
      .select({ action: auditEvents.action })
      .from(auditEvents)
      .where(eq(auditEvents.subjectId, answer.id));
    expect(events.map((e) => e.action)).toContain("moderation.settled");
  });

  test("the candidate is told when the settled grade differs from the one they read, not otherwise", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const settledNotes = async (candidateId: string) =>
      (
        await db
          .select({ data: notifications.data })
          .from(notifications)
          .where(
            and(eq(notifications.userId, candidateId), eq(notifications.kind, "review_landed")),
          )
      ).filter((n) => n.data.event === "settled");
    const settle = async (candidateIndex: number, final: Partial<Record<DimensionKey, number>>) => {
      const answer = await f.answer(candidateIndex);
      const first = await f.firstGrade(f.a.id, answer.id, answer.version, grade({ impact: 4 }));
      await saveSecondGrade(db, f.coach(f.b.id), {
        answerId: answer.id,
        dimensions: grade({ impact: 1 }),
        comment: "",
      });
      await settleModeration(db, f.leadScope, {
        answerId: answer.id,
        expectedVersion: first.version,
        dimensions: grade(final),
        reason: "Settled.",
      });
      return answer;
    };
    const [changedFor, keptFor] = f.world.candidates;
    if (!changedFor || !keptFor) throw new Error("fixture");
    const changed = await settle(0, { impact: 2 });
    const notes = await settledNotes(changedFor.id);
    expect(notes).toHaveLength(1);
    expect(notes[0]?.data).toMatchObject({ answerId: changed.id, event: "settled" });
    // Beside the changed score the candidate reads the lead's reason, not the first coach's.
    const [review] = await db
      .select({ reasons: reviews.overrideReasons })
      .from(reviews)
      .where(eq(reviews.answerId, changed.id));
    expect(review?.reasons.impact).toBe("Settled.");
    // The lead keeps the first coach's grade: what the candidate reads does not change.
    await settle(1, { impact: 4 });
    expect(await settledNotes(keptFor.id)).toHaveLength(0);
  });

  test("within one point on every dimension: nothing to settle", async () => {
    const f = await setup();
    await setDoubleScoringRate(db, f.leadScope, { rate: 100 });
    const answer = await f.answer();
    const first = await f.firstGrade(f.a.id, answer.id, answer.version, grade({ depth: 3 }));
    await saveSecondGrade(db, f.coach(f.b.id), {
      answerId: answer.id,
      dimensions: grade({ depth: 2, impact: 3 }),
      comment: "",
    });
    expect((await listModeration(db, f.leadScope)).total).toBe(0);
    await expect(
      domainErrorCode(
        settleModeration(db, f.leadScope, {
          answerId: answer.id,
          expectedVersion: first.version,
          dimensions: grade(),
          reason: "No.",
        }),
      ),
    ).resolves.toBe("BAD_REQUEST");
  });
});
