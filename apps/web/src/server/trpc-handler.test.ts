import { createSession, type Db, revokeSession } from "@debrief/db";
import { notifications } from "@debrief/db/schema";
import { createCohortWithMembers, createTestDatabase, createUser } from "@debrief/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { maxBatchSize } from "~/lib/trpc-limits";
import { expectCode } from "~/testing/expect-trpc-code";
import { createCaller } from "./routers/root";
import { handleTrpcRequest } from "./trpc-handler";

let db: Db;
let close: () => Promise<void>;
beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(async () => {
  await close();
});

const site = "http://debrief.test";

/** A signed-in caller's request, as the route handler receives it. */
async function signedIn(existing?: { id: string }) {
  const user = existing ?? (await createUser(db));
  const sessionId = await createSession(db, {
    userId: user.id,
    expiresAt: new Date(Date.now() + 3_600_000),
  });
  const send = (path: string, init: RequestInit = {}) =>
    handleTrpcRequest(new Request(`${site}/api/trpc/${path}`, init), async () => ({
      db,
      userId: user.id,
      sessionId,
    }));
  return { user, sessionId, send };
}

async function unreadOf(userId: string) {
  const rows = await db.query.notifications.findMany({
    where: (n, { eq }) => eq(n.userId, userId),
  });
  return rows.filter((row) => row.readAt === null).length;
}

const jsonBody = (input: unknown) => JSON.stringify({ json: input });

describe("the tRPC endpoint", () => {
  it("refuses a mutation sent as an HTML form (multipart or urlencoded): 415, nothing changes", async () => {
    const { user, send } = await signedIn();
    await db.insert(notifications).values({ userId: user.id, kind: "review.completed" });
    const form = new FormData();
    form.set("x", "1");
    const multipart = await send("notifications.markRead", { method: "POST", body: form });
    expect(multipart.status).toBe(415);
    const urlencoded = await send("notifications.markRead", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "x=1",
    });
    expect(urlencoded.status).toBe(415);
    const plain = await send("notifications.markRead", {
      method: "POST",
      headers: { "content-type": "text/plain" },
      body: jsonBody({}),
    });
    expect(plain.status).toBe(415);
    expect(await unreadOf(user.id)).toBe(1);
  });

  it("refuses JSON mutations from another origin or a sibling site; accepts its own", async () => {
    const { user, send } = await signedIn();
    await db.insert(notifications).values({ userId: user.id, kind: "review.completed" });
    const post = (headers: Record<string, string>) =>
      send("notifications.markRead", {
        method: "POST",
        headers: { "content-type": "application/json", host: "debrief.test", ...headers },
        body: jsonBody({}),
      });
    expect((await post({ origin: "https://evil.example" })).status).toBe(403);
    expect((await post({ origin: "null" })).status).toBe(403);
    expect((await post({ origin: "http://blog.debrief.test" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "same-site" })).status).toBe(403);
    expect((await post({ "sec-fetch-site": "cross-site" })).status).toBe(403);
    expect(await unreadOf(user.id)).toBe(1);
    const own = await post({ origin: site, "sec-fetch-site": "same-origin" });
    expect(own.status).toBe(200);
    expect(await unreadOf(user.id)).toBe(0);
  });

  it("answers every call with Cache-Control: no-store", async () => {
    const { send } = await signedIn();
    const response = await send("me.get");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it(`refuses a batch of more than ${maxBatchSize} calls`, async () => {
    const { send } = await signedIn();
    const batch = (size: number) => {
      const paths = Array.from({ length: size }, () => "me.get").join(",");
      const input = Object.fromEntries(Array.from({ length: size }, (_, i) => [i, { json: null }]));
      return send(`${paths}?batch=1&input=${encodeURIComponent(JSON.stringify(input))}`);
    };
    expect((await batch(maxBatchSize)).status).toBe(200);
    const tooMany = await batch(maxBatchSize + 1);
    expect(tooMany.status).toBe(400);
    expect(JSON.stringify(await tooMany.json())).toContain("Batch call exceeds maximum size");
  });

  it("refuses NUL characters anywhere in the input with 400, not a database error", async () => {
    const { cohort, coaches } = await createCohortWithMembers(db);
    const coach = coaches[0];
    if (!coach) throw new Error("fixture");
    const { send } = await signedIn(coach);
    const search = await send(
      `questions.bank?input=${encodeURIComponent(jsonBody({ search: "a\u0000b" }))}`,
    );
    expect(search.status).toBe(400);
    const create = await send("questions.create", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: jsonBody({
        cohortId: cohort.id,
        title: "Null\u0000title",
        kind: "intro",
        prompt: "Tell me about yourself.",
      }),
    });
    expect(create.status).toBe(400);
    expect(JSON.stringify(await create.json())).toContain("NUL");
  });
});

describe("revoked sessions", () => {
  it("a call on a session revoked elsewhere is UNAUTHORIZED at once", async () => {
    const { user, sessionId } = await signedIn();
    const caller = createCaller({ db, userId: user.id, sessionId });
    await expect(caller.me.get()).resolves.toMatchObject({ id: user.id });
    await revokeSession(db, sessionId);
    await expectCode(caller.me.get(), "UNAUTHORIZED");
  });
});
