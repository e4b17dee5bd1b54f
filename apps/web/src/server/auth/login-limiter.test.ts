import { type Db } from "@debrief/db";
import { connectDb, createTestDatabase, type TestDatabase } from "@debrief/db/testing";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  delayAfterFailures,
  getLoginRetryAfter,
  recordLoginFailure,
  recordLoginSuccess,
} from "./login-limiter";

let testDb: TestDatabase;
let processA: Db;
let processB: Db;
let closeB: () => Promise<void>;

beforeAll(async () => {
  testDb = await createTestDatabase();
  processA = testDb.db;
  // A second pool on the same database stands for a second web process.
  const second = connectDb(testDb.url);
  processB = second.db;
  closeB = () => second.pool.end();
});
afterAll(async () => {
  await closeB();
  await testDb.close();
});

let n = 0;
const freshEmail = () => `target-${++n}-${Date.now()}@example.test`;

describe("sign-in throttling", () => {
  test("the delay doubles after the free failures and is capped", () => {
    const rule = { free: 5, maxDelaySeconds: 300 };
    expect([5, 6, 7, 8, 20].map((failures) => delayAfterFailures(failures, rule))).toEqual([
      0, 2, 4, 8, 300,
    ]);
  });

  test("one address guessing one account is slowed down, progressively, across processes", async () => {
    const key = { email: freshEmail(), ip: "203.0.113.5" };
    // Alternate processes: the counters live in PostgreSQL, not in either process.
    for (let i = 0; i < 5; i++) {
      await recordLoginFailure(i % 2 === 0 ? processA : processB, key);
      expect(await getLoginRetryAfter(processA, key)).toBe(0);
    }
    expect(await recordLoginFailure(processB, key)).toBe(2);
    const first = await getLoginRetryAfter(processA, key);
    expect(first).toBeGreaterThanOrEqual(1);
    expect(first).toBeLessThanOrEqual(2);
    expect(await recordLoginFailure(processA, key)).toBe(4);
    expect(await getLoginRetryAfter(processB, key)).toBeGreaterThan(2);
    // The owner at another address is not slowed by this address's failures…
    expect(await getLoginRetryAfter(processB, { ...key, ip: "198.51.100.1" })).toBe(0);
    // …and a success clears this address's count for the account.
    await recordLoginSuccess(processA, key);
    expect(await getLoginRetryAfter(processB, key)).toBe(0);
  });

  test("guesses from many addresses slow the account by at most a minute: the owner is never locked out", async () => {
    const email = freshEmail();
    let lastDelay = 0;
    for (let i = 0; i < 40; i++) {
      lastDelay = await recordLoginFailure(i % 2 === 0 ? processA : processB, {
        email,
        ip: `192.0.2.${i}`,
      });
    }
    expect(lastDelay).toBe(60);
    const ownerWait = await getLoginRetryAfter(processA, { email, ip: "198.51.100.77" });
    expect(ownerWait).toBeGreaterThan(0);
    expect(ownerWait).toBeLessThanOrEqual(60);
  });

  test("a restart keeps the counters: a new pool sees them", async () => {
    const key = { email: freshEmail(), ip: "203.0.113.99" };
    for (let i = 0; i < 7; i++) await recordLoginFailure(processA, key);
    const restarted = connectDb(testDb.url);
    try {
      expect(await getLoginRetryAfter(restarted.db, key)).toBeGreaterThan(0);
    } finally {
      await restarted.pool.end();
    }
  });
});
