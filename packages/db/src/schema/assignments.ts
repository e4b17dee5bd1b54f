import { relations } from "drizzle-orm";
import { index, pgTable, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts.ts";
import { questionSets } from "./question-sets.ts";
import { users } from "./users.ts";

export const assignments = pgTable(
  "assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    setId: uuid()
      .notNull()
      .references(() => questionSets.id, { onDelete: "cascade" }),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    candidateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    assignedById: uuid().references(() => users.id, { onDelete: "set null" }),
    dueAt: timestamp({ withTimezone: true }).notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // Re-assigning a set to the same candidate updates the due date instead of duplicating.
    unique().on(t.setId, t.candidateId),
    index().on(t.candidateId, t.dueAt),
    index().on(t.cohortId, t.dueAt),
  ],
);

export const assignmentsRelations = relations(assignments, ({ one }) => ({
  set: one(questionSets, { fields: [assignments.setId], references: [questionSets.id] }),
  cohort: one(cohorts, { fields: [assignments.cohortId], references: [cohorts.id] }),
  candidate: one(users, { fields: [assignments.candidateId], references: [users.id] }),
}));

export type Assignment = typeof assignments.$inferSelect;
