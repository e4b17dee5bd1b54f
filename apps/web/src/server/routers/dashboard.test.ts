import type { DimensionKey } from "@debrief/core";
import {
  createAnswer,
  createAssignment,
  createCohortWithMembers,
  createQuestion,
  createQuestionSet,
} from "@debrief/db/testing";
import { beforeAll, describe, expect, it } from "vitest";
import { expectCode } from "~/testing/expect-trpc-code";
import { callerFor, db } from "~/testing/router-test";
import { createCaller } from "./root";

const all = (value: number): Record<DimensionKey, number> => ({
  structure: value,
  ownership: value,
  specificity: value,
  depth: value,
  tradeoffs: value,
  impact: value,
  reflection: value,
  delivery: value,
});
const at = (iso: string) => new Date(iso);

// Four Monday-based UTC weeks: 5, 12, 19 and 26 January 2026.
const range = { from: at("2026-01-05T00:00:00Z"), to: at("2026-02-02T00:00:00Z") };

/**
 * The hand-computed fixture. Candidates Alice and Bob answer over three weeks; Cara never does.
 * Coach Kim reviews two answers (10 h, 48 h) and holds one draft; coach Lee reviews one (24 h).
 *
 *   Alice  q1 deep_dive  #1 Jan 6   auto 40 (all 1)
 *                                         (superseded by #2 before review: out of the open queue)
 *          q1 deep_dive  #2 Jan 13  auto 60 (structure 3, rest 2) → coach 80 (structure 4, rest 3), Kim, +10 h
 *          q2 debugging  #1 Jan 20  auto 70 (all 3), in Alice's "Core stories" assignment (by Lee)
 *          q3 intro      #1 Dec 20  auto 100 — before the range, counted nowhere but the open queue
 *   Bob    q3 intro      #1 Jan 7   auto 50 (all 2) → coach 30 (all 1), Lee, +24 h
 *          q2 debugging  #1 Jan 14  auto 20 (all 0) → coach 40 (all 1), Kim, +48 h
 *          q2 debugging  #2 Jan 21  auto 90 (all 4), Kim's unsubmitted draft of 10 (must not count)
 */
async function dashboardFixture() {
  const { cohort, leads, coaches, candidates } = await createCohortWithMembers(db, {
    name: "Spring",
    leads: [{ name: "Lena Lead" }],
    coaches: [{ name: "Kim Coach" }, { name: "Lee Coach" }],
    candidates: [{ name: "Alice" }, { name: "Bob" }, { name: "Cara" }],
  });
  const [lead] = leads;
  const [kim, lee] = coaches;
  const [alice, bob, cara] = candidates;
  if (!lead || !kim || !lee || !alice || !bob || !cara) throw new Error("fixture");
  const q1 = await createQuestion(db, { cohortId: cohort.id, kind: "deep_dive" });
  const q2 = await createQuestion(db, { cohortId: cohort.id, kind: "debugging" });
  const q3 = await createQuestion(db, { cohortId: cohort.id, kind: "intro" });
  const core = await createQuestionSet(db, {
    cohortId: cohort.id,
    questionIds: [q1.id, q2.id],
    title: "Core stories",
  });
  const intro = await createQuestionSet(db, {
    cohortId: cohort.id,
    questionIds: [q3.id],
    title: "Intro drill",
  });
  const assigned = at("2026-01-05T09:00:00Z");
  const aliceCore = await createAssignment(db, {
    setId: core.id,
    cohortId: cohort.id,
    candidateId: alice.id,
    dueAt: at("2026-01-20T12:00:00Z"),
    assignedById: lee.id,
    createdAt: assigned,
  });
  // Bob never answers q1: missing. He answers the intro a day after it was due: late.
  await createAssignment(db, {
    setId: core.id,
    cohortId: cohort.id,
    candidateId: bob.id,
    dueAt: at("2026-01-15T12:00:00Z"),
    assignedById: kim.id,
    createdAt: assigned,
  });
  await createAssignment(db, {
    setId: intro.id,
    cohortId: cohort.id,
    candidateId: bob.id,
    dueAt: at("2026-01-06T12:00:00Z"),
    assignedById: kim.id,
    createdAt: assigned,
  });
  await createAssignment(db, {
    setId: intro.id,
    cohortId: cohort.id,
    candidateId: cara.id,
    dueAt: at("2026-01-25T12:00:00Z"),
    assignedById: kim.id,
    createdAt: assigned,
  });
  const answer = (
    candidateId: string,
    questionId: string,
    submittedAt: string,
    input: Partial<Parameters<typeof createAnswer>[1]>,
  ) =>
    createAnswer(db, {
      candidateId,
      questionId,
      cohortId: cohort.id,
      submittedAt: at(submittedAt),
      ...input,
    });
  await answer(alice.id, q3.id, "2025-12-20T10:00:00Z", { overall: 100, dimensions: all(4) });
  await answer(alice.id, q1.id, "2026-01-06T10:00:00Z", { overall: 40, dimensions: all(1) });
  await answer(alice.id, q1.id, "2026-01-13T10:00:00Z", {
    overall: 60,
    dimensions: { ...all(2), structure: 3 },
    coach: {
      reviewerId: kim.id,
      overall: 80,
      dimensions: { ...all(3), structure: 4 },
      reviewedAt: at("2026-01-13T20:00:00Z"),
    },
  });
  await answer(alice.id, q2.id, "2026-01-20T10:00:00Z", {
    overall: 70,
    dimensions: all(3),
    assignmentId: aliceCore.id,
  });
  await answer(bob.id, q3.id, "2026-01-07T10:00:00Z", {
    overall: 50,
    dimensions: all(2),
    coach: {
      reviewerId: lee.id,
      overall: 30,
      dimensions: all(1),
      reviewedAt: at("2026-01-08T10:00:00Z"),
    },
  });
  await answer(bob.id, q2.id, "2026-01-14T10:00:00Z", {
    overall: 20,
    dimensions: all(0),
    coach: {
      reviewerId: kim.id,
      overall: 40,
      dimensions: all(1),
      reviewedAt: at("2026-01-16T10:00:00Z"),
    },
  });
  await answer(bob.id, q2.id, "2026-01-21T10:00:00Z", {
    overall: 90,
    dimensions: all(4),
    coach: { reviewerId: kim.id, overall: 10, dimensions: all(0), isDraft: true },
  });
  const other = await createCohortWithMembers(db, { leads: 1, coaches: 1, candidates: 1 });
  return { cohort, lead, kim, lee, alice, bob, cara, core, intro, other };
}

