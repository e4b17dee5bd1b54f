import { questionKinds } from "@debrief/core/rubric";
import { relations } from "drizzle-orm";
import { index, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { cohorts } from "./cohorts.ts";
import { users } from "./users.ts";

export const questionKind = pgEnum("question_kind", questionKinds);

export const questions = pgTable(
  "questions",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Stable key of a bank question (the bank file upserts by it); null for coach-written ones.
    slug: text().unique(),
    kind: questionKind().notNull(),
    title: text().notNull(),
    prompt: text().notNull(),
    guidance: text().notNull().default(""),
    exampleAnswer: text().notNull().default(""),
    // Null: the global bank, visible to every cohort. Otherwise owned by (and visible to) one cohort.
    cohortId: uuid().references(() => cohorts.id, { onDelete: "cascade" }),
    createdById: uuid().references(() => users.id, { onDelete: "set null" }),
    // Questions with answers are archived, never deleted, so attempts keep their prompt.
    archivedAt: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [index().on(t.kind), index().on(t.cohortId)],
);

export const questionsRelations = relations(questions, ({ one }) => ({
  cohort: one(cohorts, { fields: [questions.cohortId], references: [cohorts.id] }),
}));

export type Question = typeof questions.$inferSelect;
export type NewQuestion = typeof questions.$inferInsert;
