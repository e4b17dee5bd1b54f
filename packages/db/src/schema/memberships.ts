import { relations } from "drizzle-orm";
import { index, pgEnum, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts.ts";
import { users } from "./users.ts";

export const membershipRoles = ["candidate", "coach", "lead"] as const;
export type MembershipRole = (typeof membershipRoles)[number];

export const membershipRole = pgEnum("membership_role", membershipRoles);

export const memberships = pgTable(
  "memberships",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    role: membershipRole().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One role per person per cohort; the same person may hold other roles in other cohorts.
    unique("memberships_user_id_cohort_id_unique").on(t.userId, t.cohortId),
    // Cohort pages list members by role ("the coaches of cohort X").
    index().on(t.cohortId, t.role),
  ],
);

export const membershipsRelations = relations(memberships, ({ one }) => ({
  user: one(users, { fields: [memberships.userId], references: [users.id] }),
  cohort: one(cohorts, { fields: [memberships.cohortId], references: [cohorts.id] }),
}));

export type Membership = typeof memberships.$inferSelect;
export type NewMembership = typeof memberships.$inferInsert;
