import type { DimensionKey } from "@debrief/core/rubric";
import { relations, sql } from "drizzle-orm";
import { index, jsonb, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { answers } from "./answers.ts";
import { cohorts } from "./cohorts.ts";
import { users } from "./users.ts";

/**
 * Double-scoring: the independent grade a second coach gives a sampled answer. Kept apart from
 * `scores` so nothing that reads coach scores changes meaning; the first coach's grade stays in
 * `reviews` + the "coach" score row. One per answer; a submitted second grade is final.
 */
export const secondGrades = pgTable(
  "second_grades",
  {
    id: uuid().primaryKey().defaultRandom(),
    answerId: uuid()
      .notNull()
      .unique()
      .references(() => answers.id, { onDelete: "cascade" }),
    // Denormalised from the answer: the moderation list reads a cohort's second grades by it.
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    reviewerId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    overall: smallint().notNull(),
    structure: smallint().notNull(),
    ownership: smallint().notNull(),
    specificity: smallint().notNull(),
    depth: smallint().notNull(),
    tradeoffs: smallint().notNull(),
    impact: smallint().notNull(),
    reflection: smallint().notNull(),
    delivery: smallint().notNull(),
    comment: text().notNull().default(""),
    // The largest gap between this grade and the first coach's on one dimension; null until the
    // first grade exists. Kept by triggers (migration "double_scoring") whenever either grade is
    // written, and frozen once a lead settles, so the moderation list reads only its own rows.
    firstGap: smallint(),
    submittedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.cohortId, t.submittedAt),
    index("second_grades_moderation_index")
      .on(t.cohortId, t.submittedAt)
      .where(sql`${t.firstGap} >= 2`),
    index().on(t.reviewerId),
  ],
);

/**
 * A settled disagreement: the final grade a lead chose when the two coaches differed by 2+ on a
 * dimension. The final grade overwrites the "coach" score row (what the candidate and the
 * dashboards see); the first coach's grade as it stood is kept here, the second in
 * `second_grades`, so both survive.
 */
export const gradeModerations = pgTable("grade_moderations", {
  id: uuid().primaryKey().defaultRandom(),
  answerId: uuid()
    .notNull()
    .unique()
    .references(() => answers.id, { onDelete: "cascade" }),
  firstReviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
  firstGrade: jsonb().$type<Record<DimensionKey, number>>().notNull(),
  firstOverall: smallint().notNull(),
  finalGrade: jsonb().$type<Record<DimensionKey, number>>().notNull(),
  finalOverall: smallint().notNull(),
  settledById: uuid().references(() => users.id, { onDelete: "set null" }),
  reason: text().notNull(),
  settledAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});

export const secondGradesRelations = relations(secondGrades, ({ one }) => ({
  answer: one(answers, { fields: [secondGrades.answerId], references: [answers.id] }),
  reviewer: one(users, { fields: [secondGrades.reviewerId], references: [users.id] }),
}));

export const gradeModerationsRelations = relations(gradeModerations, ({ one }) => ({
  answer: one(answers, { fields: [gradeModerations.answerId], references: [answers.id] }),
}));

export type SecondGrade = typeof secondGrades.$inferSelect;
export type GradeModeration = typeof gradeModerations.$inferSelect;
