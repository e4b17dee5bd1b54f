import { relations } from "drizzle-orm";
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { answers } from "./answers.ts";
import { users } from "./users.ts";

/** A coach's review of one answer: the comment and override reasons (scores live in `scores`). */
export const reviews = pgTable("reviews", {
  id: uuid().primaryKey().defaultRandom(),
  answerId: uuid()
    .notNull()
    .unique()
    .references(() => answers.id, { onDelete: "cascade" }),
  reviewerId: uuid()
    .notNull()
    .references(() => users.id, { onDelete: "cascade" }),
  overallComment: text().notNull().default(""),
  // { [dimension]: "one-line reason" } for every score the coach changed from the engine's.
  overrideReasons: jsonb().$type<Record<string, string>>().notNull().default({}),
  submittedAt: timestamp({ withTimezone: true }),
  // When the candidate can see the review: set with submittedAt, or later when a coach publishes
  // a set held for publishing. Null = not visible to the candidate.
  publishedAt: timestamp({ withTimezone: true }),
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true })
    .notNull()
    .defaultNow()
    .$onUpdate(() => new Date()),
});

/** A coach comment anchored to a character range [start, end) of the answer body. */
export const reviewComments = pgTable(
  "review_comments",
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    start: integer().notNull(),
    end: integer().notNull(),
    quote: text().notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reviewId)],
);

/**
 * A short thread under a coach's comment: the candidate replies, the coach answers. `commentId`
 * null means the thread hangs off the review's overall comment.
 */
export const reviewReplies = pgTable(
  "review_replies",
  {
    id: uuid().primaryKey().defaultRandom(),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    commentId: uuid().references(() => reviewComments.id, { onDelete: "cascade" }),
    authorId: uuid()
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.reviewId, t.createdAt)],
);

export const reviewsRelations = relations(reviews, ({ one, many }) => ({
  answer: one(answers, { fields: [reviews.answerId], references: [answers.id] }),
  comments: many(reviewComments),
}));

export const reviewCommentsRelations = relations(reviewComments, ({ one }) => ({
  review: one(reviews, { fields: [reviewComments.reviewId], references: [reviews.id] }),
}));

export type Review = typeof reviews.$inferSelect;
export type ReviewComment = typeof reviewComments.$inferSelect;
export type ReviewReply = typeof reviewReplies.$inferSelect;
