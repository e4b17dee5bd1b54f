import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { credentialsInput, RateLimitedSignin, signIn } from "~/server/auth";
import { getClientIp } from "~/server/auth/request-ip";
import { getLoginRetryAfter } from "~/server/auth/login-limiter";
import { safeRedirectPath } from "~/server/auth/safe-redirect";
import { getDb } from "~/server/db";
import { isSameOriginRequest } from "~/server/same-origin";

const signInBody = credentialsInput.extend({ callbackUrl: z.string().max(2048).optional() });

const WRONG_CREDENTIALS = "That email and password don't match. Check them and try again.";

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} second${seconds === 1 ? "" : "s"}`;
  const minutes = Math.ceil(seconds / 60);
  return `${minutes} minute${minutes === 1 ? "" : "s"}`;
}

function json(body: unknown, status: number, headers?: HeadersInit) {
  return Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });
}

/**
 * Signs in with email and password. A JSON endpoint rather than a server action so failures get
 * real status codes: 400 for bad input (naming the field), 401 for wrong credentials, 429 when
 * rate limited (with Retry-After).
 */
export async function POST(request: Request) {
  // Login CSRF: a browser always sends Origin on a cross-site POST (`null` from sandboxed or
  // opaque origins, which are never this site).
  if (!isSameOriginRequest(request.headers)) {
    return json({ message: "Cross-site sign-in is not allowed." }, 403);
  }
  const body: unknown = await request.json().catch(() => null);
  const parsed = signInBody.safeParse(body);
  if (!parsed.success) {
    const fieldErrors = z.flattenError(parsed.error).fieldErrors;
    const message = parsed.error.issues[0]?.message ?? "Enter your email and password.";
    return json({ message, fieldErrors }, 400);
  }
  const { email, password, callbackUrl } = parsed.data;
  try {
    await signIn("credentials", { email, password, redirect: false });
  } catch (error) {
    if (error instanceof RateLimitedSignin) {
      const retryAfter = Math.max(
        1,
        await getLoginRetryAfter(await getDb(), { email, ip: getClientIp(request.headers) }),
      );
      return json(
        {
          message: `Too many failed sign-in attempts. Wait ${describeWait(retryAfter)} and try again.`,
        },
        429,
        { "Retry-After": String(retryAfter) },
      );
    }
    if (error instanceof CredentialsSignin) return json({ message: WRONG_CREDENTIALS }, 401);
    throw error;
  }
  return json({ redirectTo: safeRedirectPath(callbackUrl) }, 200);
}
