import { relations } from "drizzle-orm";
import {
  index,
  jsonb,
  pgEnum,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { answers } from "./answers.ts";
import { users } from "./users.ts";

export const scoreSources = ["auto", "coach"] as const;
export type ScoreSource = (typeof scoreSources)[number];
export const scoreSource = pgEnum("score_source", scoreSources);

/**
 * One row per answer and source: the engine's ("auto") and the coach's. A smallint column per
 * rubric dimension keeps dashboards and agreement plain SQL aggregates.
 */
export const scores = pgTable(
  "scores",
  {
    id: uuid().primaryKey().defaultRandom(),
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    source: scoreSource().notNull(),
    reviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
    overall: smallint().notNull(),
    structure: smallint().notNull(),
    ownership: smallint().notNull(),
    specificity: smallint().notNull(),
    depth: smallint().notNull(),
    tradeoffs: smallint().notNull(),
    impact: smallint().notNull(),
    reflection: smallint().notNull(),
    delivery: smallint().notNull(),
    flags: text().array().notNull().default([]),
    // The engine's evidence and suggestions as produced (auto rows only), for the score card.
    evidence: jsonb(),
    suggestions: jsonb(),
    // Engine version for auto rows, so stored scores can be traced and re-scored.
    engineVersion: text(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [unique().on(t.answerId, t.source), index().on(t.source, t.createdAt)],
);

export const scoresRelations = relations(scores, ({ one }) => ({
  answer: one(answers, { fields: [scores.answerId], references: [answers.id] }),
}));

export type Score = typeof scores.$inferSelect;
export type NewScore = typeof scores.$inferInsert;
