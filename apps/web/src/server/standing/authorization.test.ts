import { randomUUID } from "node:crypto";
import { type Db } from "@debrief/db";
import { createTestDatabase } from "@debrief/db/testing";
import { TRPCError } from "@trpc/server";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { appRouter } from "~/server/routers/root";
import { handleCohortExport } from "~/server/services/cohort-csv";
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

type Input = (w: World, cohortId: string) => unknown;
interface Case {
  input: Input;
  /** Who may call it on A1's things. "signedIn": anyone signed in (self-scoped procedures). */
  allowed: readonly CallerName[] | "signedIn" | "public";
  /** With the caller's own cohort and A1's ids: "deny" must refuse, "check" only for leaks. */
  ownCohort?: "deny" | "check";
  /** Errors that are a legitimate outcome for an allowed caller (e.g. a wrong current password). */
  tolerate?: readonly TRPCError["code"][];
  /** Secrets (by label) this procedure shows by design to whoever may call it. */
  reveals?: readonly string[];
  /** Must hold after every call but the owner's (nobody else changed the owner's state). */
  invariant?: (w: World, db: Db) => Promise<boolean>;
}

const candidates: CallerName[] = [
  "candidate",
  "candidateOtherCohort",
  "candidateOtherOrg",
  "twoOrgMember",
];
const coaches: CallerName[] = ["coach", "coachOtherCohort", "coachOtherOrg", "twoOrgMember"];
const dimensions = {
  structure: 2,
  ownership: 2,
  specificity: 2,
  depth: 2,
  tradeoffs: 2,
  impact: 2,
  reflection: 2,
  delivery: 2,
};
const questionFields = {
  kind: "deep_dive",
  title: "Authz question",
  prompt: "Walk me through it.",
  guidance: "",
  exampleAnswer: "",
};

const cases: Record<string, Case> = {
  "answers.attempts": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "answers.get": { input: (w) => ({ answerId: w.answerKA }), allowed: ["candidate"] },
  "answers.recent": { input: () => ({ limit: 50 }), allowed: candidates },
  "answers.submit": {
    input: (w) => ({
      questionId: w.questionA1,
      body: "An answer in someone else's cohort.",
      idempotencyKey: randomUUID(),
    }),
    allowed: ["candidate"],
  },
  "assignments.create": {
    input: (w) => ({
      setId: w.setA1,
      dueAt: new Date(Date.now() + 86_400_000),
      candidateIds: [w.ids.candidate],
    }),
    allowed: ["coach"],
  },
  "assignments.forSet": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "assignments.mine": { input: () => undefined, allowed: candidates },
  "cohorts.get": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["candidate", "coach", "lead"],
    ownCohort: "check",
  },
  "cohorts.members": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "dashboard.cohort": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "drafts.get": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "drafts.save": {
    input: (w) => ({ questionId: w.questionA1, body: "overwritten by someone else" }),
    allowed: ["candidate"],
  },
  "invitations.accept": {
    // The token is the key: whoever holds the link may accept it, once.
    input: (w) => ({
      token: w.invitationTokenPublic,
      name: "Link Holder",
      password: "lantern harbour misty thimble",
    }),
    allowed: "public",
    tolerate: ["CONFLICT", "FORBIDDEN"],
  },
  "invitations.create": {
    input: (_w, cohortId) => ({
      cohortId,
      email: `authz-${randomUUID()}@example.test`,
      role: "candidate",
    }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "invitations.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "invitations.preview": {
    input: (w) => ({ token: w.invitationTokenPublic }),
    allowed: "public",
    // The link names the cohort it invites to: the token is the key.
    reveals: ["A1's cohort name"],
  },
  "invitations.revoke": {
    input: (w, cohortId) => ({ cohortId, invitationId: w.invitationA1 }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "me.changePassword": {
    // A wrong current password: every caller is refused for that reason, none for who they are.
    input: () => ({ currentPassword: "not the password", newPassword: "plum violin orbit tide" }),
    allowed: "signedIn",
    tolerate: ["BAD_REQUEST", "TOO_MANY_REQUESTS"],
  },
  "me.get": { input: () => undefined, allowed: "signedIn" },
  "members.changeRole": {
    input: (w, cohortId) => ({ cohortId, userId: w.expendable.changeRole, role: "coach" }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "members.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["lead"],
    ownCohort: "check",
  },
  "members.remove": {
    input: (w, cohortId) => ({ cohortId, userId: w.expendable.remove }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "notifications.list": { input: () => undefined, allowed: "signedIn" },
  "notifications.markRead": {
    input: (w) => ({ ids: [w.notificationKA] }),
    allowed: "signedIn",
    invariant: async (w, db) => {
      const note = await db.query.notifications.findFirst({
        where: (n, { eq }) => eq(n.id, w.notificationKA),
      });
      return note?.readAt === null;
    },
  },
  "notifications.unreadCount": { input: () => undefined, allowed: "signedIn" },
  "questionSets.create": {
    input: (_w, cohortId) => ({ cohortId, title: "Authz set", description: "" }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questionSets.get": { input: (w) => ({ setId: w.setA1 }), allowed: ["coach"] },
  "questionSets.list": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questionSets.setItems": {
    input: (w) => ({ setId: w.setA1, questionIds: [w.questionA1] }),
    allowed: ["coach"],
  },
  "questionSets.update": {
    input: (w) => ({ setId: w.setA1, title: "Renamed by someone", description: "" }),
    allowed: ["coach"],
  },
  "questions.bank": {
    input: (_w, cohortId) => ({ cohortId }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questions.create": {
    input: (_w, cohortId) => ({ cohortId, ...questionFields }),
    allowed: ["coach"],
    ownCohort: "check",
  },
  "questions.forEdit": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.get": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["candidate"] },
  "questions.list": { input: () => ({}), allowed: candidates },
  "questions.nextBest": { input: () => undefined, allowed: candidates },
  "questions.remove": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.restore": { input: (w) => ({ questionId: w.questionA1 }), allowed: ["coach"] },
  "questions.update": {
    input: (w) => ({ questionId: w.questionA1, ...questionFields }),
    allowed: ["coach"],
  },
  "reports.candidate": {
    input: (w, cohortId) => ({ cohortId, candidateId: w.ids.candidate }),
    allowed: ["lead"],
    ownCohort: "deny",
  },
  "reviews.agreement": { input: () => ({}), allowed: coaches },
  "reviews.counts": { input: () => undefined, allowed: coaches },
  "reviews.get": { input: (w) => ({ answerId: w.answerKA }), allowed: ["coach"] },
  "reviews.queue": { input: () => ({ limit: 100 }), allowed: coaches },
  "reviews.save": {
    input: (w) => ({
      answerId: w.answerKA,
      expectedVersion: w.answerKAVersion,
      dimensions,
      overrideReasons: {},
      overallComment: "",
      comments: [],
      submit: false,
    }),
    allowed: ["coach"],
    tolerate: ["CONFLICT"],
  },
};

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