let fixture: Awaited<ReturnType<typeof dashboardFixture>>;
beforeAll(async () => {
  fixture = await dashboardFixture();
});

describe("dashboard.cohort access", () => {
  it("a lead gets their cohort; another cohort is NOT_FOUND; coaches and candidates FORBIDDEN", async () => {
    const f = fixture;
    const own = await callerFor(f.lead.id).dashboard.cohort({ cohortId: f.cohort.id, ...range });
    expect(own.cohort).toEqual({ id: f.cohort.id, name: "Spring" });
    await expectCode(
      callerFor(f.lead.id).dashboard.cohort({ cohortId: f.other.cohort.id }),
      "NOT_FOUND",
    );
    const otherLead = f.other.leads[0];
    if (!otherLead) throw new Error("fixture");
    await expectCode(
      callerFor(otherLead.id).dashboard.cohort({ cohortId: f.cohort.id }),
      "NOT_FOUND",
    );
    await expectCode(callerFor(f.kim.id).dashboard.cohort({ cohortId: f.cohort.id }), "FORBIDDEN");
    await expectCode(
      callerFor(f.alice.id).dashboard.cohort({ cohortId: f.cohort.id }),
      "FORBIDDEN",
    );
    await expectCode(
      createCaller({ db, userId: null }).dashboard.cohort({ cohortId: f.cohort.id }),
      "UNAUTHORIZED",
    );
  });

  it("rejects a reversed range and an out-of-scale threshold, naming the field", async () => {
    const caller = callerFor(fixture.lead.id);
    const reversed = await expectCode(
      caller.dashboard.cohort({ cohortId: fixture.cohort.id, from: range.to, to: range.from }),
      "BAD_REQUEST",
    );
    expect(reversed.message).toMatch(/from/);
    const threshold = await expectCode(
      caller.dashboard.cohort({ cohortId: fixture.cohort.id, readinessThreshold: 101 }),
      "BAD_REQUEST",
    );
    expect(threshold.message).toMatch(/readinessThreshold/);
  });
});

