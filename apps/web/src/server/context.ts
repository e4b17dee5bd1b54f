import "server-only";
import { headers } from "next/headers";
import { env } from "~/env";
import { getSessionUserId } from "~/server/auth";
import { getClientIp } from "~/server/auth/client-ip";
import { getDb } from "~/server/db";
import { resolvePublicOrigin } from "~/server/links";
import type { Context } from "~/server/trpc";

/**
 * The public origin for links written during this request (see resolvePublicOrigin). Never
 * `req.url`: Next builds that on its own host name, which is how invitation links ended up on
 * `localhost` for a browser on 127.0.0.1.
 */
async function requestOrigin(req: Request | undefined): Promise<string | undefined> {
  return resolvePublicOrigin(req ? req.headers : await headers(), env);
}

/** Per request; the tRPC route handler passes `{ req }`, server components pass nothing. */
export async function createRequestContext(opts?: { req?: Request }): Promise<Context> {
  const [db, userId, origin, list] = await Promise.all([
    getDb(),
    getSessionUserId(),
    requestOrigin(opts?.req),
    opts?.req ? Promise.resolve(opts.req.headers) : headers(),
  ]);
  return { db, userId, origin, ip: getClientIp(list) };
}
