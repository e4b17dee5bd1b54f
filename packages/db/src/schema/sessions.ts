import { bigint, index, integer, pgTable, timestamp, uuid, varchar } from "drizzle-orm/pg-core";
import { users } from "./users.ts";

/**
 * One row per signed-in browser. The session cookie names its row (`sid`); deleting the row
 * ends that session everywhere at once, whichever web process serves the next request. Rows
 * outlive neither their user nor the session's absolute lifetime.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** The absolute end of the session; the cookie's own idle expiry may come sooner. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
  },
  (t) => [index().on(t.userId)],
);

export type Session = typeof sessions.$inferSelect;

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (its own column layout), shared by every
 * web process: failed sign-ins per account and per IP + account, and the delays they earn.
 */
export const rateLimits = pgTable("rate_limits", {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  expire: bigint({ mode: "number" }),
});
