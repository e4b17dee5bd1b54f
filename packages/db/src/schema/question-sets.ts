import { relations } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts.ts";
import { questions } from "./questions.ts";
import { users } from "./users.ts";

export const questionSets = pgTable(
  "question_sets",
  {
    id: uuid().primaryKey().defaultRandom(),
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    title: text().notNull(),
    description: text().notNull().default(""),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.cohortId)],
);

export const questionSetItems = pgTable(
  "question_set_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    setId: uuid()
      .notNull()
      .references(() => questionSets.id, { onDelete: "cascade" }),
    questionId: uuid()
      .notNull()
      .references(() => questions.id, { onDelete: "restrict" }),
    position: integer().notNull(),
  },
  (t) => [unique().on(t.setId, t.questionId), index().on(t.setId, t.position)],
);

export const questionSetsRelations = relations(questionSets, ({ one, many }) => ({
  cohort: one(cohorts, { fields: [questionSets.cohortId], references: [cohorts.id] }),
  items: many(questionSetItems),
}));

export const questionSetItemsRelations = relations(questionSetItems, ({ one }) => ({
  set: one(questionSets, { fields: [questionSetItems.setId], references: [questionSets.id] }),
  question: one(questions, { fields: [questionSetItems.questionId], references: [questions.id] }),
}));

export type QuestionSet = typeof questionSets.$inferSelect;
export type QuestionSetItem = typeof questionSetItems.$inferSelect;
