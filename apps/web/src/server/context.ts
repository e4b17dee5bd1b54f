import "server-only";
import { headers } from "next/headers";
import { env } from "~/env";
import { readCookieSession } from "~/server/auth";
import { getClientIp } from "~/server/auth/request-ip";
import { getDb } from "~/server/db";
import { resolvePublicOrigin } from "~/server/links";
import type { Context } from "~/server/trpc";

/**
 * The public origin for links written during this request (see resolvePublicOrigin). Never
 * `req.url`: Next builds that on its own host name, which is how invitation links ended up on
 * `localhost` for a browser on 127.0.0.1.
 */
async function requestOrigin(req: Request | undefined): Promise<string | undefined> {
  return resolvePublicOrigin(req ? req.headers : await headers(), {
    appUrl: env.appUrl,
    trustedProxies: env.trustedProxyList,
  });
}

/** Per request; the tRPC route handler passes `{ req }`, server components pass nothing. */
export async function createRequestContext(opts?: { req?: Request }): Promise<Context> {
  const [db, session, origin, list] = await Promise.all([
    getDb(),
    readCookieSession(),
    requestOrigin(opts?.req),
    opts?.req ? Promise.resolve(opts.req.headers) : headers(),
  ]);
  // A revoked session is refused by authedProcedure (getActor checks sessionId); public
  // procedures that read userId treat it as the caller's claim only after the same check.
  return {
    db,
    userId: session?.userId ?? null,
    sessionId: session?.sessionId,
    origin,
    ip: getClientIp(list),
  };
}
