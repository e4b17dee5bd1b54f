import { count, eq } from "drizzle-orm";
import type { Db } from "../client.ts";
import { type User, users } from "../schema/users.ts";

/** Emails are compared and stored lower-cased and trimmed; the unique index relies on it. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Postgres rejects a malformed uuid with an error (a 500); a bad id is simply "not found".
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export function isUuid(value: string): boolean {
  return uuidPattern.test(value);
}

/** Includes passwordHash: for sign-in only. Everything else should use getUserById. */
export async function findUserByEmail(db: Db, email: string): Promise<User | null> {
  const [user] = await db
    .select()
    .from(users)
    .where(eq(users.email, normaliseEmail(email)))
    .limit(1);
  return user ?? null;
}

export type PublicUser = Omit<User, "passwordHash"> & { hasPassword: boolean };

/** The user without the password hash, so it can go into a session or a response as-is. */
export async function getUserById(db: Db, id: string): Promise<PublicUser | null> {
  if (!isUuid(id)) return null;
  const [user] = await db.select().from(users).where(eq(users.id, id)).limit(1);
  if (!user) return null;
  const { passwordHash, ...rest } = user;
  return { ...rest, hasPassword: passwordHash !== null };
}

export async function countUsers(db: Db): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}
