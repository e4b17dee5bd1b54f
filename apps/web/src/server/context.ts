import "server-only";
import { getSessionUserId } from "~/server/auth";
import { getDb } from "~/server/db";
import type { Context } from "~/server/trpc";

export async function createRequestContext(): Promise<Context> {
  const [db, userId] = await Promise.all([getDb(), getSessionUserId()]);
  return { db, userId };
}
