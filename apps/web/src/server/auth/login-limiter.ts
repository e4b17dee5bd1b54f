import { type Db, poolOf } from "@debrief/db";
import { RateLimiterPostgres, type RateLimiterRes } from "rate-limiter-flexible";

/**
 * Failed sign-ins slow the next attempt down; they never lock the account. Two counters, both in
 * PostgreSQL (rate-limiter-flexible's store, table `rate_limits`), so every web process shares
 * them and a restart keeps them:
 *
 * - per IP + account: 5 free failures a day, then each failure doubles the wait before the
 *   next attempt from that address (2 s, 4 s, … up to 5 minutes). A guesser at one address
 *   gets a handful of tries an hour; the owner elsewhere is untouched.
 * - per account, from any address: 10 free failures a day, then the wait doubles up to one
 *   minute and never more. A guesser spread over many addresses gets about one try a minute,
 *   and the worst an attacker can do to the owner is make them wait that minute.
 *
 * Only failures count; a successful sign-in clears its IP + account counter.
 */
interface Rule {
  free: number;
  maxDelaySeconds: number;
}
const pairRule: Rule = { free: 5, maxDelaySeconds: 5 * 60 };
const accountRule: Rule = { free: 10, maxDelaySeconds: 60 };
const windowSeconds = 24 * 60 * 60;

/** Seconds to wait after the n-th failure under `rule`. */
export function delayAfterFailures(failures: number, rule: Rule): number {
  if (failures <= rule.free) return 0;
  return Math.min(rule.maxDelaySeconds, 2 ** (failures - rule.free));
}

interface Limiters {
  pairFailures: RateLimiterPostgres;
  accountFailures: RateLimiterPostgres;
  pairWait: RateLimiterPostgres;
  accountWait: RateLimiterPostgres;
}

const byPool = new WeakMap<ReturnType<typeof poolOf>, Limiters>();

function limitersFor(db: Db): Limiters {
  const pool = poolOf(db);
  const known = byPool.get(pool);
  if (known) return known;
  const make = (keyPrefix: string, points: number, duration: number) =>
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: "pool",
      tableName: "rate_limits",
      // Created by the database migrations.
      tableCreated: true,
      keyPrefix,
      points,
      duration,
    });
  const limiters: Limiters = {
    // Counters only: their points are never exhausted, the waits below do the slowing.
    pairFailures: make("login_fail_pair", Number.MAX_SAFE_INTEGER, windowSeconds),
    accountFailures: make("login_fail_account", Number.MAX_SAFE_INTEGER, windowSeconds),
    // A key blocked here for N seconds is a wait of N seconds.
    pairWait: make("login_wait_pair", 1, 1),
    accountWait: make("login_wait_account", 1, 1),
  };
  byPool.set(pool, limiters);
  return limiters;
}

export interface LoginAttemptKey {
  email: string;
  ip: string;
}

function keysOf(key: LoginAttemptKey) {
  const account = key.email.trim().toLowerCase();
  return { account, pair: `${key.ip}|${account}` };
}

function waitOf(res: RateLimiterRes | null): number {
  return res && res.consumedPoints > 1 ? Math.ceil(res.msBeforeNext / 1000) : 0;
}

/** Seconds until the caller may try again, or 0 when a sign-in attempt is allowed now. */
export async function getLoginRetryAfter(db: Db, key: LoginAttemptKey): Promise<number> {
  const limiters = limitersFor(db);
  const { account, pair } = keysOf(key);
  const [pairWait, accountWait] = await Promise.all([
    limiters.pairWait.get(pair),
    limiters.accountWait.get(account),
  ]);
  return Math.max(waitOf(pairWait), waitOf(accountWait));
}

/** Counts a failure and starts the wait it earns, for this address and for the account. */
export async function recordLoginFailure(db: Db, key: LoginAttemptKey): Promise<number> {
  const limiters = limitersFor(db);
  const { account, pair } = keysOf(key);
  const [pairCount, accountCount] = await Promise.all([
    limiters.pairFailures.penalty(pair, 1),
    limiters.accountFailures.penalty(account, 1),
  ]);
  const pairDelay = delayAfterFailures(pairCount.consumedPoints, pairRule);
  const accountDelay = delayAfterFailures(accountCount.consumedPoints, accountRule);
  await Promise.all([
    pairDelay > 0 ? limiters.pairWait.block(pair, pairDelay) : null,
    accountDelay > 0 ? limiters.accountWait.block(account, accountDelay) : null,
  ]);
  return Math.max(pairDelay, accountDelay);
}

/** After a correct password: this address starts afresh for this account. */
export async function recordLoginSuccess(db: Db, key: LoginAttemptKey): Promise<void> {
  const limiters = limitersFor(db);
  const { pair } = keysOf(key);
  await Promise.all([limiters.pairFailures.delete(pair), limiters.pairWait.delete(pair)]);
}

/**
 * Clears the account's counters from every address: after the owner proved they receive the
 * account's email (a password reset), earlier failures no longer slow them down.
 */
export async function clearAccountFailures(db: Db, email: string): Promise<void> {
  const limiters = limitersFor(db);
  const { account } = keysOf({ email, ip: "" });
  await Promise.all([
    limiters.accountFailures.delete(account),
    limiters.accountWait.delete(account),
  ]);
}
