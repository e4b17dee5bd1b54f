import { relations } from "drizzle-orm";
import { index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
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
    createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index().on(t.organisationId)],
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