describe("dashboard.cohort figures (hand-computed)", () => {
  const load = (input: { from?: Date; to?: Date; readinessThreshold?: number } = range) =>
    callerFor(fixture.lead.id).dashboard.cohort({ cohortId: fixture.cohort.id, ...input });

  it("heat map: latest attempt per question, coach grade over the engine's, drafts ignored", async () => {
    const { heatmap, range: resolved } = await load();
    expect(resolved).toEqual(range);
    expect(heatmap.candidates).toEqual([
      {
        id: fixture.alice.id,
        name: "Alice",
        answers: 3,
        // q1 #2 coach 80 (structure 4, rest 3); q2 #1 engine 70 (all 3).
        overall: 75,
        dimensions: { ...all(3), structure: 3.5 },
      },
      {
        id: fixture.bob.id,
        name: "Bob",
        answers: 3,
        // q3 coach 30 (all 1); q2 #2 engine 90 (all 4) — Kim's draft of 10 does not count yet.
        overall: 60,
        dimensions: all(2.5),
      },
      {
        id: fixture.cara.id,
        name: "Cara",
        answers: 0,
        overall: null,
        dimensions: {
          structure: null,
          ownership: null,
          specificity: null,
          depth: null,
          tradeoffs: null,
          impact: null,
          reflection: null,
          delivery: null,
        },
      },
    ]);
  });

  it("heat map and readiness follow the date range", async () => {
    const weekTwo = await load({
      from: at("2026-01-12T00:00:00Z"),
      to: at("2026-01-19T00:00:00Z"),
    });
    expect(weekTwo.heatmap.candidates.map((c) => [c.name, c.answers, c.overall])).toEqual([
      ["Alice", 1, 80],
      ["Bob", 1, 40],
      ["Cara", 0, null],
    ]);
    expect(weekTwo.readiness.candidates.map((c) => [c.name, c.isReady])).toEqual([
      ["Alice", true],
      ["Bob", false],
      ["Cara", false],
    ]);
  });

  it("weekly trends for the cohort (every attempt) and per candidate, empty weeks included", async () => {
    const { trends } = await load();
    expect(trends.weeks).toEqual([
      { weekStart: at("2026-01-05T00:00:00Z"), cohortOverall: 35, answers: 2 },
      { weekStart: at("2026-01-12T00:00:00Z"), cohortOverall: 60, answers: 2 },
      { weekStart: at("2026-01-19T00:00:00Z"), cohortOverall: 80, answers: 2 },
      { weekStart: at("2026-01-26T00:00:00Z"), cohortOverall: null, answers: 0 },
    ]);
    // One value per week of `trends.weeks`, null where the candidate submitted nothing.
    expect(trends.perCandidate).toEqual([
      { candidateId: fixture.alice.id, name: "Alice", overall: [40, 80, 70, null] },
      { candidateId: fixture.bob.id, name: "Bob", overall: [30, 40, 90, null] },
    ]);
  });

  it("assignment completion: on time, late and missing per set and per candidate", async () => {
    const { completion } = await load();
    expect(completion.sets).toEqual([
      { setId: fixture.core.id, title: "Core stories", onTime: 1, late: 0, missing: 1, pending: 0 },
      { setId: fixture.intro.id, title: "Intro drill", onTime: 0, late: 1, missing: 1, pending: 0 },
    ]);
    expect(completion.candidates).toEqual([
      { candidateId: fixture.alice.id, name: "Alice", onTime: 1, late: 0, missing: 0, pending: 0 },
      { candidateId: fixture.bob.id, name: "Bob", onTime: 0, late: 1, missing: 1, pending: 0 },
      { candidateId: fixture.cara.id, name: "Cara", onTime: 0, late: 0, missing: 1, pending: 0 },
    ]);
  });

  it("completion counts a not-yet-due, unfinished assignment as pending, not missing", async () => {
    const dueSoon = new Date(Date.now() + 3 * 86_400_000);
    await createAssignment(db, {
      setId: fixture.core.id,
      cohortId: fixture.cohort.id,
      candidateId: fixture.cara.id,
      dueAt: dueSoon,
      assignedById: fixture.kim.id,
    });
    const { completion } = await load({
      from: new Date(Date.now() - 86_400_000),
      to: new Date(Date.now() + 7 * 86_400_000),
    });
    expect(completion.candidates).toEqual([
      { candidateId: fixture.cara.id, name: "Cara", onTime: 0, late: 0, missing: 0, pending: 1 },
    ]);
  });

  it("review turnaround p50/p95 per coach and cohort, and each coach's open queue", async () => {
    const { turnaround } = await load();
    // Cohort: 10, 24, 48 hours. percentile_cont: p50 = 24; p95 = 24 + 0.9 × (48 − 24) = 45.6.
    // Open: Alice's q2 and q3, Bob's q2 #2. Alice's q1 #1 is not: attempt 2 superseded it.
    expect(turnaround.cohort).toEqual({ p50Hours: 24, p95Hours: 45.6, reviewed: 3, openQueue: 3 });
    expect(turnaround.coaches).toEqual([
      // Kim: 10 and 48 hours → p50 29, p95 10 + 0.95 × 38 = 46.1; open: the draft on Bob's #2.
      {
        coachId: fixture.kim.id,
        name: "Kim Coach",
        p50Hours: 29,
        p95Hours: 46.1,
        reviewed: 2,
        openQueue: 1,
      },
      // Lee: 24 hours; open: Alice's q2 answer in Lee's assignment.
      {
        coachId: fixture.lee.id,
        name: "Lee Coach",
        p50Hours: 24,
        p95Hours: 24,
        reviewed: 1,
        openQueue: 1,
      },
    ]);
  });

  it("readiness: every practised kind at or above the threshold, coverage and weakest kind", async () => {
    const { readiness } = await load();
    expect(readiness.threshold).toBe(70);
    expect(readiness.candidates).toEqual([
      {
        candidateId: fixture.alice.id,
        name: "Alice",
        isReady: true,
        kindsPractised: ["deep_dive", "debugging"],
        missingKinds: ["cross_functional", "conflict", "intro", "motivation", "logistics"],
        weakestKind: "debugging",
        overallByKind: { deep_dive: 80, debugging: 70 },
      },
      {
        candidateId: fixture.bob.id,
        name: "Bob",
        isReady: false,
        kindsPractised: ["debugging", "intro"],
        missingKinds: ["deep_dive", "cross_functional", "conflict", "motivation", "logistics"],
        weakestKind: "intro",
        overallByKind: { debugging: 90, intro: 30 },
      },
      {
        candidateId: fixture.cara.id,
        name: "Cara",
        isReady: false,
        kindsPractised: [],
        missingKinds: [
          "deep_dive",
          "debugging",
          "cross_functional",
          "conflict",
          "intro",
          "motivation",
          "logistics",
        ],
        weakestKind: null,
        overallByKind: {},
      },
    ]);
    const stricter = await load({ ...range, readinessThreshold: 75 });
    expect(stricter.readiness.candidates.map((c) => c.isReady)).toEqual([false, false, false]);
  });

  it("engine–coach agreement per dimension over submitted reviews", async () => {
    const { agreement } = await load();
    expect(agreement.map((a) => a.dimension)).toEqual([
      "structure",
      "ownership",
      "specificity",
      "depth",
      "tradeoffs",
      "impact",
      "reflection",
      "delivery",
    ]);
    // structure pairs (engine, coach): (3,4) (2,1) (0,1). Quadratic weights (i−j)²/16:
    // observed 3/16, expected 11/16 → κ = 1 − 3/11 = 8/11.
    const structure = agreement[0];
    expect(structure).toMatchObject({ dimension: "structure", n: 3, exact: 0, withinOne: 1 });
    expect(structure?.qwk).toBeCloseTo(8 / 11, 10);
    // Other dimensions: (2,3) (2,1) (0,1) → observed 3/16, expected 17/48 → κ = 1 − 9/17 = 8/17.
    for (const row of agreement.slice(1)) {
      expect(row).toMatchObject({ n: 3, exact: 0, withinOne: 1 });
      expect(row.qwk).toBeCloseTo(8 / 17, 10);
    }
  });
});

