import { describe, expect, test } from "vitest";
import { createAnswer, createCohortWithMembers, createQuestion } from "../testing/factories.ts";
import { useTestDatabase } from "../testing/use-test-database.ts";
import { listQuestionsForCandidate, pickNextBestQuestion } from "./candidate-questions.ts";
import type { CandidateScope } from "../scopes/candidate-scope.ts";

const { db } = useTestDatabase();

const pickInput = { firstKind: "intro" } as const;
const day = 24 * 3_600_000;
const base = new Date("2026-02-01T10:00:00Z").getTime();
const at = (days: number) => new Date(base + days * day);

/** Cohort-owned questions only, so questions other tests create stay out of sight. */
async function fixture() {
  const { cohort, candidates } = await createCohortWithMembers(db, { candidates: 1 });
  const candidate = candidates[0];
  if (!candidate) throw new Error("fixture");
  const scope: CandidateScope = { candidateId: candidate.id, cohortIds: [cohort.id] };
  const q = (input: Parameters<typeof createQuestion>[1]) =>
    createQuestion(db, { cohortId: cohort.id, ...input });
  const answer = (questionId: string, input: Partial<Parameters<typeof createAnswer>[1]> = {}) =>
    createAnswer(db, { candidateId: candidate.id, cohortId: cohort.id, questionId, ...input });
  return { cohort, candidate, scope, q, answer };
}

const allThrees = {
  structure: 3,
  ownership: 3,
  specificity: 3,
  depth: 3,
  tradeoffs: 3,
  impact: 3,
  reflection: 3,
  delivery: 3,
};

describe("pickNextBestQuestion", () => {
  test("before any answer: a question of the first kind, no dimension", async () => {
    const { scope, q } = await fixture();
    await q({ kind: "deep_dive", title: "A" });
    const intro = await q({ kind: "intro", title: "B" });
    expect(await pickNextBestQuestion(db, scope, pickInput)).toEqual({
      question: { id: intro.id, kind: "intro", title: "B", prompt: intro.prompt },
      dimension: null,
      average: null,
    });
  });

  test("null when the candidate can see no question at all", async () => {
    const { candidate } = await fixture();
    const { cohort: empty } = await createCohortWithMembers(db, { candidates: [candidate] });
    // Only cohort questions exist in this file, and the empty cohort has none.
    const scope = { candidateId: candidate.id, cohortIds: [empty.id] };
    expect(await pickNextBestQuestion(db, scope, pickInput)).toBeNull();
  });

  test("targets the weakest weighted dimension with an unattempted question of the heaviest kind", async () => {
    const { scope, q, answer } = await fixture();
    const attempted = await q({ kind: "deep_dive", title: "Attempted deep dive" });
    const fresh = await q({ kind: "deep_dive", title: "Fresh deep dive" });
    await q({ kind: "intro", title: "Intro" });
    await q({ kind: "conflict", title: "Conflict" });
    const logistics = await q({ kind: "logistics", title: "Logistics" });
    await answer(attempted.id, { dimensions: { ...allThrees, tradeoffs: 1 }, submittedAt: at(0) });
    await answer(attempted.id, { dimensions: { ...allThrees, tradeoffs: 2 }, submittedAt: at(1) });
    // Logistics does not weigh ownership (weight 0): its 0 there must not count.
    await answer(logistics.id, {
      dimensions: { ...allThrees, ownership: 0, tradeoffs: 0 },
      submittedAt: at(2),
    });
    const pick = await pickNextBestQuestion(db, scope, pickInput);
    expect(pick).toMatchObject({ dimension: "tradeoffs", average: 1.5 });
    // deep_dive, cross_functional and conflict all weigh tradeoffs 15; unattempted wins, then kind order.
    expect(pick?.question.id).toBe(fresh.id);
  });

  test("uses the coach's scores where the answer was reviewed", async () => {
    const { scope, q, answer } = await fixture();
    const deepDive = await q({ kind: "deep_dive" });
    const debugging = await q({ kind: "debugging" });
    await answer(deepDive.id, {
      dimensions: { ...allThrees, tradeoffs: 0 },
      coach: { dimensions: { ...allThrees, tradeoffs: 4, reflection: 1 } },
    });
    const pick = await pickNextBestQuestion(db, scope, pickInput);
    // reflection weighs most in debugging (15).
    expect(pick).toMatchObject({ dimension: "reflection", average: 1 });
    expect(pick?.question.id).toBe(debugging.id);
  });

  test("once every heavy-kind question is attempted, the least recently attempted one", async () => {
    const { scope, q, answer } = await fixture();
    const older = await q({ kind: "debugging", title: "Older" });
    const newer = await q({ kind: "debugging", title: "Newer" });
    await q({ kind: "intro", title: "Never tried" });
    await answer(newer.id, { dimensions: { ...allThrees, reflection: 0 }, submittedAt: at(1) });
    await answer(older.id, { dimensions: { ...allThrees, reflection: 0 }, submittedAt: at(0) });
    const pick = await pickNextBestQuestion(db, scope, pickInput);
    expect(pick?.dimension).toBe("reflection");
    expect(pick?.question.id).toBe(older.id);
  });

  test("only the latest N answers count", async () => {
    const { scope, q, answer } = await fixture();
    const deepDive = await q({ kind: "deep_dive" });
    await answer(deepDive.id, { dimensions: { ...allThrees, impact: 0 }, submittedAt: at(0) });
    await answer(deepDive.id, { dimensions: { ...allThrees, depth: 1 }, submittedAt: at(5) });
    const pick = await pickNextBestQuestion(db, scope, { ...pickInput, recentLimit: 1 });
    expect(pick).toMatchObject({ dimension: "depth", average: 1 });
  });
});

describe("listQuestionsForCandidate", () => {
  test("leaves out archived questions and other cohorts' questions", async () => {
    const { scope, q } = await fixture();
    const live = await q({ kind: "intro" });
    const archived = await q({ kind: "intro", archivedAt: new Date() });
    const { cohort: other } = await createCohortWithMembers(db);
    const foreign = await createQuestion(db, { cohortId: other.id });
    const ids = (await listQuestionsForCandidate(db, scope)).map((row) => row.id);
    expect(ids).toContain(live.id);
    expect(ids).not.toContain(archived.id);
    expect(ids).not.toContain(foreign.id);
  });
});
