import type { DimensionKey } from "@debrief/core/rubric";
import { relations, sql } from "drizzle-orm";
import {
  check,
  index,
  pgTable,
  smallint,
  text,
  timestamp,
  unique,
  uuid,
} from "drizzle-orm/pg-core";
import { organisations } from "./organisations.ts";
import { reviewComments, reviews } from "./reviews.ts";
import { users } from "./users.ts";

/**
 * A comment an organisation's coaches reuse. Shared by every coach of the organisation; the
 * optional dimension and score say what the comment is usually given for.
 */
export const commentBankEntries = pgTable(
  "comment_bank_entries",
  {
    id: uuid().primaryKey().defaultRandom(),
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    // Set null: a coach leaving the organisation does not take the bank's comments with them.
    authorId: uuid().references(() => users.id, { onDelete: "set null" }),
    text: text().notNull(),
    dimension: text().$type<DimensionKey>(),
    score: smallint(),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    // One entry per text: a second copy would split the usage count and the edits.
    unique().on(t.organisationId, t.text),
    check("comment_bank_entries_score_range", sql`${t.score} between 0 and 4`),
  ],
);

/**
 * Where an entry was inserted: a review's overall comment (`commentId` null) or one of its range
 * comments. The comment's own text stays the source of what everyone reads (candidate pages,
 * exports); editing the entry rewrites the inserted text in every comment listed here, in the
 * same transaction. Deleting the entry deletes these rows and leaves the comments' text as it is.
 */
export const commentBankUses = pgTable(
  "comment_bank_uses",
  {
    id: uuid().primaryKey().defaultRandom(),
    entryId: uuid()
      .notNull()
      .references(() => commentBankEntries.id, { onDelete: "cascade" }),
    reviewId: uuid()
      .notNull()
      .references(() => reviews.id, { onDelete: "cascade" }),
    commentId: uuid().references(() => reviewComments.id, { onDelete: "cascade" }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique().on(t.entryId, t.reviewId, t.commentId).nullsNotDistinct(),
    index().on(t.reviewId),
  ],
);

export const commentBankEntriesRelations = relations(commentBankEntries, ({ one, many }) => ({
  organisation: one(organisations, {
    fields: [commentBankEntries.organisationId],
    references: [organisations.id],
  }),
  uses: many(commentBankUses),
}));

export const commentBankUsesRelations = relations(commentBankUses, ({ one }) => ({
  entry: one(commentBankEntries, {
    fields: [commentBankUses.entryId],
    references: [commentBankEntries.id],
  }),
}));

export type CommentBankEntry = typeof commentBankEntries.$inferSelect;