describe("reports.candidate", () => {
  it("levels per kind and dimension, weekly trend and recent answers with coach comments", async () => {
    const report = await callerFor(fixture.lead.id).reports.candidate({
      cohortId: fixture.cohort.id,
      candidateId: fixture.alice.id,
    });
    expect(report.candidate).toMatchObject({ id: fixture.alice.id, name: "Alice" });
    // All of Alice's answers: q1 #2 coach 80, q2 engine 70, q3 (December) engine 100.
    expect(report.level.overall).toBe(83.3);
    expect(report.level.questionsPractised).toBe(3);
    expect(report.level.dimensions.structure).toBe(3.67);
    expect(report.byKind).toEqual([
      { kind: "deep_dive", overall: 80, questions: 1, attempts: 2 },
      { kind: "debugging", overall: 70, questions: 1, attempts: 1 },
      { kind: "intro", overall: 100, questions: 1, attempts: 1 },
    ]);
    expect(report.trend.map((p) => [p.weekStart.toISOString().slice(0, 10), p.overall])).toEqual([
      ["2025-12-15", 100],
      ["2026-01-05", 40],
      ["2026-01-12", 80],
      ["2026-01-19", 70],
    ]);
    expect(report.totals).toMatchObject({ answers: 4, reviewed: 1 });
    expect(
      report.recentAnswers.map((a) => [a.kind, a.attempt, a.engineOverall, a.coachOverall]),
    ).toEqual([
      ["debugging", 1, 70, null],
      ["deep_dive", 2, 60, 80],
      ["deep_dive", 1, 40, null],
      ["intro", 1, 100, null],
    ]);
    expect(report.recentAnswers[1]).toMatchObject({ overall: 80, reviewerName: "Kim Coach" });
  });

  it("a candidate of another cohort is NOT_FOUND; coaches are FORBIDDEN", async () => {
    const stranger = fixture.other.candidates[0];
    if (!stranger) throw new Error("fixture");
    await expectCode(
      callerFor(fixture.lead.id).reports.candidate({
        cohortId: fixture.cohort.id,
        candidateId: stranger.id,
      }),
      "NOT_FOUND",
    );
    await expectCode(
      callerFor(fixture.kim.id).reports.candidate({
        cohortId: fixture.cohort.id,
        candidateId: fixture.alice.id,
      }),
      "FORBIDDEN",
    );
  });
});
