import type { Db } from "@debrief/db";
import { createTestDatabase } from "@debrief/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { handleCohortExport } from "~/server/cohort-csv";
import { appRouter } from "~/server/routers/root";
import { type Case, cases } from "./cases";
import { buildWorld, type CallerName, callerNames, type World } from "./world";

/**
 * The standing authorization suite: every procedure of the router × every caller of world.ts,
 * aimed at what belongs to cohort A1, plus each caller's own cohort with A1's ids. A procedure
 * added to the router without a case here fails the first test.
 *
 * Per call: a caller not allowed must be refused (UNAUTHORIZED signed out; FORBIDDEN or
 * NOT_FOUND signed in) — anything else is a wrong code; a success must not contain any of A1's
 * secrets the caller is not entitled to — else a leak; and where a case names an invariant
 * (someone else's state), it must still hold after every caller but the owner.
 */

const ownCohortOf: Partial<Record<CallerName, (w: World) => string>> = {
  candidateOtherCohort: (w) => w.a2,
  coachOtherCohort: (w) => w.a2,
  leadOtherCohort: (w) => w.a2,
  candidateOtherOrg: (w) => w.b1,
  coachOtherOrg: (w) => w.b1,
  leadOtherOrg: (w) => w.b1,
  twoOrgMember: (w) => w.b1,
};

let db: Db;
let close: () => Promise<void>;
let world: World;
const counts = { calls: 0, leaks: 0, wrongCodes: 0 };
const problems: string[] = [];

beforeAll(async () => {
  // invitations.create prints the link when no SMTP is configured: hundreds of lines here.
  vi.spyOn(console, "log").mockImplementation(() => {});
  ({ db, close } = await createTestDatabase());
  world = await buildWorld(db);
});
afterAll(async () => {
  vi.restoreAllMocks();
  console.log(
    `[authorization] ${Object.keys(cases).length} procedures + export.csv × ${callerNames.length} callers: ${counts.calls} calls, ${counts.leaks} leaks, ${counts.wrongCodes} wrong codes`,
  );
  await close();
});

function isAllowed(c: Case, caller: CallerName): boolean {
  if (c.allowed === "public") return true;
  if (c.allowed === "signedIn") return caller !== "anonymous";
  return c.allowed.includes(caller);
}

function leaksIn(result: unknown, caller: CallerName, reveals: readonly string[] = []): string[] {
  const text = typeof result === "string" ? result : JSON.stringify(result ?? null);
  return world.secrets
    .filter((secret) => !secret.entitled.includes(caller) && !reveals.includes(secret.label))
    .filter((secret) => text.includes(secret.value))
    .map((secret) => secret.label);
}

type Procedure = (input: unknown) => Promise<unknown>;

function procedureOf(caller: CallerName, path: string): Procedure {
  let target: unknown = world.caller(caller);
  for (const part of path.split(".")) target = (target as Record<string, unknown>)[part];
  return target as Procedure;
}

/**
 * One call. `mode`: "a1" — on A1's things, allowed or refused per the case; "own-deny" — own
 * cohort with A1's ids, must be refused; "own-check" — own cohort, may succeed without leaking.
 */
async function check(
  path: string,
  c: Case,
  caller: CallerName,
  cohortId: string,
  mode: "a1" | "own-deny" | "own-check",
) {
  const expectAllowed = mode === "a1" && isAllowed(c, caller);
  counts.calls += 1;
  const where = `${path} as ${caller}${cohortId === world.a1 ? "" : " (own cohort, A1's ids)"}`;
  let result: unknown;
  try {
    result = await procedureOf(caller, path)(c.input(world, cohortId));
  } catch (error) {
    const code = error instanceof TRPCError ? error.code : "NOT_A_TRPC_ERROR";
    const refusals: string[] =
      caller === "anonymous" && c.allowed !== "public"
        ? ["UNAUTHORIZED"]
        : ["FORBIDDEN", "NOT_FOUND"];
    const fine =
      ((!expectAllowed || mode !== "a1") && refusals.includes(code)) ||
      (c.tolerate?.includes(code as TRPCError["code"]) ?? false);
    if (!fine) {
      counts.wrongCodes += 1;
      problems.push(`${where}: ${code} ${(error as Error).message}`);
    }
    return;
  }
  if (mode === "own-deny" || (mode === "a1" && !expectAllowed)) {
    counts.leaks += 1;
    problems.push(`${where}: succeeded, must be refused`);
    return;
  }
  const leaked = leaksIn(result, caller, c.reveals);
  if (leaked.length > 0) {
    counts.leaks += 1;
    problems.push(`${where}: leaked ${leaked.join(", ")}`);
  }
}

describe("the standing authorization suite", () => {
  test("every procedure of the router has a case, and every case a procedure", () => {
    const procedures = Object.keys(appRouter._def.procedures).sort();
    expect(procedures).toEqual(Object.keys(cases).sort());
  });

  test("every procedure × every caller, on A1's ids and on their own cohort with A1's ids", async () => {
    for (const [path, c] of Object.entries(cases).sort(([a], [b]) => a.localeCompare(b))) {
      // Owners last, so that what they may change is still there for everyone else to try.
      const order = [...callerNames].sort(
        (a, b) =>
          Number(isAllowed(c, a) && a !== "anonymous") -
          Number(isAllowed(c, b) && b !== "anonymous"),
      );
      for (const caller of order) {
        const owner = caller === "candidate" || isAllowed(c, caller);
        if (c.invariant && owner && caller === "candidate") {
          if (!(await c.invariant(world, db))) {
            counts.leaks += 1;
            problems.push(`${path}: another caller changed the owner's state`);
          }
        }
        await check(path, c, caller, world.a1, "a1");
        const own = ownCohortOf[caller];
        if (c.ownCohort && own) {
          await check(
            path,
            c,
            caller,
            own(world),
            c.ownCohort === "deny" ? "own-deny" : "own-check",
          );
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test("the CSV export route: 401 signed out, 403 wrong role, 404 other cohorts, no leak", async () => {
    const expected: Record<CallerName, number> = {
      anonymous: 401,
      candidate: 403,
      coach: 403,
      lead: 200,
      candidateOtherCohort: 404,
      coachOtherCohort: 404,
      leadOtherCohort: 404,
      candidateOtherOrg: 404,
      coachOtherOrg: 404,
      leadOtherOrg: 404,
      twoOrgMember: 404,
    };
    for (const caller of callerNames) {
      counts.calls += 1;
      const response = await handleCohortExport(
        new Request(`http://debrief.test/api/cohorts/${world.a1}/export.csv`),
        { db, userId: world.ids[caller], cohortId: world.a1, now: new Date() },
      );
      if (response.status !== expected[caller]) {
        counts.wrongCodes += 1;
        problems.push(`export.csv as ${caller}: ${response.status}`);
      }
      const own = ownCohortOf[caller];
      if (own && caller.startsWith("lead")) {
        counts.calls += 1;
        const mine = await handleCohortExport(
          new Request(`http://debrief.test/api/cohorts/${own(world)}/export.csv`),
          { db, userId: world.ids[caller], cohortId: own(world), now: new Date() },
        );
        const leaked = leaksIn(await mine.text(), caller);
        if (leaked.length > 0) {
          counts.leaks += 1;
          problems.push(`export.csv of own cohort as ${caller}: leaked ${leaked.join(", ")}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});
