import { pgTable, primaryKey, timestamp, uuid } from "drizzle-orm/pg-core";
import { membershipRole } from "./memberships.ts";
import { users } from "./users.ts";

/**
 * A role's first-run guide that the user has put away. Until then their home page welcomes them
 * and explains the role in three steps.
 */
export const dismissedGuides = pgTable(
  "dismissed_guides",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    role: membershipRole().notNull(),
    dismissedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.role] })],
);
