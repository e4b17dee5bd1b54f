import { relations, sql } from "drizzle-orm";
import { check, index, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { memberships } from "./memberships.ts";
import { organisations } from "./organisations.ts";

export const cohorts = pgTable(
  "cohorts",
  {
    id: uuid().primaryKey().defaultRandom(),
    // Cascade so removing the demo organisation removes its cohorts and their memberships.
    organisationId: uuid()
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text().notNull(),
    // Double-scoring: the share (0–100 %) of answers submitted since `doubleScoringSince` that a
    // second coach grades blind. Which answers is a hash of the answer id, so no state decides it.
    doubleScoringRate: smallint().notNull().default(0),
    doubleScoringSince: timestamp({ withTimezone: true }),
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index().on(t.organisationId),
    check("cohorts_double_scoring_rate_range", sql`${t.doubleScoringRate} between 0 and 100`),
  ],
);

export const cohortsRelations = relations(cohorts, ({ one, many }) => ({
  organisation: one(organisations, {
    fields: [cohorts.organisationId],
    references: [organisations.id],
  }),
  memberships: many(memberships),
}));

export type Cohort = typeof cohorts.$inferSelect;
export type NewCohort = typeof cohorts.$inferInsert;
