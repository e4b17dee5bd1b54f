import { type NextRequest, NextResponse } from "next/server";
import { getAuthSecret } from "~/env";
import { databaseRestartingResponse, isDatabaseDown } from "~/server/db-status";
import {
  readSessionCookie,
  refreshedSessionToken,
  verifySessionToken,
} from "~/server/auth/session-token";

function toLogin(request: NextRequest) {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

/**
 * Before a signed-in page renders: visitors without a valid session go to /login, and an active
 * session's cookie is re-issued once an hour so its 24-hour idle expiry slides with use (pages
 * render as server components, which cannot set cookies). Every page and procedure still checks
 * the session and the user's memberships itself; this is never the security boundary.
 */
export async function proxy(request: NextRequest) {
  // While the database restarts, every page answers a plain 503 instead of a 500.
  if (isDatabaseDown()) return databaseRestartingResponse();
  if (!isSignedInArea(request.nextUrl.pathname)) return NextResponse.next();
  const cookie = readSessionCookie(request.cookies);
  if (!cookie) return toLogin(request);
  const options = {
    secret: getAuthSecret(),
    salt: cookie.name,
    nowSeconds: Math.floor(Date.now() / 1000),
  };
  const claims = await verifySessionToken(cookie.token, options);
  if (!claims) return toLogin(request);
  const response = NextResponse.next();
  const fresh = await refreshedSessionToken(claims, options);
  if (fresh) {
    response.cookies.set(cookie.name, fresh.token, {
      httpOnly: true,
      sameSite: "lax",
      path: "/",
      secure: cookie.name.startsWith("__Secure-"),
      expires: fresh.expires,
    });
  }
  return response;
}

function isSignedInArea(pathname: string): boolean {
  return /^\/(practice|coach|lead)(\/|$)/.test(pathname);
}

// Every page and API route but static files, the health probes (which report the outage
// themselves) and tRPC (which answers 503 in its own JSON shape).
export const config = {
  matcher: ["/((?!_next/|api/health|api/trpc|favicon\\.ico|robots\\.txt).*)"],
};
