import "server-only";
import {
  createSession,
  findLiveSessionUserId,
  findUserByEmail,
  recordAuditEvent,
  verifyPasswordOrDummy,
} from "@debrief/db";
import { cookies } from "next/headers";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { getAuthSecret } from "~/server/auth/auth-secret";
import { getDb } from "~/server/db";
import { getLoginRetryAfter, recordLoginFailure, recordLoginSuccess } from "./login-limiter";
import { getClientIp } from "./request-ip";
import {
  readSessionCookie,
  SESSION_ABSOLUTE_SECONDS,
  SESSION_IDLE_SECONDS,
  verifySessionToken,
} from "./session-token";

/** Thrown while a failed sign-in's delay lasts (see login-limiter.ts); the API answers 429. */
export class RateLimitedSignin extends CredentialsSignin {
  override code = "rate_limited";
}

/** One error for unknown email and wrong password alike, so sign-in never reveals accounts. */
export class InvalidCredentials extends CredentialsSignin {
  override code = "invalid_credentials";
}

export const credentialsInput = z.object({
  email: z.email({ error: "Enter a valid email address" }).max(320),
  password: z.string().min(1, { error: "Enter your password" }).max(1024),
});

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: getAuthSecret(),
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_IDLE_SECONDS },
  pages: { signIn: "/login" },
  logger: {
    // A wrong password is an expected outcome, not a server error worth a stack trace.
    error(error) {
      if (error instanceof CredentialsSignin) return;
      console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(raw, request) {
        const parsed = credentialsInput.safeParse(raw);
        if (!parsed.success) throw new InvalidCredentials();
        const key = { email: parsed.data.email, ip: getClientIp(request.headers) };
        const db = await getDb();
        if ((await getLoginRetryAfter(db, key)) > 0) throw new RateLimitedSignin();

        const user = await findUserByEmail(db, parsed.data.email);
        const isValid = await verifyPasswordOrDummy(
          user?.passwordHash ?? null,
          parsed.data.password,
        );
        if (!user || !isValid) {
          await recordLoginFailure(db, key);
          throw new InvalidCredentials();
        }
        await recordLoginSuccess(db, key);
        const sessionId = await createSession(db, {
          userId: user.id,
          expiresAt: new Date(Date.now() + SESSION_ABSOLUTE_SECONDS * 1000),
        });
        await recordAuditEvent(db, {
          actorId: user.id,
          action: "auth.sign_in",
          subjectType: "user",
          subjectId: user.id,
          data: { ip: key.ip },
        });
        return { id: user.id, name: user.name, email: user.email, sessionId };
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      const now = Math.floor(Date.now() / 1000);
      if (user?.id) {
        token.sub = user.id;
        token.sid = (user as { sessionId?: string }).sessionId;
        token.signedInAt = now;
      }
      const signedInAt = typeof token.signedInAt === "number" ? token.signedInAt : 0;
      if (now - signedInAt > SESSION_ABSOLUTE_SECONDS) return null;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));

export interface CookieSession {
  userId: string;
  sessionId: string;
}

/**
 * The user and server-side session named by the session cookie, or null. Checks the cookie
 * only (signature, expiry); whether the session was revoked is checked against the database by
 * the caller — getActor does it in the statement every procedure runs anyway. Decodes the
 * cookie directly rather than through `auth()` (see session-token.ts); the idle expiry slides
 * in proxy.ts, which can set cookies. Roles are never read from here.
 */
export async function readCookieSession(): Promise<CookieSession | null> {
  const cookie = readSessionCookie(await cookies());
  if (!cookie) return null;
  const claims = await verifySessionToken(cookie.token, {
    secret: getAuthSecret(),
    salt: cookie.name,
    nowSeconds: Math.floor(Date.now() / 1000),
  });
  return claims ? { userId: claims.userId, sessionId: claims.sessionId } : null;
}

/** The signed-in user's id when their session is live (not signed out or revoked), else null. */
export async function getSessionUserId(): Promise<string | null> {
  const session = await readCookieSession();
  if (!session) return null;
  const userId = await findLiveSessionUserId(await getDb(), session.sessionId);
  return userId === session.userId ? userId : null;
}
