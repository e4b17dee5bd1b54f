import "server-only";
import { RateLimiterMemory, type RateLimiterRes } from "rate-limiter-flexible";

// Failed sign-ins are counted per account and per IP. Only failures consume points, and a
// success clears the account's counter, so a user who mistypes once is never locked out.
// In-memory: one web process holds the counters; several processes would move this to
// rate-limiter-flexible's PostgreSQL store.
const perAccount = new RateLimiterMemory({
  keyPrefix: "login_account",
  points: 5,
  duration: 15 * 60,
  blockDuration: 15 * 60,
});
const perIp = new RateLimiterMemory({
  keyPrefix: "login_ip",
  points: 30,
  duration: 60 * 60,
  blockDuration: 15 * 60,
});

export interface LoginAttemptKey {
  email: string;
  ip: string;
}

function accountKey(key: LoginAttemptKey) {
  return key.email.trim().toLowerCase();
}

/** Seconds until the caller may try again, or 0 when a sign-in attempt is allowed. */
export async function getLoginRetryAfter(key: LoginAttemptKey): Promise<number> {
  const [account, ip] = await Promise.all([perAccount.get(accountKey(key)), perIp.get(key.ip)]);
  const waits = [account, ip]
    .filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0)
    .map((res) => Math.ceil(res.msBeforeNext / 1000));
  return waits.length > 0 ? Math.max(...waits) : 0;
}

export async function recordLoginFailure(key: LoginAttemptKey): Promise<void> {
  // consume() rejects once the limit is reached; the next getLoginRetryAfter() reports it.
  await Promise.allSettled([perAccount.consume(accountKey(key)), perIp.consume(key.ip)]);
}

export async function recordLoginSuccess(key: LoginAttemptKey): Promise<void> {
  await perAccount.delete(accountKey(key));
}
