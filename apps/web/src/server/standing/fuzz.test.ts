import type { Db } from "@debrief/db";
import { createSession } from "@debrief/db";
import { createTestDatabase } from "@debrief/db/testing";
import fc from "fast-check";
import superjson from "superjson";
import { afterAll, beforeAll, describe, expect, test, vi } from "vitest";
import { handleCohortExport } from "~/server/cohort-csv";
import { appRouter } from "~/server/routers/root";
import { handleTrpcRequest } from "~/server/trpc-handler";
import { type Case, cases } from "./cases";
import { buildWorld, type CallerName, type World } from "./world";

/**
 * The standing fuzz suite: every procedure's input, mutated from a valid one, sent as real HTTP
 * requests through the tRPC handler by a caller allowed to call it; and the route handlers'
 * query strings. Whatever arrives, the answer is a 2xx–4xx with a complete body: never a 5xx,
 * never a reply cut off mid-way (a "dropped connection").
 */

const runsPerProcedure = 24;
const site = "http://debrief.test";

let db: Db;
let close: () => Promise<void>;
let world: World;
const sessions = new Map<CallerName, string>();
const counts = { requests: 0, serverErrors: 0, dropped: 0 };
const problems: string[] = [];

beforeAll(async () => {
  vi.spyOn(console, "log").mockImplementation(() => {});
  // tRPC logs INTERNAL_SERVER_ERRORs; they are counted below instead.
  vi.spyOn(console, "error").mockImplementation(() => {});
  ({ db, close } = await createTestDatabase());
  world = await buildWorld(db);
  for (const name of ["candidate", "coach", "lead"] as const) {
    const userId = world.ids[name];
    if (!userId) throw new Error("fixture");
    sessions.set(
      name,
      await createSession(db, { userId, expiresAt: new Date(Date.now() + 3.6e6) }),
    );
  }
});
afterAll(async () => {
  vi.restoreAllMocks();
  console.log(
    `[fuzz] ${counts.requests} requests: ${counts.serverErrors} responses 5xx, ${counts.dropped} dropped`,
  );
  await close();
});

function callerFor(c: Case): CallerName {
  if (c.allowed === "public" || c.allowed === "signedIn") return "candidate";
  const [first] = c.allowed.filter(
    (name) => name === "candidate" || name === "coach" || name === "lead",
  );
  return first ?? "candidate";
}

/** Text PostgreSQL, JSON, URLs or our parsers might trip over. */
const nastyString = fc.oneof(
  fc.string(),
  fc.string().map((text) => `${text}\u0000${text}`),
  fc.string({ unit: "binary" }),
  fc.constantFrom(
    "\u0000",
    "a\u0000b",
    "\ud800",
    "'; drop table users; --",
    "%00",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "00000000-0000-0000-0000-000000000000",
    "ffffffff-ffff-ffff-ffff-ffffffffffff",
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "infinity",
    "9".repeat(400),
    "x".repeat(5000),
  ),
);
const nastyNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 2 ** 53, Number.MAX_VALUE, -0, 1e308),
);
const nastyDate = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(new Date(8.64e15), new Date(-8.64e15), new Date(Number.NaN), new Date(0)),
);
const nastyValue: fc.Arbitrary<unknown> = fc.oneof(
  nastyString,
  nastyNumber,
  nastyDate,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(nastyString, { maxLength: 5 }),
  fc.dictionary(nastyString, nastyString, { maxKeys: 3 }),
);

/** A valid input with one or two fields replaced (or added, or the whole input replaced). */
function mutatedInput(base: unknown): fc.Arbitrary<unknown> {
  const record =
    base && typeof base === "object" && !Array.isArray(base)
      ? (base as Record<string, unknown>)
      : {};
  const keys = Object.keys(record);
  const replaceField =
    keys.length > 0
      ? fc
          .tuple(fc.constantFrom(...keys), nastyValue)
          .map(([key, value]) => ({ ...record, [key]: value }))
      : fc.constant(base);
  return fc.oneof(
    replaceField,
    replaceField.chain((once) =>
      keys.length > 0
        ? fc
            .tuple(fc.constantFrom(...keys), nastyValue)
            .map(([key, value]) => ({ ...(once as object), [key]: value }))
        : fc.constant(once),
    ),
    fc.tuple(nastyString, nastyValue).map(([key, value]) => ({ ...record, [key]: value })),
    nastyValue,
  );
}

