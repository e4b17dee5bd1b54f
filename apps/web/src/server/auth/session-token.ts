import { decode, encode } from "next-auth/jwt";

/**
 * Reading and refreshing the Auth.js session cookie without Auth.js's request pipeline.
 *
 * Auth.js's `auth()` builds a Request, decodes the cookie, runs the callbacks and then encodes
 * a fresh token it throws away (a server component cannot set cookies): about a third of the
 * web server's CPU for a signed-in tRPC call. Every request only needs the user id, so this
 * module decodes the token with Auth.js's own `decode` and remembers tokens it has verified.
 * The cookie is authenticated encryption, so a byte-identical token always decodes to the same
 * payload; expiry and the absolute lifetime are still checked on every read.
 */

/** Inactivity limit: a session not refreshed for this long expires. */
export const SESSION_IDLE_SECONDS = 24 * 60 * 60;
/** Total life of a session from sign-in, however active. */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;
/** A page visit re-issues the cookie once its token is this old, sliding the idle limit. */
export const SESSION_REFRESH_AFTER_SECONDS = 60 * 60;

/** Auth.js's cookie names: with the `__Secure-` prefix on HTTPS, without on plain HTTP. */
export const SESSION_COOKIE_NAMES = ["__Secure-authjs.session-token", "authjs.session-token"];

export interface SessionClaims {
  userId: string;
  /** The server-side session row (see @debrief/db createSession): revoked when it is gone. */
  sessionId: string;
  /** Seconds since the epoch. */
  signedInAt: number;
  issuedAt: number;
  expiresAt: number;
  /** The whole payload, to re-issue it unchanged. */
  payload: Record<string, unknown>;
}

interface CookieSource {
  get(name: string): { value: string } | undefined;
  getAll(): Array<{ name: string; value: string }>;
}

/** The raw token and the cookie name it came under (Auth.js chunks tokens over ~4 kB). */
export function readSessionCookie(cookies: CookieSource): { name: string; token: string } | null {
  for (const name of SESSION_COOKIE_NAMES) {
    const whole = cookies.get(name)?.value;
    if (whole) return { name, token: whole };
    const chunks = cookies
      .getAll()
      .filter((cookie) => cookie.name.startsWith(`${name}.`))
      .map((cookie) => ({ index: Number(cookie.name.slice(name.length + 1)), value: cookie.value }))
      .filter((chunk) => Number.isInteger(chunk.index))
      .sort((a, b) => a.index - b.index);
    if (chunks.length > 0) return { name, token: chunks.map((chunk) => chunk.value).join("") };
  }
  return null;
}

const maxRemembered = 10_000;
const remembered = new Map<string, SessionClaims>();

function isCurrent(claims: SessionClaims, nowSeconds: number): boolean {
  return (
    claims.expiresAt > nowSeconds && nowSeconds - claims.signedInAt <= SESSION_ABSOLUTE_SECONDS
  );
}

/**
 * The claims of a valid, unexpired session token, or null for anything else (tampered,
 * expired, past the absolute lifetime, signed with another secret, not a token at all).
 */
export async function verifySessionToken(
  token: string,
  { secret, salt, nowSeconds }: { secret: string; salt: string; nowSeconds: number },
): Promise<SessionClaims | null> {
  const key = `${salt}\u0000${token}`;
  const known = remembered.get(key);
  if (known) return isCurrent(known, nowSeconds) ? known : null;
  let payload: Record<string, unknown> | null;
  try {
    payload = (await decode({ token, secret, salt })) as Record<string, unknown> | null;
  } catch {
    return null;
  }
  if (!payload || typeof payload.sub !== "string" || typeof payload.exp !== "number") return null;
  // A token without a server-side session (issued before sessions were revocable) is refused.
  if (typeof payload.sid !== "string") return null;
  const claims: SessionClaims = {
    userId: payload.sub,
    sessionId: payload.sid,
    signedInAt: typeof payload.signedInAt === "number" ? payload.signedInAt : 0,
    issuedAt: typeof payload.iat === "number" ? payload.iat : 0,
    expiresAt: payload.exp,
    payload,
  };
  if (!isCurrent(claims, nowSeconds)) return null;
  // Oldest first out: Map keeps insertion order.
  if (remembered.size >= maxRemembered) {
    const oldest = remembered.keys().next().value;
    if (oldest !== undefined) remembered.delete(oldest);
  }
  remembered.set(key, claims);
  return claims;
}

/** A fresh token with the same claims and a new idle expiry, or null when none is due. */
export async function refreshedSessionToken(
  claims: SessionClaims,
  { secret, salt, nowSeconds }: { secret: string; salt: string; nowSeconds: number },
): Promise<{ token: string; expires: Date } | null> {
  if (nowSeconds - claims.issuedAt < SESSION_REFRESH_AFTER_SECONDS) return null;
  const { iat: _iat, exp: _exp, jti: _jti, ...rest } = claims.payload;
  // Never past the absolute lifetime.
  const maxAge = Math.min(
    SESSION_IDLE_SECONDS,
    claims.signedInAt + SESSION_ABSOLUTE_SECONDS - nowSeconds,
  );
  if (maxAge <= 0) return null;
  const token = await encode({ token: rest, secret, salt, maxAge });
  return { token, expires: new Date((nowSeconds + maxAge) * 1000) };
}
