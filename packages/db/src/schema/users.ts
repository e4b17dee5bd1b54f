import { relations } from "drizzle-orm";
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberships } from "./memberships.ts";

export const users = pgTable("users", {
  id: uuid().primaryKey().defaultRandom(),
  // Always stored lower-cased (see normaliseEmail), so the plain unique index is case-insensitive.
  email: text().notNull().unique(),
  name: text().notNull(),
  // Null while an invited user has not yet chosen a password; such a user cannot sign in.
  passwordHash: text(),
  // When the address was proven to belong to this user (a link sent to it was used). Null for an
  // account created from an invitation link, which its creator may have copied for someone else:
  // such an account stays claimable by the address's owner through a password reset by email.
  emailVerifiedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

export const usersRelations = relations(users, ({ many }) => ({
  memberships: many(memberships),
}));

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
