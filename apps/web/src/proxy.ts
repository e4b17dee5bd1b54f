import { type NextRequest, NextResponse } from "next/server";

// Convenience only: sends visitors without a session cookie to /login before rendering. Every
// page and procedure checks the session itself; this is never the security boundary.
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  login.searchParams.set("callbackUrl", `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ["/practice/:path*", "/coach/:path*", "/lead/:path*"] };
