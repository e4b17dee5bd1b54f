import "server-only";
import { headers } from "next/headers";
import { readCookieSession } from "~/server/auth";
import { getDb } from "~/server/db";
import type { Context } from "~/server/trpc";

/** The origin of the current request: from the Request when there is one, else its headers. */
async function requestOrigin(req: Request | undefined): Promise<string | undefined> {
  if (req) return new URL(req.url).origin;
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host");
  if (!host) return undefined;
  const proto = list.get("x-forwarded-proto") ?? (host.startsWith("localhost") ? "http" : "https");
  return `${proto}://${host}`;
}

/** Per request; the tRPC route handler passes `{ req }`, server components pass nothing. */
export async function createRequestContext(opts?: { req?: Request }): Promise<Context> {
  const [db, session, origin] = await Promise.all([
    getDb(),
    readCookieSession(),
    requestOrigin(opts?.req),
  ]);
  // A revoked session is refused by authedProcedure (getActor checks sessionId); public
  // procedures that read userId treat it as the caller's claim only after the same check.
  return { db, userId: session?.userId ?? null, sessionId: session?.sessionId, origin };
}