/** The base input with each string field carrying a NUL, and each date out of range, in turn. */
function sweep(base: unknown): unknown[] {
  if (!base || typeof base !== "object" || Array.isArray(base)) return [];
  const record = base as Record<string, unknown>;
  const variants: unknown[] = [];
  for (const [key, value] of Object.entries(record)) {
    if (typeof value === "string") variants.push({ ...record, [key]: `${value}\u0000` });
    if (value instanceof Date) {
      variants.push(
        { ...record, [key]: new Date(8.64e15) },
        { ...record, [key]: new Date(-8.64e15) },
      );
    }
  }
  return variants;
}

async function send(request: Request, caller: CallerName): Promise<void> {
  counts.requests += 1;
  const describe = `${request.method} ${request.url.slice(0, 300)}`;
  let response: Response;
  try {
    response = await handleTrpcRequest(request, async () => ({
      db,
      userId: world.ids[caller],
      sessionId: sessions.get(caller),
    }));
  } catch (error) {
    counts.dropped += 1;
    problems.push(`${describe}: threw ${(error as Error).message}`);
    return;
  }
  try {
    await response.arrayBuffer();
  } catch (error) {
    counts.dropped += 1;
    problems.push(`${describe}: body failed ${(error as Error).message}`);
    return;
  }
  if (response.status >= 500) {
    counts.serverErrors += 1;
    problems.push(`${describe}: ${response.status}`);
  }
}

function requestFor(path: string, type: string, input: unknown): Request {
  // superjson carries Dates and undefined as they would come from the real client.
  const serialized = superjson.serialize(input);
  if (type === "query") {
    const query = new URLSearchParams({ input: JSON.stringify(serialized) });
    return new Request(`${site}/api/trpc/${path}?${query}`);
  }
  return new Request(`${site}/api/trpc/${path}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(serialized),
  });
}

describe("the standing fuzz suite", () => {
  test("every procedure has a valid base input to fuzz from", () => {
    expect(Object.keys(appRouter._def.procedures).sort()).toEqual(Object.keys(cases).sort());
  });

  test("every procedure's input, mutated: no 5xx, no dropped reply", async () => {
    const procedures = appRouter._def.procedures as unknown as Record<
      string,
      { _def: { type: string } }
    >;
    for (const [path, procedure] of Object.entries(procedures)) {
      const c = cases[path];
      if (!c) continue;
      const caller = callerFor(c);
      const base = c.input(world, world.a1);
      // First a sweep: every text field with a NUL in it, every date out of PostgreSQL's range.
      for (const variant of sweep(base)) {
        await send(requestFor(path, procedure._def.type, variant), caller);
      }
      await fc.assert(
        fc.asyncProperty(mutatedInput(base), async (input) => {
          await send(requestFor(path, procedure._def.type, input), caller);
        }),
        { numRuns: runsPerProcedure, seed: 20261203 },
      );
    }
    // Raw bodies the client would never send: not superjson, not JSON, batches of junk.
    await fc.assert(
      fc.asyncProperty(
        nastyString,
        fc.constantFrom(...Object.keys(procedures)),
        async (body, path) => {
          await send(
            new Request(`${site}/api/trpc/${path}`, {
              method: "POST",
              headers: { "content-type": "application/json" },
              body,
            }),
            "coach",
          );
          await send(
            new Request(`${site}/api/trpc/${path}?batch=1&${new URLSearchParams({ input: body })}`),
            "coach",
          );
        },
      ),
      { numRuns: 100, seed: 20261203 },
    );
    expect(problems).toEqual([]);
    // Its work grows with the router (runsPerProcedure requests per procedure); at ~70
    // procedures it takes 25–30 s on a busy 2-core machine, past the default 30 s timeout.
  }, 120_000);

  test("the CSV export's query string: no 5xx, every reply complete", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom("from", "to", "x"), nastyString, { maxKeys: 3 }),
        async (params) => {
          counts.requests += 1;
          const query = new URLSearchParams(params).toString();
          const response = await handleCohortExport(
            new Request(`${site}/api/cohorts/${world.a1}/export.csv?${query}`),
            { db, userId: world.ids.lead, cohortId: world.a1, now: new Date() },
          );
          try {
            await response.arrayBuffer();
          } catch (error) {
            counts.dropped += 1;
            problems.push(`export.csv?${query}: body failed ${(error as Error).message}`);
          }
          if (response.status >= 500) {
            counts.serverErrors += 1;
            problems.push(`export.csv?${query}: ${response.status}`);
          }
        },
      ),
      { numRuns: 150, seed: 20261203 },
    );
    expect(problems).toEqual([]);
  });
});
