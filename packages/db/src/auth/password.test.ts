import { describe, expect, test } from "vitest";
import { hashPassword, verifyPassword, verifyPasswordOrDummy } from "./password.ts";

async function medianMs(run: () => Promise<unknown>, times = 5): Promise<number> {
  const samples: number[] = [];
  for (let i = 0; i < times; i++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(times / 2)] ?? 0;
}

describe("passwords", () => {
  test("hashes with argon2id at the OWASP parameters, salted per hash", async () => {
    const first = await hashPassword("hunter2-but-longer");
    expect(first).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await hashPassword("hunter2-but-longer")).not.toBe(first);
  });

  test("verifies the right password and rejects a wrong or malformed one", async () => {
    const hash = await hashPassword("correct password");
    expect(await verifyPassword(hash, "correct password")).toBe(true);
    expect(await verifyPassword(hash, "Correct password")).toBe(false);
    expect(await verifyPassword("not-a-hash", "correct password")).toBe(false);
  });

  test("verifyPasswordOrDummy checks real hashes and always refuses when there is no user", async () => {
    const hash = await hashPassword("pw-1234567");
    expect(await verifyPasswordOrDummy(hash, "pw-1234567")).toBe(true);
    expect(await verifyPasswordOrDummy(hash, "nope")).toBe(false);
    expect(await verifyPasswordOrDummy(null, "pw-1234567")).toBe(false);
    expect(await verifyPasswordOrDummy(undefined, "")).toBe(false);
  });

  test("an unknown user costs about as much time as a wrong password", async () => {
    const hash = await hashPassword("pw-1234567");
    const known = await medianMs(() => verifyPasswordOrDummy(hash, "wrong"));
    const unknown = await medianMs(() => verifyPasswordOrDummy(null, "wrong"));
    // A short-circuit would take microseconds against argon2's tens of milliseconds; the wide
    // band tolerates a loaded CI machine.
    expect(unknown).toBeGreaterThan(known * 0.3);
    expect(unknown).toBeLessThan(known * 3);
  });
});
