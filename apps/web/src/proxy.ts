import { type NextRequest, NextResponse } from "next/server";
import { getAuthSecret } from "~/server/auth/auth-secret";
import {
  readSessionCookie,
  refreshedSessionToken,
  verifySessionToken,
} from "~/server/auth/session-token";
import {
  contentSecurityPolicy,
  createNonce,
  strictTransportSecurity,
} from "~/server/content-security-policy";
import { databaseRestartingResponse, isDatabaseDown } from "~/server/db-status";
import { isSameOriginRequest } from "~/server/same-origin";

const signedInAreas = ["/practice", "/coach", "/lead", "/account"];

function isSignedInArea(pathname: string): boolean {
  return signedInAreas.some((area) => pathname === area || pathname.startsWith(`${area}/`));
}

function toLogin(request: NextRequest) {
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

/** Over HTTPS: the request's own scheme, or the one a trusted proxy in front reported. */
function isHttps(request: NextRequest): boolean {
  return (
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https"
  );
}

/**
 * Every request but static assets passes here. It:
 * - refuses a server action posted from another origin (403, where Next would answer 500);
 * - gives each page a fresh CSP nonce (see content-security-policy.ts);
 * - marks every response to a signed-in browser `Cache-Control: no-store`, and every HTTPS
 *   response with HSTS;
 * - sends visitors without a valid session cookie from signed-in areas to /login, and re-issues
 *   an active session's cookie once an hour so its 24-hour idle expiry slides with use (pages
 *   render as server components, which cannot set cookies).
 * Every page and procedure still checks the session (and that it was not revoked) and the
 * user's memberships itself; this is never the security boundary.
 */
export async function proxy(request: NextRequest) {
  if (
    request.method === "POST" &&
    request.headers.has("next-action") &&
    !isSameOriginRequest(request.headers)
  ) {
    return new NextResponse("Cross-site requests are not allowed.", {
      status: 403,
      headers: { "Cache-Control": "no-store" },
    });
  }
  const { pathname } = request.nextUrl;
  const isApi = pathname.startsWith("/api/");
  // While the database restarts, pages and route handlers answer a plain 503 instead of a 500.
  // The health probes report the outage themselves, and tRPC answers 503 in its own JSON shape.
  if (isDatabaseDown() && !/^\/api\/(health|trpc)(\/|$)/.test(pathname)) {
    return databaseRestartingResponse();
  }
  const cookie = readSessionCookie(request.cookies);
  const options = cookie && {
    secret: getAuthSecret(),
    salt: cookie.name,
    nowSeconds: Math.floor(Date.now() / 1000),
  };
  const claims = cookie && options ? await verifySessionToken(cookie.token, options) : null;
  if (!claims && isSignedInArea(pathname)) return toLogin(request);

  let response: NextResponse;
  if (isApi) {
    response = NextResponse.next();
  } else {
    const nonce = createNonce();
    const policy = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === "development" });
    const headers = new Headers(request.headers);
    headers.set("x-nonce", nonce);
    headers.set("content-security-policy", policy);
    response = NextResponse.next({ request: { headers } });
    response.headers.set("Content-Security-Policy", policy);
  }
  if (isHttps(request)) response.headers.set("Strict-Transport-Security", strictTransportSecurity);
  if (cookie) response.headers.set("Cache-Control", "no-store");

  if (claims && cookie && options && isSignedInArea(pathname)) {
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
  }
  return response;
}

export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|icon|robots.txt).*)"],
};
