import { type Algorithm, hash, verify } from "@node-rs/argon2";

// OWASP Password Storage Cheat Sheet, argon2id minimum: m=19 MiB, t=2, p=1.
// `Algorithm` is an ambient const enum, which isolatedModules cannot read, hence the literal.
const argon2Options = {
  algorithm: 2 as Algorithm, // Algorithm.Argon2id
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
} as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, argon2Options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    // A malformed stored hash must read as "wrong password", never as a 500.
    return false;
  }
}

// Hash of a random secret that was thrown away, with the same parameters as real hashes, so
// verifying against it costs the same time as verifying a real user's password.
const dummyHash =
  "$argon2id$v=19$m=19456,t=2,p=1$oZ5ei1THbEFz7VI07E4V3g$OhdcvMDQvlwqM0vnTTwvOf40C5oRfW7lz41eNUz+LJI";

/**
 * Verifies against the user's hash, or against a dummy hash when there is no user (or the
 * user has not set a password yet), so response time does not reveal whether an email exists.
 */
export async function verifyPasswordOrDummy(
  passwordHash: string | null | undefined,
  password: string,
): Promise<boolean> {
  if (passwordHash) return verifyPassword(passwordHash, password);
  await verifyPassword(dummyHash, password);
  return false;
}
