import { relations, sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { defaultRegradeWindowDays, maxRegradeWindowDays } from "../limits.ts";
import { cohorts } from "./cohorts.ts";
import { questions } from "./questions.ts";
import { users } from "./users.ts";

/**
 * When a coach's submitted review reaches the candidate: at once ("on_submit", the default), or
 * held until a coach publishes the set's reviews together ("on_publish").
 */
export const releaseModes = ["on_submit", "on_publish"] as const;
export type ReleaseMode = (typeof releaseModes)[number];
export const releaseMode = pgEnum("release_mode", releaseModes);

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
    releaseMode: releaseMode().notNull().default("on_submit"),
    // Blind grading: coaches see a per-set pseudonym instead of the candidate until the answer's
    // review is published. The salt makes the pseudonym unguessable from a candidate's id.
    blind: boolean().notNull().default(false),
    blindSalt: uuid().notNull().defaultRandom(),
    // How many days after a review is published its candidate may ask for a regrade.
    regradeWindowDays: smallint().notNull().default(defaultRegradeWindowDays),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index().on(t.cohortId),
    check(
      "question_sets_regrade_window_days",
      sql`${t.regradeWindowDays} between 0 and ${sql.raw(String(maxRegradeWindowDays))}`,
    ),
  ],
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
