import { randomUUID } from "node:crypto";
import { type Db, poolOf } from "@debrief/db";
import { createTestDatabase, uniformDimensions } from "@debrief/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { cases } from "./cases";
import { buildWorld, type CallerName, type World } from "./world";

/**
 * Blind grading, through every procedure: with A1's set blind and held for publishing, KA's
 * answers in it unpublished (one graded and held), no procedure A1's coach may call returns KA's
 * name, email or id — in a result or in an error. Generated from the same cases as the
 * authorization suite, so a new procedure is checked as soon as it has a case.
 *
 * Two procedures list cohort members by design, with no link to any answer: the cohort roster
 * (who is in the cohort) and the set's assignees with their progress (the coach chose them).
 * Neither says which answer, score or pseudonym is whose, so they may name KA.
 */
const rosters = new Set(["cohorts.members", "assignments.forSet"]);
// These two end the blind period (publishing, or switching the set back to release at once and
// not blind): they run last, and are checked like the rest.
const last = ["questionSets.updateGrading", "questionSets.publishReviews"];

let db: Db;
let close: () => Promise<void>;
let world: World;
let identity: string[];

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  ({ db, close } = await createTestDatabase());
  world = await buildWorld(db);
  await world
    .caller("coach")
    .questionSets.updateGrading({ setId: world.setA1, releaseMode: "on_publish", blind: true });
  const candidateId = world.ids.candidate;
  if (!candidateId) throw new Error("fixture");
  const ka = await db.query.users.findFirst({ where: (u, { eq }) => eq(u.id, candidateId) });
  if (!ka) throw new Error("fixture");
  identity = [ka.name, ka.email, ka.id];
  // The world's other answers by KA are released or practice (not blind), and its pending regrade
  // request told the coach about one by name. Start the coach's inbox empty, so the check below
  // sees what the blind answer sends.
  const coachId = world.ids.coach;
  if (!coachId) throw new Error("fixture");
  await poolOf(db).query("delete from notifications where user_id = $1", [coachId]);
  // A new attempt through the real submit: it notifies the assigning coach (A1's).
  const submitted = await world.caller("candidate").answers.submit({
    questionId: world.questionA1,
    assignmentId: world.assignmentKA,
    body: "I owned the rollout plan, measured error rates before and after, and cut them by half.",
    idempotencyKey: randomUUID(),
  });
  const coach = world.caller("coach");
  const panel = await coach.reviews.get({ answerId: submitted.answerId });
  await coach.reviews.save({
    answerId: submitted.answerId,
    expectedVersion: panel.answer.version,
    dimensions: panel.auto?.dimensions ?? uniformDimensions(2),
    overrideReasons: {},
    overallComment: "Held and blind.",
    comments: [],
    submit: true,
  });
});
afterAll(async () => {
  vi.restoreAllMocks();
  await close();
});

function mayCall(caller: CallerName, allowed: (typeof cases)[string]["allowed"]): boolean {
  if (allowed === "public" || allowed === "signedIn") return true;
  return allowed.includes(caller);
}

describe("blind grading, through every procedure a coach may call", () => {
  test("the queue, grading panel and notifications show the pseudonym while held", async () => {
    const coach = world.caller("coach");
    const held = await coach.reviews.queue({ status: "in_review" });
    const item = held.items.find((i) => i.isHeld);
    expect(item).toMatchObject({ candidateId: null, isBlind: true });
    expect(item?.candidateName).toMatch(/^Candidate [0-9A-F]{5}$/);
    if (!item) throw new Error("no held item");
    const panel = await coach.reviews.get({ answerId: item.answerId });
    expect(panel.candidate).toEqual({ id: null, name: item.candidateName, isBlind: true });
    const notes = await coach.notifications.list();
    expect(notes.some((n) => n.kind === "answer_submitted")).toBe(true);
  });

  test("no result or error carries the hidden candidate's name, email or id", async () => {
    const paths = Object.keys(cases)
      .filter((path) => !rosters.has(path) && !last.includes(path))
      .sort();
    const problems: string[] = [];
    let checked = 0;
    // First (before the loop ends the blind period): the held answer waits in the "in review" tab: the queue with that filter, and filtered by
    // the candidate (which must find nothing rather than tie them to the pseudonym).
    const coach = world.caller("coach");
    for (const input of [
      { status: "in_review" as const },
      { status: "in_review" as const, candidateId: identity[2] },
    ]) {
      const text = JSON.stringify(await coach.reviews.queue(input));
      checked += 1;
      const found = identity.filter((value) => text.includes(value));
      if (found.length > 0)
        problems.push(`reviews.queue ${input.status}: shows ${found.join(", ")}`);
    }
    for (const path of [...paths, ...last]) {
      const c = cases[path];
      if (!c || !mayCall("coach", c.allowed)) continue;
      let target: unknown = world.caller("coach");
      for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
      let text: string;
      try {
        text = JSON.stringify(
          (await (target as (input: unknown) => Promise<unknown>)(c.input(world, world.a1))) ??
            null,
        );
      } catch (error) {
        text =
          error instanceof TRPCError
            ? `${error.message} ${JSON.stringify(error.cause ?? null)}`
            : String(error);
      }
      checked += 1;
      const found = identity.filter((value) => text.includes(value));
      if (found.length > 0) problems.push(`${path}: shows ${found.join(", ")}`);
    }
    expect(problems).toEqual([]);
    // The queue, the grading panel and the coach's notifications are among them.
    expect(checked).toBeGreaterThan(20);
  });

  test("after publishing (the loop above ends with it) the name shows", async () => {
    const reviewed = await world.caller("coach").reviews.queue({ status: "reviewed" });
    expect(reviewed.items.map((i) => i.candidateName)).toContain(identity[0]);
  });
});
