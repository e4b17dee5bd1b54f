import { dimensionKeys } from "@debrief/core/rubric";
import { relations, sql } from "drizzle-orm";
import { check, index, jsonb, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { answers } from "./answers.ts";
import { cohorts } from "./cohorts.ts";
import { reviews } from "./reviews.ts";
import { users } from "./users.ts";

export const regradeStatuses = ["pending", "accepted", "declined"] as const;
export type RegradeStatus = (typeof regradeStatuses)[number];
export const regradeStatus = pgEnum("regrade_status", regradeStatuses);

/** The coach score as it stood: overall and every dimension (history shows the named ones). */
export interface RegradeScores {
  overall: number;
  dimensions: Record<string, number>;
}

/**
 * A candidate's request to have named dimensions of a published coach review looked at again,
 * and the coach's decision. At most one per review (the unique reviewId): a second request is a
 * conversation, and the review threads are there for that.
 */
export const regradeRequests = pgTable(
  "regrade_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .unique()
      .references(() => reviews.id, { onDelete: "cascade" }),
    answerId: uuid()
      .notNull()
      .references(() => answers.id, { onDelete: "cascade" }),
    // Copied from the answer: the queue and the lead's counts filter by cohort without a join.
    cohortId: uuid()
      .notNull()
      .references(() => cohorts.id, { onDelete: "cascade" }),
    candidateId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    // The coach whose grade is challenged, as it stood when asked (a later re-save of the review
    // by someone else must not move the request to them in the lead's counts).
    reviewerId: uuid().references(() => users.id, { onDelete: "set null" }),
    dimensions: text().array().notNull(),
    reason: text().notNull(),
    status: regradeStatus().notNull().default("pending"),
    // Accepted: the reason for the new scores (also kept as the review's override reason).
    // Declined: the coach's answer.
    coachAnswer: text(),
    decidedById: uuid().references(() => users.id, { onDelete: "set null" }),
    decidedAt: timestamp({ withTimezone: true }),
    scoresBefore: jsonb().$type<RegradeScores>().notNull(),
    scoresAfter: jsonb().$type<RegradeScores>(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index().on(t.cohortId, t.status, t.createdAt),
    index().on(t.reviewerId),
    check(
      "regrade_requests_dimensions_known",
      sql`cardinality(${t.dimensions}) > 0 and ${t.dimensions} <@ array[${sql.raw(
        dimensionKeys.map((key) => `'${key}'`).join(", "),
      )}]::text[]`,
    ),
    check("regrade_requests_decided", sql`(${t.status} = 'pending') = (${t.decidedAt} is null)`),
  ],
);

export const regradeRequestsRelations = relations(regradeRequests, ({ one }) => ({
  review: one(reviews, { fields: [regradeRequests.reviewId], references: [reviews.id] }),
  answer: one(answers, { fields: [regradeRequests.answerId], references: [answers.id] }),
}));

export type RegradeRequest = typeof regradeRequests.$inferSelect;
