import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users.ts";

/**
 * A "forgot password" request. Only the SHA-256 of the emailed token is stored; it works once,
 * for an hour. Requests for unknown addresses are recorded too (no user), so the rate limit
 * cannot tell a caller which addresses have accounts.
 */
export const passwordResets = pgTable(
  "password_resets",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid().references(() => users.id, { onDelete: "cascade" }),
    email: text().notNull(),
    tokenHash: text().unique(),
    requestedIp: text().notNull(),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    usedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.email, t.createdAt), index().on(t.requestedIp, t.createdAt)],
);

export type PasswordReset = typeof passwordResets.$inferSelect;
