import type { Db } from "@debrief/db";
import { createTestDatabase } from "@debrief/db/testing";
import { afterAll, beforeAll } from "vitest";
import { createCaller } from "~/server/routers/root";
import type { Context } from "~/server/trpc";

// The preamble of every router test file. Importing this module gives the file its own database
// (cloned from the run's template) before its tests and closes it after them; `db` is bound once
// `beforeAll` has run, so read it inside tests and hooks only.

export let db: Db;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ db, close } = await createTestDatabase());
});
afterAll(async () => {
  await close();
});

/** The router as `userId` calls it (with what else the request would carry, e.g. `origin`). */
export const callerFor = (userId: string | null, extra: Omit<Context, "db" | "userId"> = {}) =>
  createCaller({ db, userId, ...extra });
